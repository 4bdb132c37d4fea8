package org.summitcoverage.extract.roles;

import org.summitcoverage.extract.roles.RoleCueLexicon.Hit;
import org.summitcoverage.nlp.Sentence;
import org.summitcoverage.nlp.Token;

import java.util.List;

/**
 * The stretch of a cue sentence the parser is given when only the clause around the cues is parsed
 * (`-Dsummit.parse=scope=clause`, issue 19): the parse costs the same per word, so a 60-word sentence whose cue
 * sits in a 20-word clause costs a third. The stretch runs from the first cue's clause to the last cue's,
 * bounded by a semicolon or by a comma that opens a clause with its own subject (`…, tandis que …`,
 * RoleWords#clauseBreaks): the readings look for a subject before the verb and for a list after it, both
 * inside such a clause. A semicolon after a colon or a comma separates list items, not clauses, and bounds
 * nothing (`a réuni les présidents A, B ; les vice-présidents C et D`).
 * Tokens outside the stretch get no parser node, which the readings take as "not in the parse".
 */
final class ParseScope {
    private ParseScope() {
    }

    static Sentence around(RoleWords words, Sentence s, List<Hit> cues) {
        List<Token> toks = s.tokens();
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (Hit h : cues) {
            if (h.first() < 0) {
                return s; // a cue carried from the previous sentence: nothing to anchor a stretch on
            }
            first = Math.min(first, h.first());
            last = Math.max(last, h.end() - 1);
        }
        if (last < 0) {
            return s;
        }
        int from = 0;
        for (int k = first - 1; k >= 0; k--) {
            if (isBreak(words, toks, k) && !(toks.get(k).word().equals(";") && listAround(toks, k, first))) {
                from = k + 1;
                break;
            }
        }
        boolean listAfter = false;
        int to = toks.size();
        for (int k = last + 1; k < toks.size(); k++) {
            String w = toks.get(k).word();
            if (isBreak(words, toks, k) && !(listAfter && w.equals(";"))) {
                to = k;
                break;
            }
            // `a réuni A, B ; C et D`: after a comma or a colon, semicolons separate the items of a list
            listAfter |= w.equals(":") || w.equals(",");
        }
        if (from == 0 && to == toks.size() || from >= to) {
            return s;
        }
        List<Token> part = toks.subList(from, to);
        return new Sentence(s.index(), part.get(0).start(), part.get(part.size() - 1).end(), part);
    }

    /**
     * A semicolon at {@code k} before the cue at {@code cue} is inside a list when a comma stands between them or in
     * the stretch before it (`les présidents A, B ; les vice-présidents C et D ont assisté`).
     */
    private static boolean listAround(List<Token> toks, int k, int cue) {
        for (int i = 0; i < cue; i++) {
            if (i != k && toks.get(i).word().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** A semicolon, or a comma before a conjunction that opens a clause with its own subject. */
    private static boolean isBreak(RoleWords words, List<Token> toks, int k) {
        String w = toks.get(k).word();
        if (w.equals(";")) {
            return true;
        }
        if (!w.equals(",")) {
            return false;
        }
        for (List<String> p : words.clauseBreaks) {
            if (RoleWords.phraseEnd(toks, k + 1, p) > 0) {
                return true;
            }
        }
        return false;
    }
}
