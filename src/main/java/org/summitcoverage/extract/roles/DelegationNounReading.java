package org.summitcoverage.extract.roles;

import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;

import java.util.List;

/** `à la tête de la délégation`, `chef de la délégation`: the person named nearest leads it. */
final class DelegationNounReading implements ParsedReading {
    @Override
    public List<Finding> readParsed(CueSite site) {
        if (!(site.precededBy("tête") || site.precededBy("chef") || site.precededBy("cheffe"))) {
            return List.of();
        }
        Mention person = nearestPerson(site);
        if (person == null) {
            return List.of();
        }
        String owner = Delegations.owner(site.graph(), site.cueNode());
        return List.of(new Finding(RoleType.DELEGATION_HEAD, person, "à la tête de la " + site.hit().text(),
                Confidence.NOUN_RULE, "delegation-head", person.text() + " … tête/chef de la " + site.hit().text(), owner));
    }

    private static Mention nearestPerson(CueSite site) {
        Mention best = null;
        int bestDistance = Integer.MAX_VALUE;
        int cueStart = site.tokens().get(site.hit().first()).start();
        for (Mention m : site.graph().mentions()) {
            if (m.type() == EntityType.PERSON) {
                int d = Math.abs(m.start() - cueStart);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = m;
                }
            }
        }
        return best;
    }
}
