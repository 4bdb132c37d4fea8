package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.extract.Words;
import org.summitcoverage.extract.roles.RoleCueLexicon.Hit;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.Token;

import java.util.List;

/**
 * `Les quatre autres chefs d'État se sont, eux, fait représenter. Il s'agit de : A (X), B (Y)`: the causative of a
 * verb of representing after a reflexive pronoun, with no `par` agent, says its subject sent someone in its stead.
 * The people it lists are the heads represented, not the delegation heads.
 */
final class RepresentedHeads {
    /** Most words between the reflexive pronoun and the causative verb: auxiliary, negation, an insert between commas. */
    private static final int REACH = 6;

    private RepresentedHeads() {
    }

    /** The cue is a verb of representing under a reflexive causative (`se sont fait représenter`), with no agent after it. */
    static boolean sentOthers(RoleWords words, List<Token> toks, Hit cue) {
        if (cue.role() != RoleType.DELEGATION_HEAD || cue.first() < 2) {
            return false;
        }
        if (!words.causativeVerbs.containsWord(toks.get(cue.first() - 1))) {
            return false;
        }
        if (cue.end() < toks.size() && toks.get(cue.end()).folded().equals("par")) {
            return false;
        }
        for (int k = cue.first() - 2; k >= Math.max(0, cue.first() - 1 - REACH); k--) {
            String w = toks.get(k).folded();
            if (w.equals("se") || w.equals("s'")) {
                return true;
            }
            if (Words.isPunctuation(toks.get(k)) && !w.equals(",")) {
                return false;
            }
        }
        return false;
    }
}
