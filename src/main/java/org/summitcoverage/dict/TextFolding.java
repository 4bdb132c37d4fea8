package org.summitcoverage.dict;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one way the project compares names: case, accents, apostrophe style, hyphens and spacing folded,
 * so {@code États-Unis}, {@code Etats Unis} and {@code ETATS-UNIS} are the same key.
 */
public final class TextFolding {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F\\u2009-]+");

    private TextFolding() {
    }

    public static String fold(String s) {
        if (isPlainLowerAscii(s)) {
            return s; // the common case, and the hot one: most tokens need no folding at all
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFD);
        t = MARKS.matcher(t).replaceAll("");
        t = t.replace('’', '\'').replace('‘', '\'').replace('`', '\'').replace('ʼ', '\'')
                .replace('–', '-').replace('‑', '-').replace("œ", "oe").replace("Œ", "OE")
                .replace("æ", "ae").replace("Æ", "AE");
        t = SPACES.matcher(t).replaceAll(" ");
        return t.toLowerCase(Locale.ROOT).strip();
    }

    private static boolean isPlainLowerAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '\'' || c == '.' || c == ',')) {
                return false;
            }
        }
        return true;
    }

    /** Slug of docs/output.md § Entity ids: lower case, accents removed, runs of anything but a-z0-9 become one '-'. */
    public static String slug(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFD);
        t = MARKS.matcher(t).replaceAll("").replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae");
        t = t.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return t.replaceAll("^-+|-+$", "");
    }
}
