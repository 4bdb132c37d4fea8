package org.summitcoverage.extract.roles;

import org.summitcoverage.nlp.Token;

import java.util.List;

/**
 * (h25-climat) The date or manner the press puts between a verb of saying and its `que` clause: `a annoncé mercredi
 * qu'elle assisterait au sommet`, `a annoncé in extremis, mercredi 29 novembre, qu'elle assisterait`. The words tell
 * when or how it was said, so the verb of saying is the one before them. Only weekdays, months, numbers, the article
 * of a date, commas and a few fixed adverbs (`said_when_words`) are passed over.
 */
final class SaidWhen {
    /** Most tokens of such a date or manner (`in extremis , mercredi 29 novembre ,`). */
    private static final int MAX_TOKENS = 8;
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d{1,4}");

    private SaidWhen() {
    }

    /** The index of the token before the date or manner that ends at {@code k} ({@code k} itself when none does). */
    static int before(RoleWords words, List<Token> toks, int k) {
        int j = k;
        while (j > 0 && k - j < MAX_TOKENS && passedOver(words, toks.get(j).word())) {
            j--;
        }
        return j;
    }

    private static boolean passedOver(RoleWords words, String word) {
        return word.equals(",") || words.weekdayNames.contains(word.toLowerCase(java.util.Locale.ROOT))
                || words.monthNames.contains(word.toLowerCase(java.util.Locale.ROOT)) || NUMBER.matcher(word).matches()
                || words.saidWhenWords.contains(word);
    }
}
