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
        if (s.length() > CACHED_LENGTH) {
            return foldOnce(s);
        }
        // The readings fold the same token words over and over (each phrase of a list tried at each token): a small
        // per-thread table of the last folded words answers most calls without building a string. Folding is a
        // pure function, so the table changes no result; per thread, so threads share nothing.
        String[] cache = CACHE.get();
        int slot = (s.hashCode() & (CACHE_SLOTS - 1)) << 1;
        String key = cache[slot];
        if (key != null && (key == s || key.equals(s))) {
            return cache[slot + 1];
        }
        String folded = foldOnce(s);
        cache[slot] = s;
        cache[slot + 1] = folded;
        return folded;
    }

    private static final int CACHE_SLOTS = 4096;
    /** Words and short phrases only: a long text folded once would stay referenced and would rarely come again. */
    private static final int CACHED_LENGTH = 48;
    /** Key and folded form side by side, direct-mapped by the key's hash. */
    private static final ThreadLocal<String[]> CACHE = ThreadLocal.withInitial(() -> new String[2 * CACHE_SLOTS]);

    private static String foldOnce(String s) {
        String quick = foldByTable(s);
        return quick != null ? quick : foldFully(s);
    }

    /** The definition of folding; {@link #fold} gives the same result faster for the usual Latin-1 text. */
    static String foldFully(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFD);
        t = MARKS.matcher(t).replaceAll("");
        t = t.replace('’', '\'').replace('‘', '\'').replace('`', '\'').replace('ʼ', '\'')
                .replace('–', '-').replace('‑', '-').replace("œ", "oe").replace("Œ", "OE")
                .replace("æ", "ae").replace("Æ", "AE");
        t = SPACES.matcher(t).replaceAll(" ");
        return t.toLowerCase(Locale.ROOT).strip();
    }

    /**
     * Each character of Latin-1 and the typographic apostrophes folds on its own (NFD of a precomposed letter
     * is its base letter and marks), so the folded form of a string of them is the folded characters, with
     * runs of separators made one space and none at the ends. {@link #TABLE} holds what {@link #foldFully}
     * gives for each such character, so both paths agree by construction; strings with any other character
     * take the full path. Plain lower-case ASCII is {@link #fold}'s business, before the table.
     */
    private static String foldByTable(String s) {
        int n = s.length();
        StringBuilder out = new StringBuilder(n);
        boolean pendingSpace = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= TABLE.length && c != '’') {
                return null;
            }
            String f = c == '’' ? "'" : TABLE[c];
            if (f == null) {
                return null;
            }
            if (f.isEmpty()) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && out.length() > 0) {
                out.append(' ');
            }
            pendingSpace = false;
            out.append(f);
        }
        return out.toString();
    }

    /** Folded form of each char below U+0180: "" for a separator, null where the table cannot stand in. */
    private static final String[] TABLE = new String[0x180];

    static {
        for (char c = 0; c < TABLE.length; c++) {
            if (c == ' ' || c == '\u00A0' || c == '-' || c == '\t') {
                TABLE[c] = "";
            } else if (Character.isLetterOrDigit(c) || c == '\'' || c == '.' || c == ',' || c == '&' || c == '/') {
                String f = foldFully(String.valueOf(c));
                if (!f.isEmpty() && f.chars().allMatch(ch -> ch > ' ' && ch != '-' && ch != '\u00A0')) {
                    TABLE[c] = f;
                }
            }
        }
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
