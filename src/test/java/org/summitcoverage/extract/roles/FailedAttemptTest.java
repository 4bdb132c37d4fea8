package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** (h30-climat) A signing infinitive under a verb of failure, or under a negated verb of success, asserts no signature. */
class FailedAttemptTest {

    private static boolean failed(String sentence, String cueWord) {
        HandParse p = HandParse.of("Le sommet de Lindau s'ouvre lundi.", sentence);
        return FailedAttempt.governs(HandParse.WORDS, p.last().tokens(), p.hit(cueWord));
    }

    @Test
    void aVerbOfFailureGovernsTheInfinitive() {
        assertTrue(failed("Le Kenya et le Pérou ont échoué à adopter le traité.", "adopter"));
        assertTrue(failed("Le Chili a échoué à faire adopter la déclaration.", "adopter"));
    }

    @Test
    void aNegatedOrMissingSuccessIsAFailure() {
        assertTrue(failed("Le Canada et le Ghana n'ont pas réussi à adopter la déclaration.", "adopter"));
        assertTrue(failed("Les délégués se sont séparés sans parvenir à l'adopter.", "adopter"));
        assertTrue(failed("Le Japon n'est finalement pas parvenu à y adhérer.", "adhérer"));
    }

    @Test
    void anAssertedSuccessSigns() {
        assertFalse(failed("Le Canada et le Ghana ont réussi à adopter la déclaration.", "adopter"));
        assertFalse(failed("Le Canada a adopté la déclaration.", "adopté"));
    }
}
