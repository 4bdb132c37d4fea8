package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.Token;

import java.util.List;

/**
 * The verb that names a set's members, negated: `La liste des signataires n'inclut pas la Chine`, `Les signataires ne
 * comprennent ni A ni B`. The press writes a pledge's absentees this way when it reads the published list; what the
 * negation leaves out of a set of signatories refused (or at least did not sign), and what it leaves out of any other
 * set holds no role by it (`Les invités ne comprennent pas X`: X is no guest, and not a refuser either). Read on the
 * tokens, as the set reading is: `ne`/`n'` right before the verb and a negator or a negative word right after it.
 */
final class NegatedInclusion {
    /** How far after the verb its `pas` / `ni` may stand (`n'inclut toujours pas`). */
    private static final int NEGATOR_REACH = 2;

    private NegatedInclusion() {
    }

    /** The verb at token {@code v} is negated: `ne`/`n'` before it, `pas`, `jamais`, `ni`… after it. */
    static boolean negated(RoleWords words, List<Token> toks, int v) {
        if (v == 0 || !isNe(toks.get(v - 1).word())) {
            return false;
        }
        for (int k = v + 1; k <= Math.min(toks.size() - 1, v + NEGATOR_REACH); k++) {
            String w = toks.get(k).folded();
            if (words.negators.contains(w) || words.negativeWords.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** A member left out of the set: a signatory's set gives a refusal, any other none (null). */
    static Finding asLeftOut(Finding f) {
        if (f.role() != RoleType.SIGNATORY) {
            return null; // a doubly negated refusal, or a guest not listed: too roundabout, or no role at all
        }
        return new Finding(RoleType.NON_SIGNATORY, f.mention(), f.trigger(), f.confidence(), f.rule() + " (negated)",
                f.licence(), null);
    }

    private static boolean isNe(String word) {
        String w = TextFolding.fold(word);
        return w.equals("ne") || w.equals("n'") || w.equals("n’");
    }
}
