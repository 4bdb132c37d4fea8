package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** (h26-ia) A role told right after `<number> <unit of time> après <meeting>` is that earlier meeting's. */
class TimeAfterAnEarlierMeetingTest {

    @Test
    void aChairOfTheMeetingTheArticleCountsFrom() {
        HandParse p = HandParse.of("Le forum s'ouvre à Lima, deux ans après le sommet de Quito coprésidé par Ana Ruiz et Ivo Brenn.");
        assertTrue(TimeAfterAnEarlierMeeting.tellsOfIt(HandParse.WORDS, p.last().tokens(), p.hit("coprésidé")));
    }

    @Test
    void aHostOfTheMeetingSixMonthsBefore() {
        HandParse p = HandParse.of("Six mois après la conférence organisée par le Pérou, le forum s'ouvre à Lima.");
        assertTrue(TimeAfterAnEarlierMeeting.tellsOfIt(HandParse.WORDS, p.last().tokens(), p.hit("organisée")));
    }

    @Test
    void aPauseHandsTheClauseBackToTheArticlesMeeting() {
        HandParse p = HandParse.of("Deux jours après l'ouverture, la ministre Ana Ruiz a présidé la séance.");
        assertFalse(TimeAfterAnEarlierMeeting.tellsOfIt(HandParse.WORDS, p.last().tokens(), p.hit("présidé")));
    }

    @Test
    void noSpanOfTimeNoEarlierMeeting() {
        HandParse p = HandParse.of("Le forum, coprésidé par Ana Ruiz et Ivo Brenn, s'ouvre à Lima après la pause.");
        assertFalse(TimeAfterAnEarlierMeeting.tellsOfIt(HandParse.WORDS, p.last().tokens(), p.hit("coprésidé")));
    }
}
