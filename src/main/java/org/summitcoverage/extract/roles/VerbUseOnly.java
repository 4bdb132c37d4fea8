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

    private static final HolderReading SET_MEMBERS = new SetMembersReading();

    private final HolderReading reading;

    VerbUseOnly(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        if (!NOMINAL_TAGS.contains(site.graph().pos(site.cueNode()))) {
            return reading.read(site);
        }
        // `Parmi les présents, il y a X, Y`: the cue as a noun names the set whose members the main verb lists
        return SetMembersReading.namesTheSet(site) ? SET_MEMBERS.read(site) : List.of();
    }
}
