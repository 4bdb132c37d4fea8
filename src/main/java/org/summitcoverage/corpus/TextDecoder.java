package org.summitcoverage.corpus;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Turns the bytes of a text file (or of one JSON Lines record) into a String, decided per input by looking at
 * the bytes: UTF-16 when it starts with a UTF-16 byte order mark; UTF-8 (BOM or not) when the bytes are
 * valid UTF-8, and also when its valid multi-byte sequences outnumber its invalid bytes (a UTF-8 file with a
 * few damaged bytes: those become U+FFFD and the note says how many); else Windows-1252, which is what
 * French pages saved as "Latin-1" almost always are.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /** The decoded text and, when the decoding lost something, a note for the row's reason (else ""). */
    public record Decoded(String text, String note) {
    }

    /** The decoded, NFC-normalised text. */
    public static String decode(byte[] bytes) {
        return decodeNoted(bytes).text();
    }

    /** The decoded, NFC-normalised text with its note. */
    public static Decoded decodeNoted(byte[] bytes) {
        Decoded d = decodeVerbatim(bytes);
        return new Decoded(repairSoftHyphens(Normalizer.normalize(d.text(), Normalizer.Form.NFC)), d.note());
    }

    /**
     * A UTF-8 soft hyphen (C2 AD) read once as Windows-1252 and saved again shows as `Â` plus an invisible hyphen
     * inside a word (`siÂgnaÂtaires`, `RépubliÂque`): it splits the word for the tokenizer and hides it from every
     * dictionary. French never has `Â` between two lower-case letters, so there it is dropped, with its hyphen.
     */
    static String repairSoftHyphens(String text) {
        if (text.indexOf('\u00C2') < 0) {
            return text;
        }
        return text.replace("\u00C2\u00AD", "").replaceAll("(?<=\\p{Ll})\u00C2(?=\\p{Ll})", "");
    }

    /** The same decision without normalisation: a JSON Lines record is parsed as its bytes say. */
    public static Decoded decodeVerbatim(byte[] bytes) {
        if (hasUtf16Bom(bytes)) {
            return new Decoded(new String(bytes, StandardCharsets.UTF_16), "");
        }
        int offset = hasUtf8Bom(bytes) ? 3 : 0;
        int[] goodBad = utf8Sequences(bytes, offset);
        int good = goodBad[0];
        int bad = goodBad[1];
        if (bad == 0 || good > bad) {
            String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
            return new Decoded(text, bad == 0 ? "" : "decoded as UTF-8 with " + bad + " invalid byte"
                    + (bad > 1 ? "s" : "") + " replaced by U+FFFD");
        }
        return new Decoded(new String(bytes, offset, bytes.length - offset, WINDOWS_1252), "");
    }

    /** {valid multi-byte UTF-8 sequences, invalid bytes} from {@code offset}. */
    private static int[] utf8Sequences(byte[] b, int offset) {
        int good = 0;
        int bad = 0;
        int i = offset;
        while (i < b.length) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            boolean ok = len > 0 && i + len <= b.length;
            for (int k = 1; ok && k < len; k++) {
                ok = (b[i + k] & 0xC0) == 0x80;
            }
            if (ok && len >= 3) {
                int c1 = b[i + 1] & 0xff;
                ok = !(c == 0xE0 && c1 < 0xA0) && !(c == 0xED && c1 >= 0xA0) && !(c == 0xF0 && c1 < 0x90)
                        && !(c == 0xF4 && c1 >= 0x90);
            }
            if (ok) {
                good++;
                i += len;
            } else {
                bad++;
                i++;
            }
        }
        return new int[]{good, bad};
    }

    /** True for content that is not text at all: NUL bytes or many control characters near the start. */
    public static boolean looksBinary(byte[] bytes) {
        if (hasUtf16Bom(bytes)) {
            return false;
        }
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return n > 0 && control * 100 > n;
    }

    static boolean hasUtf16Bom(byte[] b) {
        return b.length >= 2 && ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE || (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF);
    }

    static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    }
}
