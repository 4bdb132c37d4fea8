package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.Token;

import java.util.List;

/**
 * (h25-climat) `aux côtés de l'envoyé spécial de Biden pour le climat, John Kerry`: the person right after a title's
 * `de` is whose envoy the item is, and the item is the envoy the comma names after the title's complements. As a list
 * item the principal would take the envoy's role (`Biden` attending where only his envoy does).
 */
final class EnvoyOfAPrincipal {
    /** How far before the principal the title may stand (`l'envoyé spécial de`). */
    private static final int TITLE_REACH = 3;
    /** How far after the principal the comma before the envoy's name may stand (`de Biden pour le climat,`). */
    private static final int COMPLEMENT_REACH = 6;

    private EnvoyOfAPrincipal() {
    }

    /** The person named after the comma that closes the title whose `de` complement {@code principal} is; else null. */
    static Mention envoyNamedAfter(SentenceGraph g, Mention principal) {
        List<Token> toks = g.tokens();
        int i = g.tokenIndexAt(principal.start());
        if (i < 2 || !isDe(toks.get(i - 1).word()) || !titleBefore(g, toks, i - 1)) {
            return null;
        }
        int k = g.tokenIndexAt(principal.end() - 1) + 1;
        for (int n = k; n < Math.min(toks.size() - 1, k + COMPLEMENT_REACH); n++) {
            String w = toks.get(n).word();
            if (w.equals(",")) {
                Mention next = g.mentionAt(toks.get(n + 1).start());
                return next != null && next.type() == EntityType.PERSON ? next : null;
            }
            if (org.summitcoverage.extract.Words.isPunctuation(toks.get(n)) && !w.equals("'") || g.mentionAt(toks.get(n).start()) != null) {
                return null;
            }
        }
        return null;
    }

    private static boolean titleBefore(SentenceGraph g, List<Token> toks, int de) {
        for (int n = de - 1; n >= Math.max(0, de - TITLE_REACH); n--) {
            if (g.words().isTitle(toks.get(n).word())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDe(String word) {
        String w = TextFolding.fold(word).replace('’', '\'');
        return w.equals("de") || w.equals("du") || w.equals("d'");
    }
}
