package org.summitcoverage.extract.roles;

import java.util.List;
import java.util.Set;

/**
 * A verb cue read as a verb only: in `Signe de l'intérêt international, …` the parser tags the word as a
 * noun, and no one signed anything.
 */
final class VerbUseOnly implements HolderReading {
    /** Nominal tags of the French models (UD and the older French treebank tags). */
    private static final Set<String> NOMINAL_TAGS = Set.of("NOUN", "PROPN", "DET", "ADP", "NN", "NNP", "NC", "NPP");

    private final HolderReading reading;

    VerbUseOnly(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        return NOMINAL_TAGS.contains(site.graph().pos(site.cueNode())) ? List.of() : reading.read(site);
    }
}
