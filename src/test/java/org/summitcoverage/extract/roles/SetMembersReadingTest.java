package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SetMembersReadingTest {
    @Test
    void theSubjectOfTheMainVerbListsTheMembersOfTheSetTheRelativeClauseNames() {
        HandParse p = HandParse.of("Parmi les pays qui ont rejoint l'appel figurent le Chili et le Pérou.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE")
                .edge("pays", "acl:relcl", "rejoint").edge("figurent", "obl:parmi", "pays")
                .edge("figurent", "nsubj", "Chili").edge("Chili", "conj:et", "Pérou").edge("figurent", "nsubj", "Pérou");
        assertEquals(Set.of("SIGNATORY country:CL", "SIGNATORY country:PE"), p.rows(new SetMembersReading(), "rejoint"));
    }

    @Test
    void anAdjectiveCueAfterParmiAndTheObjectOfAnImpersonalOn() {
        HandParse p = HandParse.of("Parmi les chefs d'État présents, on notait Ama Owusu et Léon Ndong.")
                .entity("Ama Owusu", "person:ama-owusu").entity("Léon Ndong", "person:leon-ndong")
                .edge("chefs", "amod", "présents").edge("notait", "obl:mod", "chefs").edge("notait", "nsubj", "on")
                .edge("notait", "obj", "Ama").edge("Ama", "flat:name", "Owusu").edge("Ama", "conj:et", "Léon")
                .edge("Léon", "flat:name", "Ndong");
        assertEquals(Set.of("PARTICIPANT person:ama-owusu", "PARTICIPANT person:leon-ndong"),
                p.rows(new SetMembersReading(), "présents"));
    }

    @Test
    void anAdjectiveCueWithoutParmiNamesNoSet() {
        HandParse p = HandParse.of("Avec les chefs d'État présents, on saluait Ama Owusu.")
                .entity("Ama Owusu", "person:ama-owusu")
                .edge("chefs", "amod", "présents").edge("saluait", "obl:avec", "chefs").edge("saluait", "nsubj", "on")
                .edge("saluait", "obj", "Ama").edge("Ama", "flat:name", "Owusu");
        assertEquals(Set.of(), p.rows(new SetMembersReading(), "présents"));
    }

    @Test
    void aRelativeClauseOnTheMeetingNamesNoSet() {
        // (h18-franco) `au sommet qui accueille les dirigeants`: the meeting receives its guests; the subject of the main
        // verb is no member of a set
        HandParse p = HandParse.of("Chaque année, Ama Owusu assiste au sommet qui accueille les dirigeants de la région.")
                .entity("Ama Owusu", "person:ama-owusu")
                .edge("sommet", "acl:relcl", "accueille").edge("assiste", "obl:à", "sommet")
                .edge("assiste", "nsubj", "Ama").edge("Ama", "flat:name", "Owusu");
        assertEquals(Set.of(), p.rows(new SetMembersReading(), "accueille"));
    }

    @Test
    void aRelativeClauseOnACountedSetStillNamesTheSet() {
        HandParse p = HandParse.of("Parmi les États qui accueillent le forum figure le Chili.")
                .entity("Chili", "country:CL")
                .edge("États", "acl:relcl", "accueillent").edge("figure", "obl:parmi", "États")
                .edge("figure", "nsubj", "Chili");
        assertEquals(Set.of("HOST country:CL"), p.rows(new SetMembersReading(), "accueillent"));
    }

    @Test
    void thePeopleWhoMarkedTheirPresenceAttend() {
        // (h22-afr) `marquer de sa présence` / `marquer leur présence` is an attendance cue
        HandParse p = HandParse.of("Parmi les personnalités qui ont marqué leur présence figuraient Ama Owusu et Léon Ndong.")
                .entity("Ama Owusu", "person:ama-owusu").entity("Léon Ndong", "person:leon-ndong")
                .edge("personnalités", "acl:relcl", "marqué").edge("figuraient", "obl:parmi", "personnalités")
                .edge("figuraient", "nsubj", "Ama").edge("Ama", "flat:name", "Owusu").edge("Ama", "conj:et", "Léon")
                .edge("Léon", "flat:name", "Ndong");
        assertEquals(Set.of("PARTICIPANT person:ama-owusu", "PARTICIPANT person:leon-ndong"),
                p.rows(new SetMembersReading(), "marqué"));
    }
}
