package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** (h30-marges) `les deux présidents`: a sentence that names the pair is worth a parse. */
class TheTwoNamedLeadersTest {
    @Test
    void thePairOfLeadersIsNamedByItsWords() {
        HandParse p = HandParse.of("Les deux présidents ont ensuite signé un mémorandum.");
        assertTrue(TheTwoNamedLeaders.namesThePair(HandParse.WORDS, p.graph().tokens()));
    }

    @Test
    void twoCountriesAreNoPairOfLeaders() {
        HandParse p = HandParse.of("Les deux pays ont ensuite signé un mémorandum.");
        assertFalse(TheTwoNamedLeaders.namesThePair(HandParse.WORDS, p.graph().tokens()));
    }
}
