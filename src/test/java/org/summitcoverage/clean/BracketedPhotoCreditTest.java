package org.summitcoverage.clean;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** (h22-ents) A photo credit in square brackets closing a caption, as Swiss public media write them: furniture. */
class BracketedPhotoCreditTest {
    private final FurnitureCleaner cleaner = new FurnitureCleaner();

    @Test
    void anAgencyAndAPhotographerInSquareBracketsAreCutFromTheCaption() {
        String raw = """
                Le sommet de Tanvar

                La déclaration finale du sommet de Tanvar soutenue par 60 pays. [KEYSTONE - ANNA ROJAS]

                Le suivi du sommet entre les deux présidents. [RTS]

                Une vue du lac. [AFP - Paul Addaba]
                """;
        assertEquals("Le sommet de Tanvar\n\nLa déclaration finale du sommet de Tanvar soutenue par 60 pays.\n\n"
                + "Le suivi du sommet entre les deux présidents.\n\nUne vue du lac.", cleaner.clean(raw).text());
    }

    @Test
    void anEditorsInsertionInTheSentenceStays() {
        String raw = "Le ministre a affirmé que [le texte] serait signé, selon le communiqué du ministère publié lundi.";
        assertEquals(raw, cleaner.clean(raw).text());
    }
}
