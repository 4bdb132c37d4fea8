package org.summitcoverage.extract.roles;

import org.summitcoverage.extract.roles.RoleCueLexicon.Hit;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.Token;

import java.util.List;

/**
 * (h63-wrong) `Le sommet a débuté sous la houlette du sultan de Brunei, alors que le général X a été désinvité`: a
 * holder read after the cue, past a comma that opens a clause with its own subject (`, alors que`, `, tandis que`,
 * RoleWords#clauseBreaks), belongs to that other clause, not to the cue: the parser may still hang it on the cue's noun.
 * Only a chair or a host read from the parse: a signing or a representation carried into the later clause on purpose
 * (`A a paraphé le texte, tandis que B ne l'a pas fait`, `…, tandis que B l'était par son Premier ministre X`) is read
 * by other readings.
 */
final class HolderInALaterClause {
    private HolderInALaterClause() {
    }

    static boolean beyondABreak(RoleWords words, List<Token> toks, Hit cue, Finding read) {
        boolean chairOrHost = read.role() == RoleType.CHAIR || read.role() == RoleType.HOST;
        if (!chairOrHost || !"parse".equals(read.rule())) {
            return false;
        }
        Mention holder = read.mention();
        if (cue.first() < 0 || cue.end() > toks.size()) {
            return false; // a cue carried from the previous sentence: no position to compare
        }
        for (int k = cue.end(); k < toks.size() && toks.get(k).start() < holder.start(); k++) {
            if (!toks.get(k).word().equals(",")) {
                continue;
            }
            for (List<String> p : words.clauseBreaks) {
                if (RoleWords.phraseEnd(toks, k + 1, p) > 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
