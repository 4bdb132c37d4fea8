package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** (h21-passing) A list the writer predicts (`on devrait retrouver`) names no guest; one reported (`on pouvait noter`) does. */
class PredictedListingTest {
    private final ListedReading reading = new ListedReading();

    @Test
    void aPredictedGuestIsNoGuest() {
        HandParse p = HandParse.of("Parmi les invités, on devrait logiquement retrouver le groupe Nordbank et le Chili.")
                .entity("Nordbank", "org:nordbank").entity("Chili", "country:CL");
        assertEquals(Set.of(), p.rows(reading, "Parmi"));
    }

    @Test
    void aReportedGuestIsAGuest() {
        HandParse p = HandParse.of("Parmi les invités, on pouvait noter le Chili et le Pérou.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE");
        assertEquals(Set.of("PARTICIPANT country:CL", "PARTICIPANT country:PE"), p.rows(reading, "Parmi"));
    }
}
