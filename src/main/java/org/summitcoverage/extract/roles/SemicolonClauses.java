package org.summitcoverage.extract.roles;

import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.Token;

import java.util.Collection;
import java.util.List;

/**
 * (h38-votes) A semicolon between two clauses that each have a verb of their own closes the first clause's list:
 * `Treize membres ont voté pour, dont A et B ; C s'est abstenue`. The parser may coordinate B with C across it, but A
 * and B voted for the text and only C abstained. A semicolon list without verbs (`Étaient présents : A ; B ; C`) is
 * one list and stays one.
 */
final class SemicolonClauses {
    private SemicolonClauses() {
    }

    /** The item and the holders stand on either side of a semicolon whose two sides are each a clause with its own verb. */
    static boolean separate(SentenceGraph g, Collection<Mention> holders, Mention item) {
        if (holders.isEmpty()) {
            return false;
        }
        int from = Math.min(item.start(), holders.stream().mapToInt(Mention::start).min().getAsInt());
        int to = Math.max(item.end(), holders.stream().mapToInt(Mention::end).max().getAsInt());
        boolean itemFirst = item.start() < holders.iterator().next().start();
        List<Token> toks = g.tokens();
        for (int k = 0; k < toks.size(); k++) {
            Token t = toks.get(k);
            if (!t.word().equals(";") || t.start() < from || t.start() >= to) {
                continue;
            }
            // the semicolon must stand between the item and every holder, not inside the holders' own list
            boolean between = holders.stream().allMatch(h -> itemFirst ? h.start() > t.start() : h.end() <= t.start())
                    && (itemFirst ? item.end() <= t.start() : item.start() > t.start());
            if (between && hasClauseVerb(g, toks, previousSemicolon(toks, k) + 1, k)
                    && hasClauseVerb(g, toks, k + 1, nextSemicolon(toks, k))) {
                return true;
            }
        }
        return false;
    }

    private static int previousSemicolon(List<Token> toks, int k) {
        for (int j = k - 1; j >= 0; j--) {
            if (toks.get(j).word().equals(";")) {
                return j;
            }
        }
        return -1;
    }

    private static int nextSemicolon(List<Token> toks, int k) {
        for (int j = k + 1; j < toks.size(); j++) {
            if (toks.get(j).word().equals(";")) {
                return j;
            }
        }
        return toks.size();
    }

    /** A verb with a subject or an auxiliary of its own among the tokens [from, to): a finite clause, not a participle on a noun. */
    private static boolean hasClauseVerb(SentenceGraph g, List<Token> toks, int from, int to) {
        for (int j = Math.max(0, from); j < to; j++) {
            int n = g.nodeAt(toks.get(j).start());
            // a predicate with a subject of its own (`s'est abstenue` may be parsed as an adjective after a copula), or
            // a verb with an auxiliary
            if (n > 0 && (!g.dependents(n, "nsubj").isEmpty() || !g.dependents(n, "nsubj:pass").isEmpty()
                    || g.pos(n).equals("VERB") && !g.dependents(n, "aux").isEmpty())) {
                return true;
            }
        }
        return false;
    }
}
