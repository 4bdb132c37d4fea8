package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AttendanceNounReadingTest {
    private final AttendanceNounReading reading = new AttendanceNounReading();

    @Test
    void theStatesAndPeopleWhoseParticipationIsStated() {
        HandParse p = HandParse.of("Le sommet s'est ouvert avec la participation du Chili.")
                .entity("Chili", "country:CL").edge("ouvert", "obl:avec", "participation").edge("participation", "nmod:de", "Chili");
        assertEquals(Set.of("PARTICIPANT country:CL"), p.rows(reading, "participation"));
        HandParse person = HandParse.of("La Maison Blanche a confirmé la présence de la vice-présidente Ana Ruiz au sommet.")
                .entity("Ana Ruiz", "person:ana-ruiz")
                .edge("confirmé", "obj", "présence").edge("présence", "nmod:de", "vice-présidente")
                .edge("vice-présidente", "appos", "Ana").edge("présence", "nmod:à", "sommet");
        assertEquals(Set.of("PARTICIPANT person:ana-ruiz"), person.rows(reading, "présence"));
    }

    @Test
    void aCancelledVenueIsNone() {
        HandParse p = HandParse.of("Luis Mora a annulé la venue du Chili.")
                .entity("Chili", "country:CL").edge("annulé", "obj", "venue").edge("venue", "nmod:de", "Chili");
        assertEquals(Set.of(), p.rows(reading, "venue"));
    }

    @Test
    void aParticipationInSomethingOtherThanAMeetingIsNone() {
        HandParse p = HandParse.of("La participation du Chili à la guerre a été dénoncée.")
                .entity("Chili", "country:CL").edge("participation", "nmod:de", "Chili").edge("participation", "nmod:à", "guerre");
        assertEquals(Set.of(), p.rows(reading, "participation"));
    }

    @Test
    void aPossessiveAttendanceIsTheSubjects() {
        HandParse p = HandParse.of("Ana Ruiz a honoré le sommet de sa présence.")
                .entity("Ana Ruiz", "person:ana-ruiz")
                .edge("honoré", "nsubj", "Ana").edge("honoré", "obl:de", "présence").edge("présence", "det", "sa");
        assertEquals(Set.of("PARTICIPANT person:ana-ruiz"), p.rows(reading, "présence"));
    }
}
