package org.summitcoverage.report;

import java.util.Locale;

/** Escaping and small formatting helpers for the HTML report. Every piece of data goes through here. */
final class HtmlText {

    private HtmlText() {
    }

    /** Escapes text for an element's content; control characters become U+FFFD. */
    static String text(String s) {
        return escape(s, false);
    }

    /** Escapes text for a double-quoted attribute value. */
    static String attr(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean attribute) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\'' -> out.append(attribute ? "&#39;" : "'");
                case '\t', '\n' -> out.append(attribute ? ' ' : c);
                case '\r' -> out.append(' ');
                default -> {
                    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == '\uFFFE' || c == '\uFFFF') {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * Returns {@code url} if it is an absolute http(s) address that can safely be linked to, else
     * {@code null} (so a {@code javascript:} or relative value in the data never becomes a link).
     */
    static String safeUrl(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        String lower = u.toLowerCase(Locale.ROOT);
        if ((lower.startsWith("http://") || lower.startsWith("https://")) && u.length() > 8
                && u.chars().noneMatch(ch -> ch <= 0x20 || ch == '"' || ch == '<' || ch == '>')) {
            return u;
        }
        return null;
    }

    /** Integer in French style: groups of three digits separated by a narrow no-break space. */
    static String number(long n) {
        String digits = Long.toString(Math.abs(n));
        StringBuilder out = new StringBuilder();
        int lead = digits.length() % 3;
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (i - lead) % 3 == 0) {
                out.append('\u202F');
            }
            out.append(digits.charAt(i));
        }
        return n < 0 ? "\u2212" + out : out.toString();
    }

    /** "1 article", "3 articles": French plural of a count (0 and 1 are singular). */
    static String count(long n, String singular, String plural) {
        return number(n) + "\u00A0" + (n <= 1 ? singular : plural);
    }

    /** A lower-case ASCII token usable in an element id. */
    static String slug(String s) {
        String folded = java.text.Normalizer.normalize(s == null ? "" : s, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return folded.isEmpty() ? "x" : folded;
    }

    /** Shortens to at most {@code max} code points, ending with an ellipsis when cut. */
    static String shorten(String s, int max) {
        if (s == null) {
            return "";
        }
        int cps = s.codePointCount(0, s.length());
        if (cps <= max) {
            return s;
        }
        int end = s.offsetByCodePoints(0, max - 1);
        return s.substring(0, end).stripTrailing() + "…";
    }
}
