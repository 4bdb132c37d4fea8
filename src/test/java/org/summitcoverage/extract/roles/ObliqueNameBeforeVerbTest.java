package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** (h25-paix) A name a preposition governs, right before a verb cue, is the meeting's topic or place, not its holder. */
class ObliqueNameBeforeVerbTest {
    private final TokenFallbackReading reading = new TokenFallbackReading();

    @Test
    void theTopicOfTheMeetingRightBeforeItsParticipleHostsNothing() {
        HandParse p = HandParse.of("Le forum sur la sécurité en Bolivie organisé à Lima s'est achevé mardi.")
                .entity("Bolivie", "country:BO");
        assertEquals(Set.of(), p.rows(reading, "organisé"));
    }

    @Test
    void thePlaceOfTheMeetingBeforeTheVerbSignsNothing() {
        HandParse p = HandParse.of("Les délégations réunies au forum organisé au Portugal se sont mises d'accord sur un texte.")
                .entity("Portugal", "country:PT");
        assertEquals(Set.of(), p.rows(reading, "mises"));
    }

    @Test
    void aCompoundPrepositionGovernsTheNameThroughItsOwnDe() {
        HandParse p = HandParse.of("La conférence en faveur du Yémen organisée à Oslo a levé des fonds.")
                .entity("Yémen", "country:YE");
        assertEquals(Set.of(), p.rows(reading, "organisée"));
    }

    @Test
    void theStateOfATitleStillActs() {
        HandParse p = HandParse.of("Le président du Nigeria a finalement signé la déclaration.").entity("Nigeria", "country:NG");
        assertEquals(Set.of("SIGNATORY country:NG"), p.rows(reading, "signé"));
    }

    @Test
    void aBareSubjectStillActs() {
        HandParse p = HandParse.of("Le sommet sur la sécurité s'est tenu à Lima. La Bolivie a signé la déclaration.")
                .entity("Bolivie", "country:BO");
        assertEquals(Set.of("SIGNATORY country:BO"), p.rows(reading, "signé"));
    }
}
