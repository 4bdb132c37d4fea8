package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.extract.Words;
import org.summitcoverage.extract.roles.RoleCueLexicon.Hit;
import org.summitcoverage.nlp.Token;

import java.util.List;

/**
 * (h30-climat) A signing infinitive that a verb of failure governs: `Le Kenya et le Pérou ont échoué à adopter le
 * traité`, `n'ont pas réussi à adopter la déclaration`, `se sont séparés sans parvenir à l'adopter`. The text was not
 * adopted, so the cue asserts no signature; nor is the failure a refusal, which the negation of `réussir` would
 * otherwise make of it. A success verb not negated (`ont réussi à adopter`) still signs.
 */
final class FailedAttempt {
    /** How far back from the success verb its clause's `ne`, `pas` or `sans` may stand (`n'ont finalement pas réussi`). */
    private static final int NEGATION_REACH = 5;

    private FailedAttempt() {
    }

    static boolean governs(RoleWords words, List<Token> toks, Hit h) {
        int k = h.first() - 1;
        // `à l'adopter`, `à y adhérer`, `à faire adopter`: the infinitive's own clitics and a causative come between
        while (k > 0 && h.first() - k <= 3 && (words.preverbalClitics.containsWord(toks.get(k))
                || words.causativeVerbs.containsWord(toks.get(k)))) {
            k--;
        }
        if (k < 1 || !toks.get(k).folded().equals("a")) {
            return false;
        }
        String verb = toks.get(k - 1).word();
        if (words.failureVerbs.contains(verb)) {
            return true;
        }
        return words.successVerbs.contains(verb) && negatedOrWithout(words, toks, k - 1);
    }

    private static boolean negatedOrWithout(RoleWords words, List<Token> toks, int verb) {
        boolean ne = false;
        boolean pas = false;
        for (int k = verb - 1; k >= Math.max(0, verb - NEGATION_REACH); k--) {
            Token t = toks.get(k);
            if (Words.isPunctuation(t)) {
                break;
            }
            String w = t.folded().replace('’', '\'');
            if (w.equals("sans")) {
                return true; // `sans parvenir à adopter`, `sans être parvenus à adopter`
            }
            ne |= w.equals("ne") || w.equals("n'");
            pas |= words.negators.contains(w);
        }
        return ne && pas;
    }
}
