package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.Token;

import java.util.List;

/**
 * (h40) Whether an unnamed singular title in a list that names people is the title of the person right before it
 * (`X, le président burkinabè, et Y`: X's title, no state of its own) or an item of its own (`X, le Premier ministre
 * irlandais et le président ghanéen`: the `et` that follows opens another item, so the title is no apposition and
 * stands for its state, docs/annotation.md § Roles: no person named, the country).
 */
final class ApposedTitle {
    /** Most tokens between the comma after a person and the title word, or between the title and what closes it. */
    private static final int MAX_TITLE_TOKENS = 12;

    private ApposedTitle() {
    }

    /** True unless the title at {@code node} follows `et`/`ou`, or `Person ,` and is closed by `et`/`ou` opening another item. */
    static boolean isApposed(SentenceGraph g, int node) {
        List<Token> toks = g.tokens();
        int t = g.tokenIndexAt(g.startOf(node));
        if (t < 0) {
            return true;
        }
        int comma = -1;
        for (int k = t - 1; k >= Math.max(0, t - 4); k--) {
            String w = toks.get(k).word();
            if (w.equals(",")) {
                comma = k;
                break;
            }
            if (isConjunction(w)) {
                return false; // `…, et le président ghanéen`: an item after the conjunction, apposed to no one
            }
        }
        if (comma < 0 || !TitleAppositions.personBefore(g, comma)) {
            // no `et` before it, nor `Person ,`: an opening phrase's comma (`Intervenant après elle, le secrétaire de
            // l'ONU, X`); the title keeps its earlier reading
            return true;
        }
        for (int k = t + 1; k < Math.min(toks.size() - 1, t + MAX_TITLE_TOKENS); k++) {
            String w = toks.get(k).word();
            if (w.equals(",") || w.equals(";") || w.equals(".") || w.equals("(")) {
                return true; // `X, le président burkinabè, et Y`: the comma closes X's apposition
            }
            if (isConjunction(w)) {
                // another item after `et` (`et le président ghanéen`, `et Y`), not the title's own portfolio
                // (`le ministre de l'Europe et des Affaires étrangères`) nor a second title of X (`et président de …`)
                Token next = toks.get(k + 1);
                Mention m = g.mentionAt(next.start());
                return !(g.words().titledItemOpeners.containsWord(next)
                        || m != null && m.type() == EntityType.PERSON && m.start() == next.start());
            }
        }
        return true;
    }

    private static boolean isConjunction(String w) {
        String f = TextFolding.fold(w);
        return f.equals("et") || f.equals("ou");
    }
}
