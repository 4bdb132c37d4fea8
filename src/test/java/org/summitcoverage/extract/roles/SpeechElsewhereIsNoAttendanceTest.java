package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpeechElsewhereIsNoAttendanceTest {
    private final HolderReading reading = new SpeechElsewhereIsNoAttendance(new TokenFallbackReading());

    @Test
    void speakingAtAPressBriefingIsNoAttendance() {
        HandParse p = HandParse.of("Lina Sorel s'est exprimée lors d'un point de presse à Lisbonne mardi.")
                .entity("Lina Sorel", "person:lina-sorel");
        assertEquals(Set.of(), p.rows(reading, "exprimée"));
    }

    @Test
    void speakingAtTheMeetingIsAttendance() {
        HandParse p = HandParse.of("Lina Sorel s'est exprimée à la tribune du sommet mardi.")
                .entity("Lina Sorel", "person:lina-sorel");
        assertEquals(Set.of("PARTICIPANT person:lina-sorel"), p.rows(reading, "exprimée"));
    }

    @Test
    void otherVerbsAreNotGuarded() {
        HandParse p = HandParse.of("Lina Sorel a participé au sommet, a-t-elle dit lors d'un point de presse.")
                .entity("Lina Sorel", "person:lina-sorel");
        assertEquals(Set.of("PARTICIPANT person:lina-sorel"), p.rows(reading, "participé"));
    }
}
