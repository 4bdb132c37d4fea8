package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** (h21-passing) A modal still governs its cue across a weekday: `s'est dit prêt dimanche à signer`. */
class ModalAcrossADayTest {

    private static boolean blocked(HandParse p, String cueWord) {
        return CueScope.blockedByTokens(HandParse.WORDS, p.last().tokens(), p.hit(cueWord), p.hits());
    }

    @Test
    void aReadinessAcrossADayIsStillAHypothesis() {
        HandParse p = HandParse.of("Le sommet de Lindau s'ouvre lundi.", "Le président Pablo Rojas s'est dit prêt dimanche à signer l'accord.")
                .entity("Pablo Rojas", "person:pablo-rojas");
        assertTrue(blocked(p, "signer"));
    }

    @Test
    void aSignatureOnADayWithNoModalIsAsserted() {
        HandParse p = HandParse.of("Le sommet de Lindau s'ouvre lundi.", "Le président Pablo Rojas a dimanche signé l'accord.")
                .entity("Pablo Rojas", "person:pablo-rojas");
        assertFalse(blocked(p, "signé"));
    }

    @Test
    void aModalFarBeforeTheCueDoesNotReachItAcrossOtherWords() {
        HandParse p = HandParse.of("Le sommet de Lindau s'ouvre lundi.", "Le Chili, prêt au dialogue, a dimanche signé l'accord.")
                .entity("Chili", "country:CL");
        assertFalse(blocked(p, "signé"));
    }
}
