package org.summitcoverage.extract.roles;

import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;

import java.util.ArrayList;
import java.util.List;

/** Delegations in the parse: which noun a participle is about, and whose delegation it is. */
final class Delegations {
    private Delegations() {
    }

    /** The delegation a participle or verb is about: `délégation dirigée par`, `X dirigeait la délégation`. */
    static int delegationNoun(SentenceGraph g, int cue) {
        List<Integer> candidates = new ArrayList<>();
        candidates.addAll(g.governors(cue, "acl"));
        candidates.addAll(g.dependents(cue, "nsubj:pass"));
        candidates.addAll(g.dependents(cue, "obj"));
        // `Conduite par X, la délégation turque est arrivée`: a fronted participle qualifies the main verb's subject
        for (int verb : g.governors(cue, "advcl")) {
            candidates.addAll(g.dependents(verb, "nsubj"));
            candidates.addAll(g.dependents(verb, "nsubj:pass"));
        }
        for (int c : candidates) {
            if (g.word(c).startsWith("délégation")) {
                return c;
            }
        }
        return -1;
    }

    /** Whose delegation: `délégation marocaine`, `délégation du Maroc`, or `Le Maroc, représenté par une délégation`. */
    static String owner(SentenceGraph g, int delegation) {
        String own = firstStateOrBody(g, delegation);
        if (own != null) {
            return own;
        }
        for (int rep : g.governors(delegation, "obl:agent")) {
            for (int owner : g.governors(rep, "acl")) {
                String id = firstStateOrBody(g, owner);
                if (id != null) {
                    return id;
                }
            }
            for (int owner : g.dependents(rep, "nsubj:pass")) {
                String id = firstStateOrBody(g, owner);
                if (id != null) {
                    return id;
                }
            }
        }
        return null;
    }

    /** The id of the first country or organisation in the phrase headed by {@code node}, or null. */
    static String firstStateOrBody(SentenceGraph g, int node) {
        for (Mention m : g.entitiesInPhrase(node)) {
            if (m.type() == EntityType.COUNTRY || m.type() == EntityType.ORGANIZATION) {
                return m.entityId();
            }
        }
        return null;
    }
}
