package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpeechNounReadingTest {
    private final SpeechNounReading reading = new SpeechNounReading();

    @Test
    void theAuthorOfAnIntervention() {
        HandParse p = HandParse.of("L'intervention du ministre Hafiz Rahman a été applaudie.")
                .entity("Hafiz Rahman", "person:hafiz-rahman")
                .edge("intervention", "nmod:de", "ministre").edge("ministre", "appos", "Hafiz").edge("Hafiz", "flat:name", "Rahman");
        assertEquals(Set.of("PARTICIPANT person:hafiz-rahman"), p.rows(reading, "intervention"));
    }

    @Test
    void aMilitaryInterventionOfAStateIsNoAttendance() {
        HandParse p = HandParse.of("L'intervention militaire de la Russie a été condamnée.")
                .entity("Russie", "country:RU").edge("intervention", "nmod:de", "Russie");
        assertEquals(Set.of(), p.rows(reading, "intervention"));
    }

    @Test
    void whoSpeaksFromTheRostrum() {
        HandParse p = HandParse.of("Le président Romuald Hounkpè a réclamé à la tribune un effort.")
                .entity("Romuald Hounkpè", "person:romuald-hounkpe")
                .edge("réclamé", "obl:à", "tribune").edge("réclamé", "nsubj", "président").edge("président", "appos", "Romuald");
        assertEquals(Set.of("PARTICIPANT person:romuald-hounkpe"), p.rows(reading, "tribune"));
    }

    @Test
    void thePerformersOfAPerformance() {
        HandParse p = HandParse.of("La soirée comprenait des prestations des chanteuses Lucia Moreno et Awa Keita.")
                .entity("Lucia Moreno", "person:lucia-moreno").entity("Awa Keita", "person:awa-keita")
                .edge("prestations", "nmod:de", "chanteuses").edge("chanteuses", "appos", "Lucia").edge("Lucia", "flat:name", "Moreno")
                .edge("Lucia", "conj", "Awa").edge("Awa", "flat:name", "Keita");
        assertEquals(Set.of("PARTICIPANT person:lucia-moreno", "PARTICIPANT person:awa-keita"), p.rows(reading, "prestations"));
    }

    @Test
    void thePeopleInAppositionToTheComplementWhenTheParseLostThem() {
        HandParse p = HandParse.of("La soirée comprenait des prestations des ambassadeurs de l'OMS, Lucia Moreno et Awa Keita, "
                        + "et un message du lauréat Ivo Brandt.")
                .entity("OMS", "org:organisation-mondiale-de-la-sante").entity("Lucia Moreno", "person:lucia-moreno")
                .entity("Awa Keita", "person:awa-keita").entity("Ivo Brandt", "person:ivo-brandt")
                .edge("prestations", "nmod:de", "ambassadeurs").edge("ambassadeurs", "nmod:de", "OMS");
        assertEquals(Set.of("PARTICIPANT person:lucia-moreno", "PARTICIPANT person:awa-keita"), p.rows(reading, "prestations"));
    }

    @Test
    void anOathIsNoSpeech() {
        HandParse p = HandParse.of("La prestation de serment du président Ivo Brandt a eu lieu hier.")
                .entity("Ivo Brandt", "person:ivo-brandt")
                .edge("prestation", "nmod:de", "serment").edge("prestation", "nmod:de", "président").edge("président", "appos", "Ivo");
        assertEquals(Set.of(), p.rows(reading, "prestation"));
    }

    @Test
    void whoReadsAnothersSpeechSpeaksItsAuthorIsNotSaidToAttend() {
        HandParse p = HandParse.of("Le ministre Hafiz Rahman a lu le discours du président Omar Saleh.")
                .entity("Hafiz Rahman", "person:hafiz-rahman").entity("Omar Saleh", "person:omar-saleh")
                .edge("lu", "nsubj", "ministre").edge("ministre", "appos", "Hafiz").edge("Hafiz", "flat:name", "Rahman")
                .edge("lu", "obj", "discours").edge("discours", "nmod:de", "président").edge("président", "appos", "Omar")
                .edge("Omar", "flat:name", "Saleh");
        assertEquals(Set.of("PARTICIPANT person:hafiz-rahman"), p.rows(reading, "discours"));
    }

    @Test
    void givingAReadingOfAnothersSpeech() {
        HandParse p = HandParse.of("Le ministre Hafiz Rahman a donné lecture du discours du président Omar Saleh.")
                .entity("Hafiz Rahman", "person:hafiz-rahman").entity("Omar Saleh", "person:omar-saleh")
                .edge("donné", "nsubj", "ministre").edge("ministre", "appos", "Hafiz").edge("Hafiz", "flat:name", "Rahman")
                .edge("donné", "obj", "lecture").edge("lecture", "nmod:de", "discours").edge("discours", "nmod:de", "président")
                .edge("président", "appos", "Omar").edge("Omar", "flat:name", "Saleh");
        assertEquals(Set.of("PARTICIPANT person:hafiz-rahman"), p.rows(reading, "discours"));
    }

    @Test
    void praisingAnothersSpeechLeavesTheAuthorSpeaking() {
        HandParse p = HandParse.of("Le ministre Hafiz Rahman a salué le discours du président Omar Saleh.")
                .entity("Hafiz Rahman", "person:hafiz-rahman").entity("Omar Saleh", "person:omar-saleh")
                .edge("salué", "nsubj", "ministre").edge("ministre", "appos", "Hafiz").edge("Hafiz", "flat:name", "Rahman")
                .edge("salué", "obj", "discours").edge("discours", "nmod:de", "président").edge("président", "appos", "Omar")
                .edge("Omar", "flat:name", "Saleh");
        assertEquals(Set.of("PARTICIPANT person:omar-saleh"), p.rows(reading, "discours"));
    }
}
