package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CopulaListReadingTest {
    private final CopulaListReading reading = new CopulaListReading(new VerbReading());

    @Test
    void theListAfterACopulaWhoseSubjectTheCueQualifies() {
        HandParse p = HandParse.of("Les chefs d'État présents étaient notamment Ama Owusu et Léon Ndong.")
                .entity("Ama Owusu", "person:ama-owusu").entity("Léon Ndong", "person:leon-ndong")
                .edge("chefs", "amod", "présents").edge("Ama", "nsubj", "chefs").edge("Ama", "cop", "étaient")
                .edge("Ama", "flat:name", "Owusu").edge("Ama", "conj:et", "Léon").edge("Léon", "flat:name", "Ndong");
        assertEquals(Set.of("PARTICIPANT person:ama-owusu", "PARTICIPANT person:leon-ndong"), p.rows(reading, "présents"));
    }

    @Test
    void aStatusNounAsTheCopulasSubject() {
        HandParse p = HandParse.of("Les participants étaient Ama Owusu et Léon Ndong.")
                .entity("Ama Owusu", "person:ama-owusu").entity("Léon Ndong", "person:leon-ndong")
                .edge("Ama", "nsubj", "participants").edge("Ama", "cop", "étaient")
                .edge("Ama", "flat:name", "Owusu").edge("Ama", "conj:et", "Léon").edge("Léon", "flat:name", "Ndong");
        assertEquals(Set.of("PARTICIPANT person:ama-owusu", "PARTICIPANT person:leon-ndong"),
                p.rows(new CopulaListReading(new StatusNounReading()), "participants"));
    }

    @Test
    void theCueAsThePredicateIsTheVerbsReading() {
        HandParse p = HandParse.of("Ama Owusu et Léon Ndong étaient présents.")
                .entity("Ama Owusu", "person:ama-owusu").entity("Léon Ndong", "person:leon-ndong")
                .edge("présents", "nsubj", "Ama").edge("présents", "cop", "étaient")
                .edge("Ama", "flat:name", "Owusu").edge("Ama", "conj:et", "Léon").edge("Léon", "flat:name", "Ndong");
        assertEquals(Set.of("PARTICIPANT person:ama-owusu", "PARTICIPANT person:leon-ndong"), p.rows(reading, "présents"));
    }

    @Test
    void aSubjectThatNamesAPersonIsNoSet() {
        HandParse p = HandParse.of("Le ministre Ama Owusu présent à Lomé est un ancien diplomate.")
                .entity("Ama Owusu", "person:ama-owusu")
                .edge("ministre", "appos", "Ama").edge("Ama", "flat:name", "Owusu").edge("ministre", "amod", "présent")
                .edge("diplomate", "nsubj", "ministre").edge("diplomate", "cop", "est");
        assertEquals(Set.of(), p.rows(new CopulaListReading(r -> java.util.List.of()), "présent"));
    }

    @Test
    void anAdjectiveHungOnTheGroupNounsComplementQualifiesTheGroupNoun() {
        // (h31-listes) `Les chefs d'Etats présents sont A (X), B (Y)`: the parser hangs `présents` on `Etats`
        HandParse p = HandParse.of("Les chefs d' Etats présents sont Ama Owusu ( Ghana ) et Léon Ndong ( Gabon ).")
                .entity("Ama Owusu", "person:ama-owusu").entity("Léon Ndong", "person:leon-ndong")
                .entity("Ghana", "country:GH").entity("Gabon", "country:GA")
                .edge("chefs", "nmod:d'", "Etats").edge("Etats", "amod", "présents")
                .edge("Ama", "nsubj", "chefs").edge("Ama", "cop", "sont")
                .edge("Ama", "flat:name", "Owusu").edge("Ama", "appos", "Ghana").edge("Ama", "conj:et", "Léon")
                .edge("Léon", "flat:name", "Ndong").edge("Léon", "appos", "Gabon");
        assertEquals(Set.of("PARTICIPANT person:ama-owusu", "PARTICIPANT person:leon-ndong"), p.rows(reading, "présents"));
    }

    @Test
    void anAdjectiveOnTheComplementOfAnotherNounQualifiesNoGroup() {
        HandParse p = HandParse.of("Les ambitions des pays présents sont Ama Owusu et Léon Ndong.")
                .entity("Ama Owusu", "person:ama-owusu").entity("Léon Ndong", "person:leon-ndong")
                .edge("ambitions", "nmod:des", "pays").edge("pays", "amod", "présents")
                .edge("Ama", "nsubj", "ambitions").edge("Ama", "cop", "sont")
                .edge("Ama", "flat:name", "Owusu").edge("Ama", "conj:et", "Léon").edge("Léon", "flat:name", "Ndong");
        assertEquals(Set.of(), p.rows(new CopulaListReading(r -> java.util.List.of()), "présents"));
    }

    @Test
    void theExamplesOfACopulaOnlyStatusNounHoldItsStatus() {
        // (h31-listes) `Certains participants, comme A et B, sont partis plus tôt`
        HandParse p = HandParse.of("Certains participants, comme Ama Owusu et Léon Ndong, sont partis plus tôt.")
                .entity("Ama Owusu", "person:ama-owusu").entity("Léon Ndong", "person:leon-ndong")
                .edge("partis", "nsubj", "participants").edge("participants", "nmod:comme", "Ama")
                .edge("Ama", "flat:name", "Owusu").edge("Ama", "conj:et", "Léon").edge("Léon", "flat:name", "Ndong");
        assertEquals(Set.of("PARTICIPANT person:ama-owusu", "PARTICIPANT person:leon-ndong"),
                p.rows(new CopulaListReading(new StatusNounReading()), "participants"));
    }

    @Test
    void whoGreetsTheParticipantsIsNoParticipant() {
        HandParse p = HandParse.of("Le président Ama Owusu a salué les participants.")
                .entity("Ama Owusu", "person:ama-owusu")
                .edge("salué", "nsubj", "président").edge("président", "appos", "Ama").edge("Ama", "flat:name", "Owusu")
                .edge("salué", "obj", "participants");
        assertEquals(Set.of(), p.rows(new CopulaListReading(new StatusNounReading()), "participants"));
    }
}
