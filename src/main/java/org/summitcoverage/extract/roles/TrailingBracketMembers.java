package org.summitcoverage.extract.roles;

import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * `Trois pays ont signé la charte (A, B et C).`, `Une trentaine d'États étaient représentés en qualité
 * d'observateurs (A, B, C).`: a subject that only counts a set of states (`pays`, `États`, `nations`, `membres`) is
 * spelled out by a bracketed list that closes the sentence. The parser hangs the list as an apposition on the last
 * noun before it (the object, the capacity), so the subject's phrase holds no name; the bracket's states and bodies
 * are the set's members and hold the role. A bracket in the middle of the clause, or one holding anything but names
 * and list words, says something else (a date, a count, an acronym, a comment).
 */
final class TrailingBracketMembers {
    private TrailingBracketMembers() {
    }

    /** The members the closing bracket lists for the counted set {@code subj} of the cue, or none. */
    static List<Mention> of(CueSite site, int subj) {
        SentenceGraph g = site.graph();
        if (site.words().setQuantities.contains(g.word(subj))) {
            // `Une trentaine d'États`: the counted noun is the quantity's complement
            for (int n : g.dependents(subj, "nmod")) {
                if (site.words().memberNouns.contains(g.word(n))) {
                    return of(site, n);
                }
            }
            return List.of();
        }
        String head = g.word(subj);
        if (!site.words().memberNouns.contains(head) && !site.words().setNouns.contains(head)
                || !head.endsWith("s") && !head.endsWith("x") || !g.entitiesInPhrase(subj).isEmpty()) {
            return List.of();
        }
        List<Token> toks = g.tokens();
        int close = lastClosingBracket(toks);
        int open = close < 0 ? -1 : openingBefore(toks, close);
        if (open < 0 || open < site.hit().end()) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        for (int k = open + 1; k < close; k++) {
            Mention m = g.mentionAt(toks.get(k).start());
            if (m != null && (m.type() == EntityType.COUNTRY || m.type() == EntityType.ORGANIZATION)) {
                if (!out.contains(m)) {
                    out.add(m);
                }
            } else if (!site.words().bracketListWords.containsWord(toks.get(k))) {
                return List.of(); // `(selon l'ONU)`, `(dont 12 africains)`: not a list of names alone
            }
        }
        // one name alone in brackets is the acronym or the gloss of the noun before it (`un accord créant une Zone de
        // libre-échange continentale (Zlec)`), not a set spelled out
        return out.size() >= 2 ? out : List.of();
    }

    /** The `)` that ends the sentence (only closing punctuation after it), or -1. */
    private static int lastClosingBracket(List<Token> toks) {
        int k = toks.size() - 1;
        while (k >= 0 && (toks.get(k).word().equals(".") || toks.get(k).word().equals("!") || toks.get(k).word().equals(";"))) {
            k--;
        }
        return k >= 0 && toks.get(k).word().equals(")") ? k : -1;
    }

    private static int openingBefore(List<Token> toks, int close) {
        for (int k = close - 1; k >= 0; k--) {
            String w = toks.get(k).word();
            if (w.equals(")")) {
                return -1;
            }
            if (w.equals("(")) {
                return k;
            }
        }
        return -1;
    }
}
