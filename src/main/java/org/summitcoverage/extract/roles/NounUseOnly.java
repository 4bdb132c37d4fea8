package org.summitcoverage.extract.roles;

import java.util.List;
import java.util.Set;

/**
 * A noun cue read as a noun only: `les invités du sommet` names guests, while in `L'Argentine, invitée à
 * rejoindre le groupe, a décliné` the same form is a participle and says nothing of attendance.
 */
final class NounUseOnly implements HolderReading {
    private static final Set<String> NOUN_TAGS = Set.of("NOUN", "PROPN", "NC", "NN", "NNS");

    private final HolderReading reading;

    NounUseOnly(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        return site.cueNode() > 0 && !NOUN_TAGS.contains(site.graph().pos(site.cueNode())) && !qualifiesTheNounBefore(site)
                ? List.of() : reading.read(site);
    }

    /**
     * (r21) `font partie des 44 pays invités`, `les pays invités au sommet`: a participle right after the noun it
     * qualifies, with no clause of its own (`les pays invités à rejoindre le groupe` has one), names that noun's status
     * like an adjective.
     */
    static boolean qualifiesTheNounBefore(CueSite site) {
        SentenceGraph g = site.graph();
        int cue = site.cueNode();
        // (h32-suites) `les dirigeants des pays invités`: the parser may hang the participle on the head whose `de`
        // complement ends right before it, the same reading
        boolean afterItsNoun = site.governors("acl").stream()
                .anyMatch(v -> v == cue - 1 || v < cue && g.dependents(v, "nmod:de").contains(cue - 1));
        return afterItsNoun && site.dependents("xcomp").isEmpty() && site.dependents("ccomp").isEmpty()
                && site.dependents("obj").isEmpty() && g.dependents(cue, "mark").isEmpty();
    }
}
