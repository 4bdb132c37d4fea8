package org.summitcoverage.extract;

import org.summitcoverage.dict.Dictionaries;
import org.summitcoverage.nlp.Token;

import java.util.List;

/**
 * The dictionary keys of the spans that open at one token, shortest first, only as long as a form can still be
 * reached. The matchers try every length up to 16 tokens at each position where a form may start; most spans stop
 * being the start of any form after one or two tokens. The key of a span of n + 1 tokens is the key of n tokens
 * with a space (where the text has one) and a folded token added, so if the key of n tokens begins no form
 * ({@link Dictionaries#startsSomeFormWith}), no longer span is a form: the lengths left out would all have been
 * looked up for nothing. Each key is also built once instead of once per length.
 */
final class FormKeys {
    private static final String[] NONE = new String[0];

    private FormKeys() {
    }

    /**
     * The keys of tokens [first, first + len) for len = 1, 2, … (index len − 1), up to {@code maxLen} tokens and
     * ending before the first key that begins no form; each is what {@link GazetteerMatcher#key} gives for that span.
     *
     * @param firstReplacement the folded text that stands for the first token (the word after an elision), or null
     */
    static String[] reachable(Dictionaries dict, List<Token> toks, String[] folded, int first, int maxLen,
                              String firstReplacement) {
        int limit = Math.min(maxLen, toks.size() - first);
        StringBuilder sb = new StringBuilder(firstReplacement != null ? firstReplacement : folded[first]);
        String[] keys = null;
        for (int len = 1; len <= limit; len++) {
            int k = first + len - 1;
            if (len > 1) {
                if (toks.get(k).start() > toks.get(k - 1).end()) {
                    sb.append(' ');
                }
                sb.append(folded[k]);
            }
            String key = sb.toString().strip();
            if (!dict.startsSomeFormWith(key)) {
                return len == 1 ? NONE : java.util.Arrays.copyOf(keys, len - 1);
            }
            if (keys == null) {
                keys = new String[limit];
            }
            keys[len - 1] = key;
        }
        return keys == null ? NONE : keys;
    }
}
