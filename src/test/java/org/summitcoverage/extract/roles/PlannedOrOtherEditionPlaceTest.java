package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** (h30-climat) The words behind the places of climate talks: the AFP spelling of Riyadh places the meeting in SA. */
class PlannedOrOtherEditionPlaceTest {

    @Test
    void theAgencySpellingOfRiyadhIsASaudiCity() {
        assertEquals("country:SA", HandParse.WORDS.countryOfPlace("Ryad"));
        assertEquals("country:SA", HandParse.WORDS.countryOfPlace("Riyad"));
    }

    @Test
    void markersOfAFirstPlanAreLoaded() {
        assertEquals(true, HandParse.WORDS.initiallyMarkers.contains("initialement"));
    }
}
