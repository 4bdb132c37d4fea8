package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AttendanceNounReadingTest {
    private final AttendanceNounReading reading = new AttendanceNounReading();

    @Test
    void theStatesAndPeopleWhoseParticipationIsStated() {
        HandParse p = HandParse.of("Le sommet s'est ouvert avec la participation du Chili.")
                .entity("Chili", "country:CL").edge("ouvert", "obl:avec", "participation").edge("participation", "nmod:de", "Chili");
        assertEquals(Set.of("PARTICIPANT country:CL"), p.rows(reading, "participation"));
        HandParse person = HandParse.of("La Maison Blanche a confirmé la présence de la vice-présidente Ana Ruiz au sommet.")
                .entity("Ana Ruiz", "person:ana-ruiz")
                .edge("confirmé", "obj", "présence").edge("présence", "nmod:de", "vice-présidente")
                .edge("vice-présidente", "appos", "Ana").edge("présence", "nmod:à", "sommet");
        assertEquals(Set.of("PARTICIPANT person:ana-ruiz"), person.rows(reading, "présence"));
    }

    @Test
    void aCancelledVenueIsNone() {
        HandParse p = HandParse.of("Luis Mora a annulé la venue du Chili.")
                .entity("Chili", "country:CL").edge("annulé", "obj", "venue").edge("venue", "nmod:de", "Chili");
        assertEquals(Set.of(), p.rows(reading, "venue"));
    }

    @Test
    void aParticipationInSomethingOtherThanAMeetingIsNone() {
        HandParse p = HandParse.of("La participation du Chili à la guerre a été dénoncée.")
                .entity("Chili", "country:CL").edge("participation", "nmod:de", "Chili").edge("participation", "nmod:à", "guerre");
        assertEquals(Set.of(), p.rows(reading, "participation"));
    }

    @Test
    void aPossessiveAttendanceIsTheSubjects() {
        HandParse p = HandParse.of("Ana Ruiz a honoré le sommet de sa présence.")
                .entity("Ana Ruiz", "person:ana-ruiz")
                .edge("honoré", "nsubj", "Ana").edge("honoré", "obl:de", "présence").edge("présence", "det", "sa");
        assertEquals(Set.of("PARTICIPANT person:ana-ruiz"), p.rows(reading, "présence"));
    }

    @Test
    void theLaterItemsOfAListOfTitlesTheParserNestsAttendToo() { // (h21-traites)
        HandParse p = HandParse.of("Le sommet connaît la participation du président chilien Luis Mora, du président du Ghana Kofi Addaba et du président de la Banque Ana Ruiz.")
                .entity("Luis Mora", "person:luis-mora").entity("Kofi Addaba", "person:kofi-addaba").entity("Ana Ruiz", "person:ana-ruiz")
                .edge("connaît", "obj", "participation").edge("participation", "nmod:de", "président")
                .edge("président", "appos", "Luis").edge("président", "nmod:de", "président#2")
                .edge("président#2", "punct", ",").edge("président#2", "nmod:de", "Ghana").edge("Ghana", "flat:name", "Kofi")
                .edge("président#2", "nmod:de", "président#3").edge("président#3", "cc", "et")
                .edge("président#3", "nmod:de", "Banque").edge("président#3", "appos", "Ana");
        assertEquals(Set.of("PARTICIPANT person:luis-mora", "PARTICIPANT person:kofi-addaba", "PARTICIPANT person:ana-ruiz"),
                p.rows(reading, "participation"));
    }

    @Test
    void aTitleOfATitleIsNoListItem() { // (h21-traites)
        HandParse p = HandParse.of("Le sommet connaît la participation du conseiller du président Luis Mora.")
                .entity("Luis Mora", "person:luis-mora")
                .edge("connaît", "obj", "participation").edge("participation", "nmod:de", "conseiller")
                .edge("conseiller", "nmod:de", "président").edge("président", "appos", "Luis");
        assertEquals(Set.of(), p.rows(reading, "participation"));
    }

    @Test
    void theAntecedentOfDontAttends() {
        // (r21) `dont` is the noun's `de` complement: the noun the relative clause qualifies attends
        HandParse p = HandParse.of("Le président ghanéen, Kofi Addaba, dont la présence a été annoncée, parlera mardi.")
                .entity("ghanéen", "country:GH").entity("Kofi Addaba", "person:kofi-addaba")
                .edge("parlera", "nsubj", "président").edge("président", "appos", "Kofi").edge("Kofi", "flat:name", "Addaba")
                .edge("président", "acl:relcl", "annoncée").edge("annoncée", "nsubj:pass", "présence")
                .edge("présence", "nmod", "dont").edge("présence", "det", "la");
        assertEquals(Set.of("PARTICIPANT person:kofi-addaba"), p.rows(reading, "présence"));
    }

    @Test
    void aStatesPresenceInARegionIsNoAttendance() {
        // (r21) where a state is active, not a meeting it attends
        HandParse p = HandParse.of("La présence du Kenya en Afrique australe inquiète ses voisins.")
                .entity("Kenya", "country:KE").entity("Afrique australe", "location:afrique-australe")
                .edge("inquiète", "nsubj", "présence").edge("présence", "nmod:de", "Kenya").edge("présence", "nmod:en", "Afrique");
        assertEquals(Set.of(), p.rows(reading, "présence"));
    }

    @Test
    void aPersonsArrivalInTheHostCountryIsAttendance() {
        HandParse p = HandParse.of("L'arrivée du président Kofi Addaba en Allemagne est prévue lundi.")
                .entity("Kofi Addaba", "person:kofi-addaba").entity("Allemagne", "country:DE")
                .edge("prévue", "nsubj:pass", "arrivée").edge("arrivée", "nmod:de", "président")
                .edge("président", "appos", "Kofi").edge("Kofi", "flat:name", "Addaba").edge("arrivée", "nmod:en", "Allemagne");
        assertEquals(Set.of("PARTICIPANT person:kofi-addaba"), p.rows(reading, "arrivée"));
    }
}
