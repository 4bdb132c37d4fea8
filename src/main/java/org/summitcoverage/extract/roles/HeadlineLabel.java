package org.summitcoverage.extract.roles;

import org.summitcoverage.extract.roles.RoleCueLexicon.Hit;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.Token;

import java.util.List;

/**
 * (h22-refus) `ONU : le Mali et 18 pays africains s'abstiennent`, `Russie : le président X boycotte …`: a name that opens
 * the sentence and a colon closes right after it is the story's label (the place or body it files under), not a holder
 * of a cue after the colon; the parser coordinates it with the clause's subject.
 */
final class HeadlineLabel {
    private HeadlineLabel() {
    }

    /** The mention is the sentence's first words, a colon follows it right away, and the cue comes after that colon. */
    static boolean isLabelBefore(List<Token> toks, Mention m, Hit h) {
        if (h.first() < 0 || toks.isEmpty() || m.start() > toks.get(0).start()) {
            return false;
        }
        for (int k = 0; k < toks.size() && k < h.first(); k++) {
            if (toks.get(k).start() >= m.end()) {
                return toks.get(k).word().equals(":");
            }
        }
        return false;
    }
}
