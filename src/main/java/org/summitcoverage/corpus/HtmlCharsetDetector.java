package org.summitcoverage.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a saved page into text: byte-order mark first, then the charset the page
 * declares, then UTF-8 when the bytes are valid UTF-8, else Windows-1252.
 */
final class HtmlCharsetDetector {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Declarations sit in the head; looking further only risks matching text in the body. */
    private static final int PRESCAN_LIMIT = 32 * 1024;

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([a-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BODY_START = Pattern.compile("<body\\b", Pattern.CASE_INSENSITIVE);

    private HtmlCharsetDetector() {
    }

    static String decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return "";
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        return new String(bytes, detect(bytes));
    }

    static Charset detect(byte[] bytes) {
        boolean validUtf8 = isValidUtf8(bytes);
        Charset declared = declaredCharset(bytes);
        if (declared != null) {
            if (declared.equals(StandardCharsets.UTF_8)) {
                // Pages saved from legacy CMSs often keep a UTF-8 header over Latin-1 bytes; decoding
                // them as UTF-8 would turn every accent into U+FFFD.
                return validUtf8 ? StandardCharsets.UTF_8 : WINDOWS_1252;
            }
            if (declared.equals(WINDOWS_1252) && validUtf8 && hasNonAscii(bytes)) {
                // French text in Windows-1252 is practically never valid multi-byte UTF-8, so such
                // bytes are a migrated page that kept its old declaration.
                return StandardCharsets.UTF_8;
            }
            return declared;
        }
        return validUtf8 ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_LIMIT), StandardCharsets.ISO_8859_1);
        Matcher body = BODY_START.matcher(head);
        if (body.find()) {
            head = head.substring(0, body.start());
        }
        Matcher meta = META_CHARSET.matcher(head);
        if (meta.find()) {
            Charset cs = charsetForLabel(meta.group(1));
            if (cs != null) {
                return cs;
            }
        }
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) {
            return charsetForLabel(xml.group(1));
        }
        return null;
    }

    static Charset charsetForLabel(String label) {
        String l = label.trim().toLowerCase(Locale.ROOT);
        switch (l) {
            case "utf8", "utf-8", "unicode-1-1-utf-8", "x-unicode20utf8":
                return StandardCharsets.UTF_8;
            // A page cannot really be UTF-16 if its declaration was readable as ASCII (HTML spec).
            case "utf-16", "utf-16le", "utf-16be", "unicode":
                return StandardCharsets.UTF_8;
            // Browsers read Latin-1 and ASCII labels as Windows-1252, whose extra characters (’ « € œ)
            // French pages labelled Latin-1 do use.
            case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "cp819", "ibm819",
                    "us-ascii", "ascii", "ansi_x3.4-1968", "windows-1252", "cp1252", "x-cp1252":
                return WINDOWS_1252;
            default:
                try {
                    return Charset.forName(l);
                } catch (IllegalArgumentException e) {
                    return null;
                }
        }
    }

    /** Valid UTF-8, allowing one multi-byte character cut off at the end of a truncated download. */
    static boolean isValidUtf8(byte[] bytes) {
        return decodesAsUtf8(bytes, bytes.length) || decodesAsUtf8(bytes, withoutCutCharacter(bytes));
    }

    private static boolean decodesAsUtf8(byte[] bytes, int length) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static int withoutCutCharacter(byte[] bytes) {
        for (int i = bytes.length - 1; i >= Math.max(0, bytes.length - 3); i--) {
            int b = bytes[i] & 0xFF;
            if (b >= 0xC0) {
                int needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                return bytes.length - i < needed ? i : bytes.length;
            }
            if (b < 0x80) {
                break;
            }
        }
        return bytes.length;
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
