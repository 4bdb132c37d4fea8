package org.summitcoverage.clean;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GluedWordsTest {
    @Test
    void aKnownNameGluedToTheNextWordIsSplit() {
        assertEquals("Tous sauf la Bolivie ont signé.", GluedWords.repair("Tous sauf la Bolivieont signé."));
        assertEquals("le Sommet ibéro-américain qui s'est tenu ; les sommets ibéro-américains",
                GluedWords.repair("le Sommet ibéro-américainqui s'est tenu ; les sommets ibéro-américains"));
        assertEquals("Paul Ndong a signé, puis Ndong a parlé.", GluedWords.repair("Paul Ndonga signé, puis Ndong a parlé."));
        assertEquals("Paul Ndong, Amina Diallo ; M. Ndong", GluedWords.repair("Paul NdongAmina Diallo ; M. Ndong"));
    }

    @Test
    void twoNamesGluedInsideAListAndAPronounGluedToAnAdjectiveAreSplit() {
        assertEquals("Ama Mensah, Paul Essono Ndong, Amina Diallo, Kaïs Saïed",
                GluedWords.repair("Ama Mensah, Paul Essono NdongAmina Diallo, Kaïs Saïed"));
        assertEquals("le sommet afro-arabe qui s'est ouvert", GluedWords.repair("le sommet afro-arabequi s'est ouvert"));
    }

    @Test
    void brandsAndUnknownWordsStayWhole() {
        String brands = "le groupe TotalEnergies Afrique, le patron de ArcelorMittal Aditya Mittal";
        assertEquals(brands, GluedWords.repair(brands));
        String text = "YouTube, McDonald, OpenAI, WhatsApp et Alberta ; Paula a signé avec Paul ; le sommet est clos ; "
                + "le cabinet a siégé ; Bonnet a parlé à Bonn.";
        assertEquals(text, GluedWords.repair(text));
        String future = "Ils participeront et prendront la parole ; participer, prendre ; il participera demain.";
        assertEquals(future, GluedWords.repair(future));
    }
}
