package org.summitcoverage.corpus;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextDecoderTest {
    @Test
    void utf8WithAndWithoutBom() {
        byte[] plain = "Côte d’Ivoire".getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        assertEquals("Côte d’Ivoire", TextDecoder.decode(plain));
        assertEquals("Côte d’Ivoire", TextDecoder.decode(bom));
    }

    @Test
    void windows1252IsRecognisedByItsInvalidUtf8() {
        byte[] latin = "Le président sénégalais a signé l’accord à Kigali".getBytes(Charset.forName("windows-1252"));
        assertEquals("Le président sénégalais a signé l’accord à Kigali", TextDecoder.decode(latin));
    }

    @Test
    void decomposedAccentsAreNormalisedToNfc() {
        assertEquals("é", TextDecoder.decode("e\u0301".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void binaryContentIsDetected() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertTrue(TextDecoder.looksBinary(png));
        assertFalse(TextDecoder.looksBinary("Un texte ordinaire.\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aSoftHyphenReadAsWindows1252IsDroppedInsideAWord() {
        assertEquals("les signataires de la République", TextDecoder.repairSoftHyphens("les si\u00C2gna\u00C2taires de la Républi\u00C2\u00ADque"));
        assertEquals("ÂGE Â la", TextDecoder.repairSoftHyphens("ÂGE Â la"));
    }
}
