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
    void lastCrumbOfABreadcrumbFillingItsLineIsDropped() {
        String raw = """
                AccueilActualitéPolitiqueAfrique de l’Ouest
                Sommet à Banjul : les dirigeants de la sous-région adoptent une feuille de route
                AccueilInternationalMonde arabe et islamique
                AccueilMondeLe G7 divisé
                """;
        assertEquals("Sommet à Banjul : les dirigeants de la sous-région adoptent une feuille de route\n\nLe G7 divisé",
                cleaner.clean(raw).text());
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

    @Test
    void datelineIsSetApartFromTheLedeItOpens() {
        String raw = """
                Sommet de Maputo : huit pays signent le pacte sur la pêche

                MAPUTO, 12 avril (Reuters) - Le Mozambique a accueilli jeudi huit États riverains.

                Windhoek, le 3 mai 2026 (NAMPA) – La Namibie a signé le pacte.

                Le texte entrera en vigueur en juin.
                """;
        assertEquals("Sommet de Maputo : huit pays signent le pacte sur la pêche\n\n"
                + "MAPUTO, 12 avril (Reuters) -\n\nLe Mozambique a accueilli jeudi huit États riverains.\n\n"
                + "Windhoek, le 3 mai 2026 (NAMPA) –\n\nLa Namibie a signé le pacte.\n\n"
                + "Le texte entrera en vigueur en juin.", cleaner.clean(raw).text());
    }

    @Test
    void datelineShapesOfOtherAgenciesAndBareCapitals() {
        assertEquals("LUSAKA –\n\nLa Zambie a signé.", cleaner.clean("LUSAKA – La Zambie a signé.").text());
        assertEquals("QUITO – DIARIO SUR (MUNDO) –\n\nLe sommet s'ouvre.", cleaner.clean("QUITO – DIARIO SUR (MUNDO) – Le sommet s'ouvre.").text());
        assertEquals("OSLO, 4 juin. / NTB/.\n\nLa Norvège signe.", cleaner.clean("OSLO, 4 juin. / NTB/. La Norvège signe.").text());
        assertEquals("Praia, le 2 juillet :\n\nLes chefs d'État ont signé.", cleaner.clean("Praia, le 2 juillet : Les chefs d'État ont signé.").text());
        assertEquals("PORT-LOUIS, 9 mars (Xinhua) --\n\nMaurice a signé.", cleaner.clean("PORT-LOUIS, 9 mars (Xinhua) -- Maurice a signé.").text());
        // agencies abbreviate the month
        assertEquals("Bamako, 7 févr (AMAP) -\n\nLe Mali a signé.", cleaner.clean("Bamako, 7 févr (AMAP) - Le Mali a signé.").text());
        assertEquals("Niamey, 21 sept. (ANP) –\n\nLe Niger a signé.", cleaner.clean("Niamey, 21 sept. (ANP) – Le Niger a signé.").text());
        // a title-case city with its country in brackets before a dash places the story as a date would
        assertEquals("Niamey (Niger) –\n\nLa Côte d'Ivoire a signé.", cleaner.clean("Niamey (Niger) – La Côte d'Ivoire a signé.").text());
        assertEquals("Bata (Guinée équatoriale) -\n\nLe Gabon a signé.", cleaner.clean("Bata (Guinée équatoriale) - Le Gabon a signé.").text());
        // a headline that opens with names is no dateline: a title-case place needs a date, an agency or its country
        assertEquals("Asie – Pacifique : les dirigeants réunis à Apia", cleaner.clean("Asie – Pacifique : les dirigeants réunis à Apia").text());
        assertEquals("Le Chili – Le Pérou : un match nul", cleaner.clean("Le Chili – Le Pérou : un match nul").text());
        // further down the page, a line is no longer a dateline
        String deep = "a\n\nb\n\nc\n\nd\n\ne\n\nf\n\ng\n\nh\n\nLIMA – Le Pérou a signé.";
        assertTrue(cleaner.clean(deep).text().endsWith("LIMA – Le Pérou a signé."));
    }

    @Test
    void agencySignOffInitialsAreDropped() {
        String raw = """
                Le Burundi a signé la charte.

                KTB/ASN

                mb/rk.
                """;
        assertEquals("Le Burundi a signé la charte.", cleaner.clean(raw).text());
    }

    @Test
    void tableRowsKeepTheirCellsApart() {
        String raw = """
                Délégation | Chef | Titre
                Fidji | Epeli Naqara | ministre des Affaires étrangères
                Tonga\tSione Fifita\tPremier ministre
                Sommet du Pacifique | Le Journal des îles
                """;
        assertEquals("Délégation ; Chef ; Titre\n\nFidji ; Epeli Naqara ; ministre des Affaires étrangères\n\n"
                + "Tonga ; Sione Fifita ; Premier ministre\n\nSommet du Pacifique | Le Journal des îles", cleaner.clean(raw).text());
    }

    @Test
    void captionsCreditsBylinesCommentsAndFootersOfRealPagesAreDropped() {
        String raw = """
                Sommet de Suva : le Pacifique uni face à la montée des eaux

                Les dirigeants de quatorze États insulaires ont adopté mardi une déclaration commune sur la montée des eaux, au terme de deux jours de réunion à Suva.

                Photo : Le Premier ministre fidjien Ratu Vuki et son homologue tongien Sione Fifita posent devant le centre de conférences, mardi, à l'ouverture du sommet.

                Une délégation des Samoa conduite par Tala Leota a rejoint la déclaration. (Photo by Mere Tui / PNA)

                Propos recueillis par Hina Moana

                Rédigé par Teva Rai le 04/05/2026 à 18:10

                (Avec PNA et AFP)

                Source : PNA

                Lire la suite

                Cet article vous a plu ? Partagez-le !

                © 2026 Les Nouvelles du Pacifique. Tous droits réservés.

                Mentions légales | Contact | Plan du site

                Commentaires (3)

                Loto Peni - il y a 3 heures
                Et Nauru ? Personne n'en parle.
                Signaler un abus
                """;
        assertEquals("Sommet de Suva : le Pacifique uni face à la montée des eaux\n\n"
                + "Les dirigeants de quatorze États insulaires ont adopté mardi une déclaration commune sur la montée des eaux, "
                + "au terme de deux jours de réunion à Suva.\n\n"
                + "Une délégation des Samoa conduite par Tala Leota a rejoint la déclaration.", cleaner.clean(raw).text());
    }

    @Test
    void readAlsoWithOtherSeparatorsCorrespondentLinesAndWireCreditsAreDropped() {
        String raw = """
                Les Tonga et les Fidji ont signé lundi à Nukualofa le pacte régional sur la pêche.

                Avec notre correspondant à Suva, Joeli Vatu

                De notre envoyée spéciale à Nukualofa, Ana Taufa

                LIRE AUSSI >> Nauru rejoint l'alliance de la pêche

                À lire aussi | Kiribati boude le sommet

                Le Premier ministre tongien lors de la signature, le 5 mai 2026. REUTERS/Pita Lolo

                Par la rédaction avec AFP
                """;
        assertEquals("Les Tonga et les Fidji ont signé lundi à Nukualofa le pacte régional sur la pêche.\n\n"
                + "Le Premier ministre tongien lors de la signature, le 5 mai 2026.", cleaner.clean(raw).text());
    }

    @Test
    void teaserBlocksUnderOtherHeadingsAndTextByLinesAreDropped() {
        String raw = """
                Sommet de Honiara : les Salomon accueillent leurs voisins

                Texte par : Mele Tasi

                Les Îles Salomon ont accueilli jeudi le sommet des États mélanésiens. Le Premier ministre papou Kila Wari y a pris part, ainsi que le président du Vanuatu.

                Pour aller plus loin
                Les Fidji et Nauru signent un accord de pêche
                Sommet de Port-Vila : les Tonga invitées

                Sur le même thème
                Le Vanuatu rejoint l'alliance du Pacifique

                Autres articles
                Samoa et Kiribati signent un pacte

                En lien avec cet article
                Tuvalu boude la réunion

                Recommandé pour vous
                Palau et la Micronésie signent un traité
                """;
        assertEquals("Sommet de Honiara : les Salomon accueillent leurs voisins\n\n"
                + "Les Îles Salomon ont accueilli jeudi le sommet des États mélanésiens. Le Premier ministre papou Kila Wari y a pris part, "
                + "ainsi que le président du Vanuatu.", cleaner.clean(raw).text());
    }

    @Test
    void categoryLinesAndAThreadOfCommentsAreDropped() {
        String raw = """
                Le Laos a rejoint jeudi l'initiative du Mékong pour l'eau lancée lors du sommet de Vientiane, a annoncé la présidence laotienne.

                Partager cet article

                Catégories : Asie, Cambodge, Thaïlande, Politique
                Sujets associés : Vietnam ; Birmanie ; ASEAN
                Classé dans : Chine, Japon
                Dans cet article : Inde, Népal

                2 réponses à « Le Laos rejoint l'initiative du Mékong »

                Somchai Vong dit :
                15 mars 2026 à 14 h 32 min
                La Birmanie doit signer aussi !
                Répondre
                """;
        assertEquals("Le Laos a rejoint jeudi l'initiative du Mékong pour l'eau lancée lors du sommet de Vientiane, a annoncé la présidence laotienne.",
                cleaner.clean(raw).text());
    }

    @Test
    void liveBlogTimeStampsAreRemovedAndTheirEntriesKept() {
        String raw = """
                Sommet de Malé : suivez la journée en direct

                09h05 – Le président maldivien Ibrahim Nasir ouvre le sommet.
                10:40 Le Bhoutan et le Népal ont rejoint la déclaration.
                11h15 : Pause.
                04:13Monde - Les titres du jour

                Notre journaliste Aisha Latheef, à Malé
                """;
        assertEquals("Sommet de Malé : suivez la journée en direct\n\n"
                + "Le président maldivien Ibrahim Nasir ouvre le sommet.\n\nLe Bhoutan et le Népal ont rejoint la déclaration.\n\n"
                + "Pause.", cleaner.clean(raw).text());
    }

    @Test
    void bylinesOfSeveralWritersOrOfAnOutletWithItsAgencyAreDropped() {
        String raw = """
                Par Ioana Marin et Radu Stoica

                Par Le Journal du Danube avec AFP

                Par ailleurs, la Moldavie a signé la déclaration de Constanța.
                """;
        assertEquals("Par ailleurs, la Moldavie a signé la déclaration de Constanța.", cleaner.clean(raw).text());
    }

    @Test
    void aTeaserGluedToTheEndOfAParagraphIsCutOff() {
        String raw = """
                La Mongolie a accueilli samedi le sommet des steppes. Lire aussi : Le Kazakhstan et le Kirghizstan signent un pacte

                Le président kazakh Nurlan Abenov a pris part aux travaux. À lire également >> L'Ouzbékistan boude le sommet
                """;
        assertEquals("La Mongolie a accueilli samedi le sommet des steppes.\n\nLe président kazakh Nurlan Abenov a pris part aux travaux.",
                cleaner.clean(raw).text());
    }

    @Test
    void aBracketedPhotoCreditACorrespondentsBylineAndAWireTrailerOfWritersAreDropped() {
        String raw = """
                Sommet de Lomé : le Togo et le Bénin signent

                Le Togo et le Bénin ont signé lundi le protocole sur la libre circulation.

                (Photo : Agence togolaise / Kossi Agbeko)

                Par notre envoyée spéciale à Lomé, Awa Sidibé-Konan

                Reportage de Yaw Boateng et Afi Mensah ; rédaction de Kofi Adjei

                Rédaction de la déclaration finale : les experts ont travaillé toute la nuit.
                """;
        assertEquals("Sommet de Lomé : le Togo et le Bénin signent\n\nLe Togo et le Bénin ont signé lundi le protocole sur la "
                + "libre circulation.\n\nRédaction de la déclaration finale : les experts ont travaillé toute la nuit.",
                cleaner.clean(raw).text());
    }

    @Test
    void aListOfOtherVideosAndAWirePhotoCreditInBracketsAreDropped() {
        String raw = """
                Sommet de Lusaka : les ministres du Zambèze adoptent un plan

                Le ministre angolais Rui Tavares est accueilli par son homologue zambien (Bwalya Mumba/AFP via Getty, Pool)

                Les ministres des cinq pays riverains ont adopté jeudi à Lusaka un plan commun de gestion du fleuve Zambèze.

                02:31
                Namibie : le port de Walvis Bay double sa capacité
                Aller à la vidéo
                Botswana : la Banque centrale relève son taux
                00:58
                Le Malawite Chisomo Banda prend la tête de la commission du Comesa
                """;
        assertEquals("Sommet de Lusaka : les ministres du Zambèze adoptent un plan\n\nLe ministre angolais Rui Tavares est "
                + "accueilli par son homologue zambien\n\nLes ministres des cinq pays riverains ont adopté jeudi à Lusaka un "
                + "plan commun de gestion du fleuve Zambèze.", cleaner.clean(raw).text());
    }
}
