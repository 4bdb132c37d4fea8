package org.summitcoverage.extract.roles;

import org.summitcoverage.nlp.ParsedSentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * `Les négociateurs du Kenya et du Chili ont approuvé le projet de texte, qui sera soumis aux ministres`: negotiators,
 * sherpas and senior officials (`negotiator_nouns`) agree on a text for their ministers or leaders to sign later; the
 * states or people in their phrase sign nothing by it. A holder is dropped when it hangs, through complements,
 * coordination, apposition or an adjective, on such a noun.
 */
final class NegotiatorsSignNothing implements HolderReading {
    /** How many edges up the holder may hang below the negotiators' noun (`des négociateurs du Kenya et du Chili`). */
    private static final int DEPTH = 4;

    private final HolderReading reading;

    NegotiatorsSignNothing(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        List<Finding> found = reading.read(site);
        if (site.cueNode() <= 0) {
            return found;
        }
        List<Finding> kept = new ArrayList<>();
        for (Finding f : found) {
            if (!negotiatorsPhrase(site.graph(), site.graph().nodeAt(f.mention().start()))) {
                kept.add(f);
            }
        }
        return kept;
    }

    private static boolean negotiatorsPhrase(SentenceGraph g, int node) {
        int n = node;
        for (int step = 0; n > 0 && step <= DEPTH; step++) {
            if (g.words().negotiatorNouns.contains(g.word(n))) {
                return true;
            }
            ParsedSentence.Edge up = g.phraseEdgeUp(n);
            n = up == null ? -1 : up.governor();
        }
        return false;
    }
}
