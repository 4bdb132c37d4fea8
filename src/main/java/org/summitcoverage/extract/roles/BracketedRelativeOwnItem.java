package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.Token;

import java.util.List;

/**
 * (h35-listes3) A cue inside a bracket opened on a relative pronoun, `A, B (qui va présider la séance de clôture) et C`,
 * says something of the item right before the bracket alone: a clause in the singular cannot agree with the list, and
 * the bracket cuts it off from the items before it, whatever the parser hangs the clause or the list on. The other
 * items of the list before the bracket hold nothing from that cue.
 */
final class BracketedRelativeOwnItem implements HolderReading {
    /** The farthest a cue may stand from the bracket's opening. */
    private static final int MAX_TOKENS_INTO_BRACKET = 12;

    private final HolderReading reading;

    BracketedRelativeOwnItem(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        List<Finding> found = reading.read(site);
        SentenceGraph g = site.graph();
        int open = openingOnARelative(g, site.hit().first());
        if (found.isEmpty() || open < 1) {
            return found;
        }
        Mention item = g.mentionAt(g.tokens().get(open - 1).start());
        if (item == null) {
            return found;
        }
        int bracketStart = g.tokens().get(open).start();
        int bracketEnd = closingEnd(g.tokens(), open);
        // the other items of the list go; what the bracket itself names (`avec le Ghana`) stays
        return found.stream().filter(f -> f.mention() == item
                || f.mention().start() >= bracketStart && f.mention().end() <= bracketEnd).toList();
    }

    /**
     * The index of the `(` right before a relative pronoun that opens the bracket holding the cue at {@code first}
     * (no bracket closed in between, a verb in the singular after it), or -1.
     */
    private static int openingOnARelative(SentenceGraph g, int first) {
        List<Token> toks = g.tokens();
        if (first < 2 || first >= toks.size()) {
            return -1;
        }
        for (int k = first - 1; k >= 1 && k >= first - MAX_TOKENS_INTO_BRACKET; k--) {
            String w = toks.get(k).word();
            if (w.equals(")") || w.equals(".") || w.equals(";")) {
                return -1;
            }
            if (w.equals("(")) {
                return k + 1 < toks.size() && toks.get(k + 1).folded().equals("qui")
                        && !pluralAfter(toks, k + 1, first) ? k : -1;
            }
        }
        return -1;
    }

    /** The end offset of the `)` closing the bracket opened at {@code open}, or the sentence's end. */
    private static int closingEnd(List<Token> toks, int open) {
        for (int k = open + 1; k < toks.size(); k++) {
            if (toks.get(k).word().equals(")")) {
                return toks.get(k).end();
            }
        }
        return toks.get(toks.size() - 1).end();
    }

    /** The first word after the pronoun (past preverbal words) is a third-person plural (`qui ont`, `qui présideront`). */
    static boolean pluralAfter(List<Token> toks, int pronoun, int first) {
        int k = pronoun + 1;
        while (k < first && List.of("ne", "n'", "n’", "y", "en", "se", "s'", "s’", "l'", "l’", "le", "la", "les")
                .contains(toks.get(k).folded())) {
            k++;
        }
        return k <= first && toks.get(k).folded().endsWith("nt");
    }
}
