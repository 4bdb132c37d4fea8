package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GatheringReadingTest {
    private final GatheringReading reading = new GatheringReading();

    @Test
    void aMeetingGathersThosePeopleItsObjectNames() {
        HandParse p = HandParse.of("Le sommet a réuni les présidents du Pérou Ana Ruiz et du Chili Luis Mora.")
                .entity("Pérou", "country:PE").entity("Ana Ruiz", "person:ana-ruiz")
                .entity("Chili", "country:CL").entity("Luis Mora", "person:luis-mora")
                .edge("réuni", "nsubj", "sommet").edge("réuni", "obj", "présidents").edge("présidents", "nmod:de", "Pérou")
                .edge("présidents", "appos", "Ana");
        assertEquals(Set.of("PARTICIPANT person:ana-ruiz", "PARTICIPANT person:luis-mora"), p.rows(reading, "réuni"));
    }

    @Test
    void withoutAParseTheNamesRightAfterTheVerbOfAMeeting() {
        HandParse p = HandParse.of("La session a réuni l'OCDE et l'Union européenne.")
                .entity("OCDE", "org:ocde").entity("Union européenne", "org:union-europeenne");
        assertEquals(Set.of("PARTICIPANT org:ocde", "PARTICIPANT org:union-europeenne"), p.rows(reading, "réuni"));
    }

    @Test
    void aPersonGatheringPeopleSaysNothingOfASummit() {
        HandParse p = HandParse.of("Le président a réuni ses ministres et le Chili.")
                .entity("Chili", "country:CL").edge("réuni", "nsubj", "président").edge("réuni", "obj", "ministres");
        assertEquals(Set.of(), p.rows(reading, "réuni"));
    }

    @Test
    void aBodyWhoseRepresentativesTheMeetingGathersAttends() {
        HandParse p = HandParse.of("Le forum a réuni des représentants de l'OCDE et de l'Union africaine.")
                .entity("OCDE", "org:organisation-de-cooperation-et-de-developpement-economiques")
                .entity("Union africaine", "org:union-africaine")
                .edge("réuni", "nsubj", "forum").edge("réuni", "obj", "représentants").edge("représentants", "nmod:de", "OCDE")
                .edge("OCDE", "conj", "Union");
        assertEquals(Set.of("PARTICIPANT org:organisation-de-cooperation-et-de-developpement-economiques",
                "PARTICIPANT org:union-africaine"), p.rows(new GatheringReading(), "réuni"));
    }

    @Test
    void theMembersADelegationIsMadeOfAttend() {
        HandParse p = HandParse.of("La délégation malienne était composée des ministres Ama Owusu et Léon Ndong.")
                .entity("malienne", "country:ML").entity("Ama Owusu", "person:ama-owusu").entity("Léon Ndong", "person:leon-ndong")
                .edge("composée", "nsubj", "délégation").edge("délégation", "amod", "malienne")
                .edge("composée", "obl:arg", "ministres").edge("ministres", "appos", "Ama").edge("Ama", "flat:name", "Owusu")
                .edge("Ama", "conj:et", "Léon").edge("ministres", "appos", "Léon").edge("Léon", "flat:name", "Ndong");
        assertEquals(Set.of("PARTICIPANT person:ama-owusu", "PARTICIPANT person:leon-ndong"), p.rows(reading, "composée"));
    }

    @Test
    void whatABodyIsMadeOfSaysNothingOfTheMeeting() {
        HandParse p = HandParse.of("Le G7 comprend le Japon et le Canada.")
                .entity("G7", "org:g7").entity("Japon", "country:JP").entity("Canada", "country:CA")
                .edge("comprend", "nsubj", "G7").edge("comprend", "obj", "Japon").edge("Japon", "conj:et", "Canada");
        assertEquals(Set.of(), p.rows(reading, "comprend"));
    }
}
