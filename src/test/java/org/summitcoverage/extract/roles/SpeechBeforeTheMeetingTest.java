package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** (h21-passing) Words said before the meeting opened (`speech_before_meeting`) were said elsewhere: no attendance. */
class SpeechBeforeTheMeetingTest {
    private final QuotedSpeakerReading reading = new QuotedSpeakerReading();

    @Test
    void aQuotationOnTheEveOfTheSummitIsNoAttendance() {
        HandParse p = HandParse.of("« Il faut agir », a déclaré le président polonais Tomasz Wierzbicki à Varsovie à la veille du sommet.")
                .entity("polonais", "country:PL").entity("Tomasz Wierzbicki", "person:tomasz-wierzbicki")
                .edge("déclaré", "nsubj", "président").edge("président", "amod", "polonais").edge("président", "appos", "Tomasz");
        assertEquals(Set.of(), p.rows(reading, "déclaré"));
    }

    @Test
    void aQuotationBeforeTheOpeningIsNoAttendance() {
        HandParse p = HandParse.of("Le président Tomasz Wierzbicki a déclaré : « il reste une semaine avant le début du sommet ».")
                .entity("Tomasz Wierzbicki", "person:tomasz-wierzbicki")
                .edge("déclaré", "nsubj", "président").edge("président", "appos", "Tomasz");
        assertEquals(Set.of(), p.rows(reading, "déclaré"));
    }

    @Test
    void aQuotationAtTheOpeningStillAttends() {
        HandParse p = HandParse.of("« Il faut agir », a déclaré le président polonais Tomasz Wierzbicki à l'ouverture du sommet.")
                .entity("polonais", "country:PL").entity("Tomasz Wierzbicki", "person:tomasz-wierzbicki")
                .edge("déclaré", "nsubj", "président").edge("président", "amod", "polonais").edge("président", "appos", "Tomasz");
        assertEquals(Set.of("PARTICIPANT person:tomasz-wierzbicki"), p.rows(reading, "déclaré"));
    }
}
