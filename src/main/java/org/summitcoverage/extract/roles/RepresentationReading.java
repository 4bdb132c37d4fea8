package org.summitcoverage.extract.roles;

import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;

import java.util.ArrayList;
import java.util.List;

/** `X était représenté par Y`, `Y a représenté X`: Y led X's delegation (and acted on X's behalf). */
final class RepresentationReading implements ParsedReading {
    @Override
    public List<Finding> readParsed(CueSite site) {
        SentenceGraph g = site.graph();
        List<Integer> people = site.dependents("obl:agent");
        String onBehalf = null;
        if (!people.isEmpty()) {
            for (int p : site.dependents("nsubj:pass")) {
                onBehalf = Delegations.firstStateOrBody(g, p);
            }
            for (int p : site.governors("acl")) {
                onBehalf = onBehalf == null ? Delegations.firstStateOrBody(g, p) : onBehalf;
            }
        } else {
            people = site.dependents("nsubj");
            for (int o : site.dependents("obj")) {
                onBehalf = Delegations.firstStateOrBody(g, o);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (int p : onBehalf == null ? List.<Integer>of() : people) {
            for (Mention m : HolderPhrases.holderMentions(g, p)) {
                if (m.type() == EntityType.PERSON) {
                    out.add(new Finding(RoleType.DELEGATION_HEAD, m, site.cueText(), Confidence.PARSE_AGENT,
                            "represented-by", site.cueText() + " → " + m.text(), onBehalf));
                }
            }
        }
        return out;
    }
}
