package org.summitcoverage.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * (h56-entites22) One spelling of an edition's ordinal in a meeting's name, so that one meeting has one id whatever the
 * outlet typed: `19ème`, `19eme`, `19ième`, `19è`, `19ᵉ`, `19-e` are all `19e`; `1ère`, `1ʳᵉ` are `1re`; `1ᵉʳ` is `1er`;
 * `XIXème` is `XIXe`. The abbreviations are those of the French typographic rule (`e`, `er`, `re`).
 */
final class OrdinalSpelling {
    /** A number in digits or in Roman numerals, an optional hyphen, and the ordinal's ending as outlets type it. */
    private static final Pattern NUMBERED = Pattern.compile(
            "(\\d{1,3}|[IVXLC]+)-?(?i:(er|ᵉʳ|ère|ere|re|ʳᵉ|e|è|ème|eme|ième|ieme|ᵉ))");

    private OrdinalSpelling() {
    }

    /** The ordinal word in its plain abbreviation (`19ème` → `19e`), or the word unchanged when it is no numbered one. */
    static String plain(String word) {
        Matcher m = NUMBERED.matcher(word);
        if (!m.matches()) {
            return word;
        }
        String ending = m.group(2).toLowerCase(java.util.Locale.ROOT);
        String plain = ending.equals("er") || ending.equals("ᵉʳ") ? "er"
                : ending.equals("ère") || ending.equals("ere") || ending.equals("re") || ending.equals("ʳᵉ") ? "re" : "e";
        return m.group(1) + plain;
    }

    /** A meeting's name whose first word is a numbered ordinal, that word in its plain abbreviation. */
    static String withPlainEdition(String name) {
        int space = name.indexOf(' ');
        if (space <= 0 || !EventRecognizer.ORDINAL.matcher(name.substring(0, space)).matches()) {
            return name;
        }
        return plain(name.substring(0, space)) + name.substring(space);
    }
}
