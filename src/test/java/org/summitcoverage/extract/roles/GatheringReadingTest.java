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

    @Test
    void peersTheParserHangsOnAPlaceAdverbialAreStillGathered() {
        // (h26-amerique) after adverbials of time and place, the parser takes `ses homologues` for the place's apposition
        HandParse p = HandParse.of("La présidente Ana Soto a réuni samedi dans un hôtel ses homologues Pablo Reyes et Jorge Vidal.")
                .entity("Ana Soto", "person:ana-soto").entity("Pablo Reyes", "person:pablo-reyes")
                .entity("Jorge Vidal", "person:jorge-vidal")
                .edge("réuni", "nsubj", "présidente").edge("présidente", "appos", "Ana").edge("Ana", "flat:name", "Soto")
                .edge("réuni", "obl:mod", "hôtel").edge("hôtel", "case", "dans").edge("hôtel", "appos", "homologues")
                .edge("homologues", "det", "ses").edge("homologues", "appos", "Pablo").edge("Pablo", "flat:name", "Reyes")
                .edge("Pablo", "conj:et", "Jorge").edge("Jorge", "flat:name", "Vidal");
        assertEquals(Set.of("PARTICIPANT person:pablo-reyes", "PARTICIPANT person:jorge-vidal"), p.rows(reading, "réuni"));
    }

    @Test
    void anAppositionOfThePlaceThatIsNoPeerIsNotGathered() {
        HandParse p = HandParse.of("La présidente Ana Soto a réuni samedi à Quito, la capitale, ses ministres Pablo Reyes et Jorge Vidal.")
                .entity("Ana Soto", "person:ana-soto").entity("Quito", "location:quito")
                .entity("Pablo Reyes", "person:pablo-reyes").entity("Jorge Vidal", "person:jorge-vidal")
                .edge("réuni", "nsubj", "présidente").edge("présidente", "appos", "Ana").edge("Ana", "flat:name", "Soto")
                .edge("réuni", "obl:à", "Quito").edge("Quito", "appos", "capitale").edge("Quito", "appos", "ministres")
                .edge("ministres", "det", "ses").edge("ministres", "appos", "Pablo").edge("Pablo", "flat:name", "Reyes")
                .edge("Pablo", "conj:et", "Jorge").edge("Jorge", "flat:name", "Vidal");
        assertEquals(Set.of(), p.rows(reading, "réuni"));
    }

    @Test
    void theHostNamedByItsNounGathersItsPeers() {
        // (h26-amerique) `L'hôte du sommet a rassemblé ses homologues A et B`: the host is a leader gathering peers
        HandParse p = HandParse.of("L'hôte du sommet a rassemblé ses homologues Pablo Reyes et Jorge Vidal.")
                .entity("Pablo Reyes", "person:pablo-reyes").entity("Jorge Vidal", "person:jorge-vidal")
                .edge("rassemblé", "nsubj", "hôte").edge("hôte", "det", "L'").edge("hôte", "nmod:de", "sommet")
                .edge("rassemblé", "obj", "homologues").edge("homologues", "det", "ses")
                .edge("homologues", "appos", "Pablo").edge("Pablo", "flat:name", "Reyes")
                .edge("Pablo", "conj:et", "Jorge").edge("Jorge", "flat:name", "Vidal");
        assertEquals(Set.of("PARTICIPANT person:pablo-reyes", "PARTICIPANT person:jorge-vidal"), p.rows(reading, "rassemblé"));
    }

    @Test
    void anUnnamedGuestIsNoConvener() {
        HandParse p = HandParse.of("Un invité du sommet a rassemblé ses homologues Pablo Reyes et Jorge Vidal.")
                .entity("Pablo Reyes", "person:pablo-reyes").entity("Jorge Vidal", "person:jorge-vidal")
                .edge("rassemblé", "nsubj", "invité").edge("invité", "det", "Un").edge("invité", "nmod:de", "sommet")
                .edge("rassemblé", "obj", "homologues").edge("homologues", "det", "ses")
                .edge("homologues", "appos", "Pablo").edge("Pablo", "flat:name", "Reyes")
                .edge("Pablo", "conj:et", "Jorge").edge("Jorge", "flat:name", "Vidal");
        assertEquals(Set.of(), p.rows(reading, "rassemblé"));
    }

    @Test
    void everyMemberOfTheDontListTheParserHangsOnTheFirst() {
        // (h27-ocean) `a réuni une dizaine de dirigeants dont A, B et C`: B and C are conjuncts of A, all attend
        HandParse p = HandParse.of("Le forum a réuni une dizaine de dirigeants dont le président ghanéen, la présidente de la Banque mondiale et les premiers ministres fidjien et samoan.")
                .entity("ghanéen", "country:GH").entity("Banque mondiale", "org:banque-mondiale")
                .entity("fidjien", "country:FJ").entity("samoan", "country:WS")
                .tag("président", "NOUN").tag("présidente", "NOUN").tag("ministres", "NOUN")
                .edge("réuni", "nsubj", "forum").edge("réuni", "obj", "dizaine").edge("dizaine", "nmod:de", "dirigeants")
                .edge("dirigeants", "acl:relcl", "président").edge("président", "nmod", "dont").edge("président", "amod", "ghanéen")
                .edge("président", "conj", "présidente").edge("président", "conj", "ministres")
                .edge("présidente", "nmod:de", "Banque").edge("Banque", "amod", "mondiale")
                .edge("ministres", "amod", "premiers").edge("ministres", "amod", "fidjien").edge("ministres", "amod", "samoan")
                .edge("fidjien", "conj:et", "samoan");
        assertEquals(Set.of("PARTICIPANT country:GH", "PARTICIPANT org:banque-mondiale", "PARTICIPANT country:FJ",
                "PARTICIPANT country:WS"), p.rows(reading, "réuni"));
    }
}
