package org.summitcoverage.dict;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextFoldingTest {
    @Test
    void slugFollowsTheSchema() {
        assertEquals("amal-el-fallah-seghrouchni", TextFolding.slug("Amal El Fallah Seghrouchni"));
        assertEquals("union-europeenne", TextFolding.slug("Union européenne"));
        assertEquals("sommet-pour-l-action-sur-l-ia", TextFolding.slug("Sommet pour l’action sur l’IA"));
        assertEquals("cote-d-ivoire", TextFolding.slug("  Côte d'Ivoire !"));
    }

    @Test
    void foldingIgnoresCaseAccentsApostrophesAndHyphens() {
        assertEquals(TextFolding.fold("États-Unis"), TextFolding.fold("Etats Unis"));
        assertEquals(TextFolding.fold("Côte d’Ivoire"), TextFolding.fold("COTE D'IVOIRE"));
        assertEquals("l'inde", TextFolding.fold("l’Inde"));
    }

    /** The table path must give exactly what the definition gives, separators and all. */
    @Test
    void quickFoldingAgreesWithTheDefinition() {
        String alphabet = "aAzZéÉèÈêÊëËàÀâÂçÇîÎïÏôÔöÖùÙûÛüÜÿŸœŒæÆßñÑøØłŁıİ09'’‘`ʼ.,&/- \u00A0\u202F\t\n–‑«»:;!?()\u0301ĀāŠšŽž";
        java.util.Random random = new java.util.Random(19);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(12);
            for (int k = 0; k < len; k++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            assertEquals(TextFolding.foldFully(s), TextFolding.fold(s), () -> "folding of [" + s + "]");
        }
        for (String s : new String[] {"Côte d’Ivoire", " -États--Unis- ", "Œuvre", "ÆGIR", "Pays-Bas\u00A0", "l'ONU"}) {
            assertEquals(TextFolding.foldFully(s), TextFolding.fold(s), s);
        }
    }

    /** The per-thread table of folded words answers by key, not by hash: `Aa` and `BB` share a hash code. */
    @Test
    void cachedFoldingKeepsKeysApart() {
        assertEquals("Aa".hashCode(), "BB".hashCode());
        for (int n = 0; n < 3; n++) {
            assertEquals("aa", TextFolding.fold("Aa"));
            assertEquals("bb", TextFolding.fold("BB"));
            assertEquals("etats unis", TextFolding.fold("États-Unis"));
        }
    }
}
