package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.nlp.Token;

import java.util.List;

/**
 * A verb of composition (`composition_verbs`) says who came only when what is made up is a delegation or the meeting
 * (`La délégation comprend : A, B`, `Le sommet comprenait …`); what a bloc or body is made of (`Le G20 est composé de
 * dix-neuf pays`, `Le groupe comprend dix membres : A, B`) is a membership list and says nothing of the meeting
 * (docs/annotation.md: membership lists give no role).
 */
final class BodyComposition {
    private BodyComposition() {
    }

    /** True when {@code cue} is a verb of composition with no delegation or meeting noun before it in the sentence. */
    static boolean composesSomethingElse(RoleWords words, List<Token> toks, RoleCueLexicon.Hit cue) {
        if (cue.first() < 0 || !words.compositionVerbs.containsWord(toks.get(cue.first()))) {
            return false;
        }
        for (int k = 0; k < cue.first(); k++) {
            String w = toks.get(k).word();
            if (TextFolding.fold(w).startsWith("delegation") || words.meetingNouns.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
