package org.summitcoverage.extract.roles;

import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * (h60-lists) The `de` complement of a noun of attendance past a short inserted phrase closed by a comma (`On notait la
 * présence pour l'occasion, du Premier ministre X et du président Y`, `la présence, ce jour-là, de la ministre Z`): the
 * parser hangs the complement on the inserted phrase (as its `de` complement or a conjunct) or on the verb. The `de`
 * phrase right after that comma is the complement, and so is every `de` phrase the parser coordinates with it or with
 * the inserted phrase further on.
 */
final class InsertedPhraseComplement {
    /** At most this many tokens between the noun (or its comma) and the comma that closes the inserted phrase. */
    private static final int INSERT_REACH = 4;

    private InsertedPhraseComplement() {
    }

    /** The heads of the complements, or none when no such inserted phrase follows the noun. */
    static List<Integer> complements(CueSite site) {
        SentenceGraph g = site.graph();
        List<Token> toks = site.tokens();
        int k = site.hit().end();
        if (k < toks.size() && toks.get(k).word().equals(",")) {
            k++; // `la présence, pour l'occasion, du …`
        }
        int close = closingComma(g, toks, k);
        if (close < 0 || close + 1 >= toks.size() || !Enumerations.isDeForm(toks.get(close + 1))) {
            return List.of();
        }
        int head = complementHead(g, toks.get(close + 1));
        if (head <= 0 || opensARange(g, toks, close + 1)) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>(List.of(head));
        List<Integer> governors = new ArrayList<>(List.of(head));
        for (int j = k; j < close; j++) {
            governors.add(g.nodeAt(toks.get(j).start()));
        }
        for (int n : governors) {
            for (int c : g.dependents(n, "conj")) {
                if (!out.contains(c) && g.startOf(c) > g.startOf(head) && opensOnDe(g, c)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /**
     * The comma that closes an inserted phrase starting at token {@code from}: one to {@link #INSERT_REACH} tokens that
     * name nothing, hold no verb, no comma and do not open on a `de` (that would be the complement itself); -1 if none.
     */
    private static int closingComma(SentenceGraph g, List<Token> toks, int from) {
        if (from >= toks.size() || Enumerations.isDeForm(toks.get(from))) {
            return -1;
        }
        for (int j = from; j < Math.min(toks.size(), from + INSERT_REACH + 1); j++) {
            Token t = toks.get(j);
            if (t.word().equals(",")) {
                return j > from ? j : -1;
            }
            String pos = g.pos(g.nodeAt(t.start()));
            if (g.mentionAt(t.start()) != null || pos.equals("VERB") || pos.equals("AUX") || t.word().equals(".")) {
                return -1;
            }
        }
        return -1;
    }

    /** The noun the `de` token introduces (its governor by `case`), or -1. */
    private static int complementHead(SentenceGraph g, Token de) {
        int node = g.nodeAt(de.start());
        List<Integer> heads = node > 0 ? g.governors(node, "case") : List.of();
        return heads.isEmpty() ? -1 : heads.get(0);
    }

    /**
     * `du Mali au Soudan`: the `de` phrase opens a span that `à` closes within the next few tokens, a stretch of places
     * (`La présence russe sur le continent, du Mali au Soudan`), no attendance.
     */
    private static boolean opensARange(SentenceGraph g, List<Token> toks, int de) {
        for (int j = de + 1; j < Math.min(toks.size(), de + INSERT_REACH); j++) {
            String w = toks.get(j).folded();
            if (w.equals(",")) {
                return false;
            }
            if (w.equals("a") || w.equals("au") || w.equals("aux")) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensOnDe(SentenceGraph g, int node) {
        for (int c : g.dependents(node, "case")) {
            if (Enumerations.isDeForm(g.tokens().get(g.tokenIndexAt(g.startOf(c))))) {
                return true;
            }
        }
        return false;
    }
}
