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
}
