package org.summitcoverage.extract.roles;

import org.summitcoverage.nlp.Token;

import java.util.List;

/**
 * Where a deed was done (`deed_participles`): the `à` / `en` place after the participle, past the time words French
 * puts between them (`a présenté lundi à Wellington`, `a présenté hier soir à New York`: `deed_time_words`, weekdays),
 * and the whole capitalised run that names it (`New York`, not `New` alone, which `New Delhi` also opens).
 */
final class DeedPlace {
    private DeedPlace() {
    }

    /** The index past the time words after token {@code k}; {@code k + 1} when none. */
    static int pastTimeWords(RoleWords words, List<Token> toks, int k) {
        int n = k + 1;
        while (n < toks.size() && isTimeWord(words, toks.get(n).word())) {
            n++;
        }
        return n;
    }

    /** Whether the place word at {@code k} (its preposition) follows a deed participle, time words between. */
    static boolean afterDeed(RoleWords words, List<Token> toks, int k) {
        int p = k - 1;
        while (p >= 0 && isTimeWord(words, toks.get(p).word())) {
            p--;
        }
        return p >= 0 && words.deedParticiples.containsWord(toks.get(p));
    }

    /** The capitalised run of words from {@code k} (`New York`), joined by spaces; empty when none. */
    static String capitalisedRun(List<Token> toks, int k) {
        StringBuilder b = new StringBuilder();
        for (int n = k; n < toks.size() && !toks.get(n).word().isEmpty() && Character.isUpperCase(toks.get(n).word().charAt(0)); n++) {
            b.append(b.length() == 0 ? "" : " ").append(toks.get(n).word());
        }
        return b.toString();
    }

    private static boolean isTimeWord(RoleWords words, String w) {
        String f = w.toLowerCase(java.util.Locale.ROOT);
        return words.weekdayNames.contains(f) || words.deedTimeWords.contains(f);
    }
}
