package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ListHeaderReadingTest {
    private static Set<String> rows(HandParse p) {
        Set<String> out = new TreeSet<>();
        new ListHeaderReading(HandParse.CUES, HandParse.WORDS).read(p.annotated(), p.mentions()).forEach(l -> out.add(
                l.finding().role() + " " + l.finding().mention().entityId()
                        + (l.finding().onBehalfOf() == null ? "" : " for " + l.finding().onBehalfOf()) + " @" + l.sentenceIndex()));
        return out;
    }

    @Test
    void theHeadersRoleReachesEveryLineOfTheListUntilProse() {
        HandParse p = HandParse.lines("Les chefs d'État suivants ont participé au sommet :",
                "– Ana Ruiz, présidente du Pérou ;",
                "– Luis Mora, président du Chili ;",
                "– Kofi Boateng, président du Ghana.",
                "La séance a ensuite été levée par les ministres, qui ont longuement discuté du budget de l'an prochain avec leurs collègues.")
                .entity("Ana Ruiz", "person:ana-ruiz").entity("Pérou", "country:PE")
                .entity("Luis Mora", "person:luis-mora").entity("Chili", "country:CL")
                .entity("Kofi Boateng", "person:kofi-boateng").entity("Ghana", "country:GH");
        assertEquals(Set.of("PARTICIPANT person:ana-ruiz @1", "PARTICIPANT person:luis-mora @2",
                "PARTICIPANT person:kofi-boateng @3"), rows(p));
    }

    @Test
    void aListOfStatesAfterAnInvertedHeaderSplitOnSemicolons() {
        HandParse p = HandParse.of("Ont signé la déclaration : le Chili ; le Pérou ; l'Équateur.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE").entity("Équateur", "country:EC");
        assertEquals(Set.of("SIGNATORY country:CL @0", "SIGNATORY country:PE @0", "SIGNATORY country:EC @0"), rows(p));
    }

    @Test
    void aListTheSentenceBeforeAnnounces() {
        HandParse p = HandParse.of("Dix chefs d'État participeront au sommet.", "Il s'agit des présidents : Ana Ruiz ; Luis Mora et Kofi Boateng.")
                .entity("Ana Ruiz", "person:ana-ruiz").entity("Luis Mora", "person:luis-mora").entity("Kofi Boateng", "person:kofi-boateng");
        assertEquals(Set.of("PARTICIPANT person:ana-ruiz @1", "PARTICIPANT person:luis-mora @1",
                "PARTICIPANT person:kofi-boateng @1"), rows(p));
    }

    @Test
    void aMinisterInAListOfHeadsOfStateOrTheirRepresentativesLeadsADelegation() {
        HandParse p = HandParse.lines("Les chefs d'État ou leurs représentants ont participé au sommet :",
                "– Ana Ruiz, présidente du Pérou ;",
                "– Luis Mora, ministre des Affaires étrangères du Chili.")
                .entity("Ana Ruiz", "person:ana-ruiz").entity("Pérou", "country:PE")
                .entity("Luis Mora", "person:luis-mora").entity("Chili", "country:CL");
        assertEquals(Set.of("PARTICIPANT person:ana-ruiz @1", "DELEGATION_HEAD person:luis-mora for country:CL @2"), rows(p));
    }

    @Test
    void aHolderNamedBeforeTheColonMakesNoHeader() {
        HandParse p = HandParse.lines("Le Chili a signé les textes suivants :", "– la déclaration de Lima ;", "– le pacte du Pérou.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE");
        assertEquals(Set.of(), rows(p));
    }

    @Test
    void aParticipleThatQualifiesANounHeadsNoList() {
        HandParse p = HandParse.lines("Six dialogues organisés sur :", "– la dette du Chili ;", "– le climat au Pérou.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE");
        assertEquals(Set.of(), rows(p));
    }

    @Test
    void aQuotationAfterTheColonIsNoList() {
        HandParse p = HandParse.of("Le sommet a été présidé par le ministre, qui a déclaré : « Le Chili et le Pérou sont prêts ».")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE");
        assertEquals(Set.of(), rows(p));
    }

    @Test
    void joiningPeopleIsAttending() {
        HandParse p = HandParse.of("De grandes figures se joindront : Ana Ruiz ; Luis Mora.")
                .entity("Ana Ruiz", "person:ana-ruiz").entity("Luis Mora", "person:luis-mora");
        assertEquals(Set.of("PARTICIPANT person:ana-ruiz @0", "PARTICIPANT person:luis-mora @0"), rows(p));
    }

    @Test
    void anItemWhoseNameWasNotRecognisedGivesNoRowToTheCountryOfTheTitle() {
        HandParse p = HandParse.lines("Les chefs d'État suivants ont participé au sommet :",
                "– Ana Ruiz, présidente du Pérou ;",
                "– M. Inconnu, ministre des Affaires étrangères du Chili.")
                .entity("Ana Ruiz", "person:ana-ruiz").entity("Pérou", "country:PE").entity("Chili", "country:CL");
        assertEquals(Set.of("PARTICIPANT person:ana-ruiz @1"), rows(p));
    }

    @Test
    void aListCutByALineBreakRunsOnIntoTheNextLine() {
        HandParse p = HandParse.lines("Ont confirmé leur venue : le Péruvien Ana Ruiz, le Chilien", "Luis Mora et le Ghanéen Kofi Boateng.")
                .entity("Ana Ruiz", "person:ana-ruiz").entity("Luis Mora", "person:luis-mora").entity("Kofi Boateng", "person:kofi-boateng");
        assertEquals(Set.of("PARTICIPANT person:ana-ruiz @0", "PARTICIPANT person:luis-mora @1", "PARTICIPANT person:kofi-boateng @1"), rows(p));
    }

    @Test
    void aShortLineThatDividesTheListLetsItGoOn() {
        HandParse p = HandParse.lines("Parmi les présents, on relève :", "La présidente péruvienne Ana Ruiz,", "Côté européen :",
                "Le Premier ministre belge Luc Janssens.")
                .entity("péruvienne", "country:PE").entity("Ana Ruiz", "person:ana-ruiz").entity("belge", "country:BE")
                .entity("Luc Janssens", "person:luc-janssens");
        assertEquals(Set.of("PARTICIPANT person:ana-ruiz @1", "PARTICIPANT person:luc-janssens @3"), rows(p));
    }

    @Test
    void aListOfTopicsAfterSurIsNoListOfHolders() {
        HandParse p = HandParse.of("Les ministres ont pris part à quatre tables rondes sur : la dette ; le rôle de la Banque "
                        + "africaine ; la santé.")
                .entity("Banque africaine", "org:banque-africaine");
        assertEquals(Set.of(), rows(p));
    }

    @Test
    void aListOfHoldersAfterAnotherWordBeforeTheColon() {
        HandParse p = HandParse.of("Ont pris part aux quatre tables rondes : le Chili ; le Pérou.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE");
        assertEquals(Set.of("PARTICIPANT country:CL @0", "PARTICIPANT country:PE @0"), rows(p));
    }

    @Test
    void theHeadAnItemRepresentsIsNoItemOfTheList() {
        // (h22-afr) `…, représentant S.E. D, Président du Ghana`: D stayed away
        HandParse p = HandParse.of("Ont participé à cette réunion : M. Ana Ruiz, Présidente du Pérou ; M. Luis Mora, Président du "
                        + "Chili et M. Kofi Boateng, Ministre de la Défense, représentant S.E. Yaw Asante, Président du Ghana.")
                .entity("Ana Ruiz", "person:ana-ruiz").entity("Pérou", "country:PE")
                .entity("Luis Mora", "person:luis-mora").entity("Chili", "country:CL")
                .entity("Kofi Boateng", "person:kofi-boateng").entity("Yaw Asante", "person:yaw-asante")
                .entity("Ghana", "country:GH");
        assertEquals(Set.of("PARTICIPANT person:ana-ruiz @0", "PARTICIPANT person:luis-mora @0",
                "PARTICIPANT person:kofi-boateng @0"), rows(p));
    }

    @Test
    void thePresidencyOfABodyHeadsNoList() {
        // (h22-afr) a headline on the bloc's rotating presidency, run on into the lede by the missing full stop
        HandParse p = HandParse.of("Présidence de l'UNESCO : le chef d'État qui dirigera l'organisation est connu. Le Chili et le Pérou ont participé au sommet.")
                .entity("UNESCO", "org:unesco").entity("Chili", "country:CL").entity("Pérou", "country:PE");
        assertEquals(Set.of(), rows(p).stream().filter(r -> r.startsWith("CHAIR")).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void anAttendancePhraseAfterTheNamedSubjectHeadsTheColonsList() {
        HandParse p = HandParse.of("La ministre Ana Ruiz a ouvert vendredi le forum de Lindau, avec la participation des dirigeants des pays voisins : Chili, Pérou, Équateur.")
                .entity("Ana Ruiz", "person:ana-ruiz").entity("Chili", "country:CL").entity("Pérou", "country:PE")
                .entity("Équateur", "country:EC");
        assertEquals(Set.of("PARTICIPANT country:CL @0", "PARTICIPANT country:PE @0", "PARTICIPANT country:EC @0"), rows(p));
    }

    @Test
    void anotherCueAfterTheNamedSubjectHeadsNothing() {
        HandParse p = HandParse.of("Le ministre Luis Mora a signé vendredi à Lindau trois accords commerciaux avec les pays voisins : Chili, Pérou, Équateur.")
                .entity("Luis Mora", "person:luis-mora").entity("Chili", "country:CL").entity("Pérou", "country:PE")
                .entity("Équateur", "country:EC");
        assertEquals(Set.of(), rows(p));
    }

    @Test
    void aBodyInsideTheMeetingsNameIsNoItem() {
        // (h27-ocean) the colon opens the meeting's name, whose `Nations unies` is a word of the name, not a guest
        HandParse p = HandParse.of("Cette semaine, Dakar accueille le grand rendez-vous de la mer : la Conférence des Nations unies sur les mangroves.")
                .entity("Conférence des Nations unies sur les mangroves", "event:conference-mangroves")
                .entity("Nations unies", "org:organisation-des-nations-unies");
        assertEquals(Set.of(), rows(p));
    }

    @Test
    void aListSetOffByDashesAfterTheCueIsTheCuesList() {
        // (h28-onu) the header runs from the word after the last holder before the dash (`veto russe`)
        HandParse p = HandParse.of("Malgré le veto russe, trois pays se sont abstenus – le Pérou, la Bolivie et l'Équateur –, un score salué par l'Uruguay.")
                .entity("russe", "country:RU").entity("Pérou", "country:PE").entity("Bolivie", "country:BO")
                .entity("Équateur", "country:EC").entity("Uruguay", "country:UY");
        assertEquals(Set.of("NON_SIGNATORY country:PE @0", "NON_SIGNATORY country:BO @0", "NON_SIGNATORY country:EC @0"), rows(p));
    }

    @Test
    void anAsideBetweenDashesListsNoOne() {
        HandParse p = HandParse.of("Le Pérou a accueilli – pour la première fois depuis la visite du Chili – le sommet andin.")
                .entity("Pérou", "country:PE").entity("Chili", "country:CL");
        assertEquals(Set.of(), rows(p));
    }
}
