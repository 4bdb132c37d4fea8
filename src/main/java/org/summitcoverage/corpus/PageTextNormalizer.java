package org.summitcoverage.corpus;

import java.text.Normalizer;

/** Whitespace and Unicode clean-up shared by the text blocks and the metadata. */
final class PageTextNormalizer {

    private PageTextNormalizer() {
    }

    /**
     * Collapses runs of breaking whitespace to one space and trims, but keeps U+00A0 and U+202F
     * inside the text: French typography puts them before ; : ! ? and inside numbers, and later
     * stages rely on them. Invisible hyphenation and zero-width characters are dropped because they
     * split words for any tokenizer. The result is NFC.
     */
    static String collapse(CharSequence raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        boolean pendingSpace = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (isCollapsible(c)) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && sb.length() > 0) {
                sb.append(' ');
            }
            pendingSpace = false;
            sb.append(c);
        }
        String s = trimAllSpaces(sb);
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    static String nfc(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    static boolean isCollapsible(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B'
                || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\u3000' || c == '\u1680';
    }

    private static boolean isInvisible(char c) {
        return c == '\u00AD' || c == '\u200B' || c == '\uFEFF' || c == '\u2060';
    }

    /** A paragraph made only of &amp;nbsp; is a spacer, so edges lose every kind of space. */
    private static String trimAllSpaces(CharSequence s) {
        int start = 0;
        int end = s.length();
        while (start < end && isAnySpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isAnySpace(s.charAt(end - 1))) {
            end--;
        }
        return s.subSequence(start, end).toString();
    }

    static boolean isAnySpace(char c) {
        return isCollapsible(c) || Character.isSpaceChar(c);
    }
}
