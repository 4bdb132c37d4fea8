package org.summitcoverage.extract;

import org.junit.jupiter.api.Test;
import org.summitcoverage.dict.Dictionaries;
import org.summitcoverage.nlp.Sentence;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Named meetings on hand-built tokens (no model loaded); the sentences are invented. */
class EventRecognizerTest {
    private final GazetteerMatcher gazetteer = new GazetteerMatcher(Dictionaries.shared());
    private final EventRecognizer events = new EventRecognizer(Dictionaries.shared());

    private List<String> events(String text) {
        Sentence s = HandTokens.sentence(text);
        List<String> out = new ArrayList<>();
        for (Candidate c : events.recognize(text, s, gazetteer.match(text, s))) {
            out.add(c.text());
        }
        return out;
    }

    @Test
    void aNumberedEditionIsANamedMeetingWithItsDescriptor() {
        assertEquals(List.of("quatrième sommet sur la sûreté des barrages"),
                events("Le quatrième sommet sur la sûreté des barrages a réuni trente pays."));
        assertEquals(List.of("12è sommet de la francophonie"), events("Le 12è sommet de la francophonie se tiendra à Hanoï."));
        assertEquals(List.of("quarante-sixième session ordinaire de la Conférence des chefs d'État et de gouvernement de la CEDEAO"),
                events("Il a ouvert la quarante-sixième session ordinaire de la Conférence des chefs d'État et de gouvernement de la CEDEAO."));
    }

    @Test
    void anEditionNumberWithASuperscriptOrAHyphenedSuffixNumbersTheMeeting() {
        assertEquals(List.of("58ᵉ session ordinaire de la Conférence des chefs d'État de la SADC"),
                events("La 58ᵉ session ordinaire de la Conférence des chefs d'État de la SADC s'ouvre lundi."));
        assertEquals(List.of("23-ème sommet de la Francophonie"),
                events("Le 23-ème sommet de la Francophonie se tiendra au Laos."));
    }

    @Test
    void theLeadersAreNoNameButTheBodyAfterThemIs() {
        assertEquals(List.of("sommet ordinaire des Chefs d'Etat et de gouvernement de l'Union africaine"),
                events("Le sommet ordinaire des Chefs d'Etat et de gouvernement de l'Union africaine a débuté."));
        assertEquals(List.of(), events("Il participera au sommet des chefs d'État mardi."));
        assertEquals(List.of("sommet extraordinaire des Chefs d'Etat de la Communauté sahélo-saharienne"),
                events("Ils assistaient à un sommet extraordinaire des Chefs d'Etat de la Communauté sahélo-saharienne au Tchad."));
    }

    @Test
    void anArticleAfterTheHeadOpensAnInvertedSubjectNotAName() {
        // (r24) `Étaient présents à ce sommet le ministre des AE de X`: the people after `sommet` name no meeting
        assertEquals(List.of(), events("Étaient présents à ce sommet le ministre des AE de Russie et son homologue."));
        assertEquals(List.of("sommet extraordinaire de la Cédéao"), events("Le sommet extraordinaire de la Cédéao s'est tenu à Abuja."));
    }

    @Test
    void aDurationASessionOfAnOrganOrAPairingDialogueNamesNoMeeting() {
        assertEquals(List.of(), events("Un sommet de trois jours s'est ouvert."));
        assertEquals(List.of(), events("La suite du Sommet de trois jours est prévue."));
        assertEquals(List.of(), events("Il a pris part à la 12e session ordinaire du Conseil exécutif."));
        assertEquals(List.of(), events("La troisième session a commencé."));
        assertEquals(List.of(), events("Le dialogue Asie-Afrique est informel."));
    }

    @Test
    void anEnglishSummitNameIsAnEventWithItsYear() {
        assertEquals(List.of("Japan Africa leaders summit 2025"),
                events("Ils seront présents au « Japan Africa leaders summit 2025 », à Tokyo."));
        assertEquals(List.of("Green Growth Summit"), events("Le Mali a pris part au Green Growth Summit organisé à Séoul."));
    }

    @Test
    void aCompoundAdjectiveOfThePartiesNamesTheMeeting() {
        assertEquals(List.of("sommet italo-grec"), events("Le sommet italo-grec s'est tenu à Bari."));
        assertEquals(List.of("sommet afro-arabe extraordinaire"), events("Le sommet afro-arabe extraordinaire a adopté un texte."));
    }

    @Test
    void bothPartiesAndTheTopicCompleteTheName() {
        assertEquals(List.of("sommet Japon – Afrique"), events("C'est le sommet Japon – Afrique qui s'ouvre."));
        assertEquals(List.of("sommet de Kigali sur la santé"), events("La déclaration du sommet de Kigali sur la santé a été publiée."));
    }

    @Test
    void bothPartiesAcrossANonBreakingHyphenOrASlash() {
        assertEquals(List.of("sommet Union européenne \u2011 Ligue arabe"),
                events("Le sommet Union européenne \u2011 Ligue arabe s'est ouvert à Malte."));
        assertEquals(List.of("8e Sommet Union africaine/Union européenne"),
                events("Le 8e Sommet Union africaine/Union européenne aura lieu à Rome."));
    }
    @Test
    void theConferenceOfThePartiesInItsPressSpellings() {
        assertEquals(List.of("Cop 29", "CdP30", "COP-28"),
                events("La Cop 29 a déçu, la CdP30 devra faire mieux que la COP-28 de l'an passé."));
    }
    @Test
    void theForumOfATownIsAMeeting() {
        assertEquals(List.of("Forum de Davos"), events("La 55e édition du Forum de Davos s'ouvre lundi."));
    }
    @Test
    void aSummitNamedByItsPurposeIsAMeetingButNotAnOrdinalTime() {
        assertEquals(List.of("sommet international pour un nouveau contrat énergétique mondial"),
                events("La Norvège organise un sommet international pour un nouveau contrat énergétique mondial à Oslo."));
        assertEquals(List.of(), events("Le Ghana accueille le sommet pour la première fois depuis sa création."));
    }

    @Test
    void aCapitalisedNameEndsAtTheAuxiliaryOfACompoundTense() {
        assertEquals(List.of("Sommet de Mopti"), events("Le Sommet de Mopti aura permis une fois de plus de rapprocher les voisins."));
        assertEquals(List.of("Forum de Kindia"), events("Le Forum de Kindia fut un succès pour les organisateurs."));
    }

    @Test
    void aMeetingSeriesNamedByItsOwnShortNameIsAMeetingWithItsEdition() {
        assertEquals(List.of("TICAD"), events("La TICAD réunit tous les trois ans le Japon et ses partenaires."));
        assertEquals(List.of("Ticad 11"), events("Le Gabon accueillera la Ticad 11 à Libreville."));
        assertEquals(List.of("TICAD VIII"), events("En tant que pays hôte de la TICAD VIII, le Japon a promis des fonds."));
        assertEquals(List.of("CHOGM 2028"), events("Le CHOGM 2028 se tiendra aux Bahamas."));
        assertEquals(List.of("UNEA-7"), events("Les ministres préparent l'UNEA-7 à Nairobi."));
        assertEquals(List.of(), events("La ticad est un sigle connu."));
    }

    @Test
    void anArticleRightAfterACapitalisedNameOpensTheNextPhrase() {
        assertEquals(List.of(), events("Ont participé au Sommet les présidents malien et nigérien."));
        assertEquals(List.of("Sommet de Lomé"), events("Il a évoqué le Sommet de Lomé la semaine dernière."));
    }
}
