package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * (h30-misses) A body's name stands in an event's name only as whole words: the letters of `ua` inside `ouagadougou` or
 * `nouakchott` name no summit of the UA, so the body's rotating presidency stays a standing body's.
 */
class BodyNamedInAnEventTest {
    @Test
    void anAcronymInsideACityNameIsNoBodysEvent() {
        assertFalse(StandingBodyIsNoChair.namesAsWords("sommet de ouagadougou", "ua"));
        assertFalse(StandingBodyIsNoChair.namesAsWords("sommet de nouakchott", "ua"));
    }

    @Test
    void theBodysOwnSummitNamesIt() {
        assertTrue(StandingBodyIsNoChair.namesAsWords("37e sommet de l'ua", "ua"));
        assertTrue(StandingBodyIsNoChair.namesAsWords("sommet du g7", "g7"));
        assertTrue(StandingBodyIsNoChair.namesAsWords("ua", "ua"));
    }
}
