package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * (h45-presences12) `Les présidents turc, kazakh et kirghize, respectivement A, B et C, y participeront`: a plural title's
 * demonyms followed, after a comma and an optional `respectivement`, by as many names as demonyms pair each state with
 * its holder. The text names the people, so the role is theirs and the demonyms give no row of their own (the guide: when
 * the text names a person, the role goes to the person). Read on tokens, as the parser may cut such a list anywhere.
 */
final class DemonymsPairedWithNames {
    private DemonymsPairedWithNames() {
    }

    /** {@code m} is one demonym of such a list, with as many people named right after it. */
    static boolean paired(SentenceGraph g, Mention m) {
        if (!TitleAppositions.isTitleDemonym(m)) {
            return false;
        }
        List<Token> toks = g.tokens();
        int k = g.tokenIndexAt(m.start());
        if (k < 0) {
            return false;
        }
        // back over the demonym list to the plural title that opens it
        int first = k;
        while (first > 0 && (separator(toks, first - 1) || demonymAt(g, first - 1) != null)) {
            first--;
        }
        while (first < k && separator(toks, first)) {
            first++;
        }
        if (first < 2 || !pluralTitle(g, toks.get(first - 1).folded())) {
            return false;
        }
        // forward over the demonyms, counting them, to the comma that closes the list
        int demonyms = 0;
        int i = first;
        int last = -1;
        while (i < toks.size()) {
            Mention d = demonymAt(g, i);
            if (d != null) {
                demonyms++;
                last = i;
                i = Math.max(i + 1, g.tokenIndexAt(d.end() - 1) + 1);
            } else if (separator(toks, i) && i + 1 < toks.size() && demonymAt(g, i + 1) != null) {
                i++;
            } else if (toks.get(i).folded().equals("et") && i + 1 < toks.size() && demonymAt(g, i + 1) != null) {
                i++;
            } else {
                break;
            }
        }
        if (demonyms < 2 || last < 0 || i >= toks.size() || !toks.get(i).word().equals(",")) {
            return false;
        }
        i++;
        if (i < toks.size() && toks.get(i).folded().equals("respectivement")) {
            i++;
        }
        return peopleFrom(g, i) == demonyms;
    }

    /** How many people a list starting at token {@code i} names, each right after a comma or `et`. */
    private static int peopleFrom(SentenceGraph g, int i) {
        List<Token> toks = g.tokens();
        int people = 0;
        while (i < toks.size()) {
            Mention p = personAt(g, i);
            if (p == null) {
                break;
            }
            people++;
            i = g.tokenIndexAt(p.end() - 1) + 1;
            if (i <= 0 || i >= toks.size()) {
                break;
            }
            String w = toks.get(i).folded();
            if (w.equals(",") && i + 1 < toks.size() && toks.get(i + 1).folded().equals("et")) {
                i += 2;
            } else if (w.equals(",") || w.equals("et")) {
                i++;
            } else {
                break;
            }
        }
        return people;
    }

    private static boolean pluralTitle(SentenceGraph g, String word) {
        return word.endsWith("s") && g.words().isHolderTitle(word.substring(0, word.length() - 1));
    }

    private static boolean separator(List<Token> toks, int i) {
        String w = toks.get(i).folded();
        return w.equals(",") || w.equals("et");
    }

    private static Mention demonymAt(SentenceGraph g, int i) {
        return mentionAt(g, i, EntityType.COUNTRY, true);
    }

    private static Mention personAt(SentenceGraph g, int i) {
        return mentionAt(g, i, EntityType.PERSON, false);
    }

    private static Mention mentionAt(SentenceGraph g, int i, EntityType type, boolean demonym) {
        Token t = g.tokens().get(i);
        for (Mention m : g.mentions()) {
            if (m.type() == type && m.start() == t.start() && (!demonym || TitleAppositions.isTitleDemonym(m))) {
                return m;
            }
        }
        return null;
    }
}
