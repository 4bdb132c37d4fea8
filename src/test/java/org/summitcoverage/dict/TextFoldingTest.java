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
}
