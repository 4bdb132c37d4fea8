package org.summitcoverage.clean;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FurnitureCleanerTest {
    private final FurnitureCleaner cleaner = new FurnitureCleaner();

    @Test
    void sampleArticleKeepsTitleAndBodyAndDropsEveryTeaser() throws IOException {
        String raw = Files.readString(Path.of("corpus/sommet-paris-ia-maroc.txt"), StandardCharsets.UTF_8);
        CleanText clean = cleaner.clean(raw);
        String t = clean.text();
        assertTrue(t.startsWith("Sommet de Paris: 60 pays dont le Maroc votent pour une IA durable et inclusive\n\n"), t);
        assertTrue(t.contains("Amal El Fallah Seghrouchni"));
        assertTrue(t.endsWith("gouvernance mondiale de l’intelligence artificielle."));
        for (String furniture : new String[]{"Accueil", "Published on", "Lire aussi", "Aïn Sebaâ", "Marjane", "Safi",
                "spot_img", "Latest articles", "Jazzablanca", "Casablanca"}) {
            assertFalse(t.contains(furniture), furniture + " leaked into " + t);
        }
        assertEquals("Sommet de Paris: 60 pays dont le Maroc votent pour une IA durable et inclusive", clean.firstLineTitle());
    }

    @Test
    void inlineReadAlsoLineIsDroppedButFollowingBodyKept() {
        String raw = """
                Le Brésil accueillera la prochaine édition du sommet, a annoncé mardi la présidence.

                Lire aussi : Le G20 de Rio s'ouvre sur fond de divisions

                Les délégations ont ensuite adopté une déclaration commune sur la dette des pays les plus pauvres, après deux jours de discussions.
                """;
        String t = cleaner.clean(raw).text();
        assertFalse(t.contains("Lire aussi"));
        assertFalse(t.contains("G20 de Rio"));
        assertTrue(t.contains("Les délégations ont ensuite adopté"));
    }

    @Test
    void breadcrumbBylineShareAndCookieLinesAreDropped() {
        String raw = """
                AccueilMondeAfriqueLe sommet de l'Union africaine s'ouvre à Addis-Abeba
                Publié le 12/03/2025 à 10h15
                Par Awa Diop
                Partager sur Facebook
                Nous utilisons des cookies pour améliorer votre navigation. Accepter / Refuser
                Les chefs d'État africains se retrouvent ce week-end pour désigner la nouvelle présidence tournante de l'organisation.
                """;
        String t = cleaner.clean(raw).text();
        assertEquals("Le sommet de l'Union africaine s'ouvre à Addis-Abeba\n\nLes chefs d'État africains se retrouvent ce "
                + "week-end pour désigner la nouvelle présidence tournante de l'organisation.", t);
    }

    @Test
    void captionCreditTagsAndGluedLatestNewsAreDropped() {
        String raw = """
                Les deux dirigeants à Mascate, le 3 mars 2024. © Cour royale/Agence X via AFP
                Les ministres ont adopté une feuille de route commune pour la sécurité maritime dans la région.
                12:40Sports - Bordeaux : comment l'entraîneur a relancé son équipe
                (Tagstotranslate) Diplomatie
                Vos réactions doivent respecter nos CGU.
                """;
        String t = cleaner.clean(raw).text();
        assertEquals("Les deux dirigeants à Mascate, le 3 mars 2024.\n\nLes ministres ont adopté une feuille de route "
                + "commune pour la sécurité maritime dans la région.", t);
    }

    @Test
    void bodyLineStartingWithParIsNotMistakenForAByline() {
        String t = cleaner.clean("Par ailleurs, la France a signé le texte final.").text();
        assertEquals("Par ailleurs, la France a signé le texte final.", t);
    }

    @Test
    void emptyAndFurnitureOnlyInputGiveEmptyText() {
        assertTrue(cleaner.clean("").isEmpty());
        assertTrue(cleaner.clean("Lire aussi\nUn autre sujet\nUne accroche coupée...\nspot_img").isEmpty());
    }

    @Test
    void shareBarsAndAuthorBiosAreDroppedButAJournalistInTheNewsIsKept() {
        String raw = """
                Partager sur Facebook | Partager sur WhatsApp | Imprimer

                Recevez chaque matin l'essentiel de l'actualité sahélienne.

                Le sommet s'est ouvert mardi à Lomé en présence d'une trentaine de chefs d'État et de gouvernement.

                Le journaliste Koffi Amegan, détenu depuis mars, a été libéré à la veille du sommet, a annoncé sa rédaction.

                À propos de l'auteur
                Nadia Ferhat est journaliste au service International. Elle couvre l'Afrique de l'Ouest depuis 2018.
                """;
        String t = cleaner.clean(raw).text();
        assertFalse(t.contains("Partager"), t);
        assertFalse(t.contains("Recevez"), t);
        assertFalse(t.contains("Nadia Ferhat"), t);
        assertFalse(t.contains("propos de l'auteur"), t);
        assertTrue(t.contains("Le sommet s'est ouvert mardi"), t);
        assertTrue(t.contains("Koffi Amegan, détenu depuis mars"), t);
    }
}
