package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.extract.roles.RoleCueLexicon.Hit;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.Token;

import java.util.List;

/**
 * (h46-votes5) `Après avoir refusé de rejoindre cette initiative, Buenos Aires s'y est finalement rallié`: a refusal
 * told in an `après avoir` clause is a stance the main clause's signature after it supersedes; the state signed.
 * When the main clause signs nothing (`Après avoir refusé de signer, le Chili a quitté la salle`) the refusal stands.
 */
final class SupersededRefusal {
    /** Words that may stand between `avoir` and the refusal's verb: `après avoir d'abord refusé`, `après l'avoir rejeté`. */
    private static final int REACH = 3;

    private SupersededRefusal() {
    }

    static boolean superseded(RoleWords words, List<Token> toks, Hit refusal, List<Hit> hits) {
        if (refusal.role() != RoleType.NON_SIGNATORY || !afterHaving(toks, refusal.first())) {
            return false;
        }
        int comma = -1;
        for (int k = refusal.end(); k < toks.size(); k++) {
            if (toks.get(k).word().equals(",")) {
                comma = k;
                break;
            }
        }
        if (comma < 0) {
            return false;
        }
        for (Hit h : hits) {
            if (h.role() == RoleType.SIGNATORY && h.first() > comma && CueScope.isLive(words, h, toks)
                    && !CueScope.isNegated(words, toks, h)) {
                return true;
            }
        }
        return false;
    }

    /** The cue at {@code first} is the participle of an `après avoir` (`après l'avoir`) infinitive. */
    private static boolean afterHaving(List<Token> toks, int first) {
        for (int k = first - 1; k >= Math.max(1, first - REACH); k--) {
            String w = toks.get(k).folded();
            if (w.equals("avoir")) {
                int before = k - 1;
                if (before >= 1 && (toks.get(before).folded().matches("l'|les|l"))) {
                    before--;
                }
                return before >= 0 && toks.get(before).folded().equals("apres");
            }
        }
        return false;
    }
}
