package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * (h31-signature) `… signée par plus de cent pays. Le Pérou et le Gabon en font partie.`: a closing `en font partie`
 * names members of the previous sentence's unnamed set ({@link CueScope#membershipProformAt}).
 */
class MembershipProformTest {

    private static int at(String sentence) {
        return CueScope.membershipProformAt(HandParse.WORDS, HandParse.of(sentence).last().tokens());
    }

    @Test
    void aClosingProformIsFound() {
        assertTrue(at("Le Pérou et le Gabon en font partie.") > 0);
        assertTrue(at("La Malaisie en fait également partie.") > 0);
    }

    @Test
    void aNegatedOrCompletedMembershipIsNot() {
        assertEquals(-1, at("Le Pérou n'en fait pas partie."));
        assertEquals(-1, at("Le Pérou fait partie des signataires."));
        assertEquals(-1, at("Le Pérou en fait partie depuis 2019."));
    }
}
