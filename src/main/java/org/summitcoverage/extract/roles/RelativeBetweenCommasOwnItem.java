package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.Token;

import java.util.List;

/**
 * (h47-faux14) A cue inside a relative clause set off by commas right after a name, `A, qui assure la présidence, B
 * et C`, says something of that name alone: the clause in the singular cannot agree with the list, and the items after
 * its closing comma are the list the relative interrupts, not holders of its cue (`Son bureau comprend, outre A qui
 * assume la présidence, B et C`). Those items keep whatever role another cue gives them. Same reading as
 * {@link BracketedRelativeOwnItem}, with commas for the bracket.
 */
final class RelativeBetweenCommasOwnItem implements HolderReading {
    /** The farthest a cue may stand from the relative pronoun. */
    private static final int MAX_TOKENS_INTO_RELATIVE = 10;

    private final HolderReading reading;

    RelativeBetweenCommasOwnItem(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        List<Finding> found = reading.read(site);
        if (found.isEmpty()) {
            return found;
        }
        SentenceGraph g = site.graph();
        List<Token> toks = g.tokens();
        int pronoun = relativePronounBefore(g, site.hit().first());
        if (pronoun < 2) {
            return found;
        }
        // the antecedent: a name ending right before the pronoun (or before the comma that opens the relative)
        int before = toks.get(pronoun - 1).word().equals(",") ? pronoun - 2 : pronoun - 1;
        Mention item = g.mentionAt(toks.get(before).start());
        if (item == null || item.end() != toks.get(before).end()) {
            return found;
        }
        int close = closingComma(toks, site.hit().first());
        if (close < 0 || titleBefore(site, toks, site.hit().first(), close)) {
            return found;
        }
        int listStart = toks.get(close).end();
        // the items after the closing comma go; the antecedent and what the relative itself names stay
        return found.stream().filter(f -> f.mention() == item || f.mention().start() < listStart).toList();
    }

    /**
     * The index of a `qui` opening the relative that holds the cue at {@code first}: no comma, bracket or stop between
     * them, a verb in the singular after it, or -1.
     */
    private static int relativePronounBefore(SentenceGraph g, int first) {
        List<Token> toks = g.tokens();
        if (first < 3 || first >= toks.size()) {
            return -1;
        }
        for (int k = first - 1; k >= 1 && k >= first - MAX_TOKENS_INTO_RELATIVE; k--) {
            String w = toks.get(k).word();
            if (w.equals(",") || w.equals("(") || w.equals(")") || w.equals(".") || w.equals(";") || w.equals(":")) {
                return -1;
            }
            if (TextFolding.fold(w).equals("qui")) {
                return !BracketedRelativeOwnItem.pluralAfter(toks, k, first) ? k : -1;
            }
        }
        return -1;
    }

    /** The comma closing the relative: the first comma after the cue with a name after it, before any stop; or -1. */
    private static int closingComma(List<Token> toks, int first) {
        for (int k = first + 1; k < toks.size() - 1; k++) {
            String w = toks.get(k).word();
            if (w.equals(".") || w.equals(";") || w.equals(":") || w.equals("(") || Enumerations.isDash(toks.get(k))) {
                return -1;
            }
            if (w.equals(",")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * A title or a counterpart noun between the cue and the comma (`qui coprésidait la conférence avec son homologue
     * français, Y`): the comma opens that noun's apposition, naming its holder, and does not close the relative.
     */
    private static boolean titleBefore(CueSite site, List<Token> toks, int first, int close) {
        for (int k = first + 1; k < close; k++) {
            String w = toks.get(k).word().toLowerCase(java.util.Locale.ROOT);
            if (site.words().isTitle(w) || site.words().guestNouns.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
