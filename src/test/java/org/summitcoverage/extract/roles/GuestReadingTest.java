package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GuestReadingTest {
    private final GuestReading reading = new GuestReading();

    @Test
    void theHomologuesAHostReceivesAttend() {
        HandParse p = HandParse.of("Le président Ana Ruiz a reçu ses homologues, Luis Mora et Kofi Boateng.")
                .entity("Ana Ruiz", "person:ana-ruiz").entity("Luis Mora", "person:luis-mora")
                .entity("Kofi Boateng", "person:kofi-boateng")
                .edge("reçu", "nsubj", "président").edge("reçu", "obj", "homologues").edge("homologues", "appos", "Luis")
                .edge("Luis", "conj:et", "Kofi");
        // `reçu` is a guest cue and (over a meeting) a host cue, like `accueilli`: the guest cue is the one read here
        assertEquals(Set.of("PARTICIPANT person:luis-mora", "PARTICIPANT person:kofi-boateng"),
                p.rows(reading, "reçu", org.summitcoverage.model.RoleType.PARTICIPANT));
    }

    @Test
    void guestsReceivedInThePassive() {
        HandParse p = HandParse.of("Le Chili et le Pérou ont été accueillis par leur homologue.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE")
                .edge("accueillis", "nsubj:pass", "Chili").edge("Chili", "conj:et", "Pérou");
        assertEquals(Set.of("PARTICIPANT country:CL", "PARTICIPANT country:PE"), p.rows(reading, "accueillis", org.summitcoverage.model.RoleType.PARTICIPANT));
    }

    @Test
    void aBodyReceivedIsItsMeetingHostedAndSupportIsNoGuest() {
        HandParse body = HandParse.of("Le Kenya accueillera le G7 l'an prochain.")
                .entity("Kenya", "country:KE").entity("G7", "org:g7").edge("accueillera", "obj", "G7");
        assertEquals(Set.of(), body.rows(reading, "accueillera", org.summitcoverage.model.RoleType.PARTICIPANT));
        HandParse support = HandParse.of("Le Kenya a reçu le soutien du Chili.")
                .entity("Kenya", "country:KE").entity("Chili", "country:CL")
                .edge("reçu", "obj", "soutien").edge("soutien", "nmod:de", "Chili");
        assertEquals(Set.of(), support.rows(reading, "reçu"));
    }

    @Test
    void aWelcomeIsNoReception() {
        HandParse p = HandParse.of("Le Kenya accueille favorablement le Chili dans le groupe.")
                .entity("Kenya", "country:KE").entity("Chili", "country:CL")
                .edge("accueille", "advmod", "favorablement").edge("accueille", "obj", "Chili");
        assertEquals(Set.of(), p.rows(reading, "accueille", org.summitcoverage.model.RoleType.PARTICIPANT));
    }

    @Test
    void theMembersNamedOfTheLeadersAMeetingReceivedIsMadeOf() {
        HandParse p = HandParse.of("Lisbonne accueille lundi un sommet des dirigeants africains dont le président Oumar Diallo, "
                        + "qui a salué son hôte.")
                .entity("Oumar Diallo", "person:oumar-diallo")
                .edge("accueille", "nsubj", "Lisbonne").edge("accueille", "obj", "sommet").edge("sommet", "nmod:de", "dirigeants");
        assertEquals(Set.of("PARTICIPANT person:oumar-diallo"),
                p.rows(reading, "accueille", org.summitcoverage.model.RoleType.PARTICIPANT));
    }

    @Test
    void aPresidencyReceivedIsNoGuest() {
        // (h26-commerce) the office taken over names no one received, nor does whose presidency it is
        HandParse p = HandParse.of("Après avoir reçu la présidence de l'Union andine, le président Luis Mora a remercié le Chili.")
                .entity("Union andine", "org:union-andine").entity("Luis Mora", "person:luis-mora").entity("Chili", "country:CL")
                .edge("remercié", "advcl:après", "reçu").edge("reçu", "obj", "présidence").edge("présidence", "nmod:de", "Union")
                .edge("remercié", "nsubj", "président").edge("président", "appos", "Luis");
        assertEquals(Set.of(), p.rows(reading, "reçu", org.summitcoverage.model.RoleType.PARTICIPANT));
    }

    @Test
    void guestsAfterAPartitiveTheParserSplitAttend() {
        // (h28-onu) the parser reads `accueille des dirigeants` as `de` + `les` and hangs the object as obl:arg;
        // the hand parse spells its two tokens
        HandParse p = HandParse.of("Le président Luis Mora accueille de les dirigeants tels que Ana Ruiz (Chili) et Kofi Boateng (Ghana).")
                .entity("Luis Mora", "person:luis-mora").entity("Ana Ruiz", "person:ana-ruiz").entity("Chili", "country:CL")
                .entity("Kofi Boateng", "person:kofi-boateng").entity("Ghana", "country:GH")
                .edge("accueille", "nsubj", "président").edge("président", "appos", "Luis")
                .edge("accueille", "obl:arg", "dirigeants").edge("dirigeants", "case", "de").edge("dirigeants", "det", "les")
                .edge("dirigeants", "nmod:tels_que", "Ana").edge("dirigeants", "nmod:tels_que", "Kofi")
                .edge("Ana", "nmod", "Chili").edge("Ana", "conj:et", "Kofi").edge("Kofi", "nmod", "Ghana");
        assertEquals(Set.of("PARTICIPANT person:ana-ruiz", "PARTICIPANT person:kofi-boateng"),
                p.rows(reading, "accueille", org.summitcoverage.model.RoleType.PARTICIPANT));
    }

    @Test
    void anObliqueOfAnotherPrepositionIsNoGuest() {
        HandParse p = HandParse.of("Le président Luis Mora accueille avec joie le sommet.")
                .entity("Luis Mora", "person:luis-mora")
                .edge("accueille", "nsubj", "président").edge("président", "appos", "Luis")
                .edge("accueille", "obl:arg", "joie").edge("joie", "case", "avec").edge("accueille", "obj", "sommet");
        assertEquals(Set.of(), p.rows(reading, "accueille", org.summitcoverage.model.RoleType.PARTICIPANT));
    }
}
