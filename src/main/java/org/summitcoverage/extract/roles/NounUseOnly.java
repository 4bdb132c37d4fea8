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
        return site.cueNode() > 0 && !NOUN_TAGS.contains(site.graph().pos(site.cueNode())) ? List.of() : reading.read(site);
    }
}
