package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When a past time word in the sentence puts a role at another meeting (`CueScope.aboutAnotherMeeting`). */
class PastTimeMarkersTest {
    private static boolean another(String sentence, String cueWord) {
        HandParse p = HandParse.of(sentence);
        return CueScope.aboutAnotherMeeting(HandParse.WORDS, p.last().tokens(), p.hit(cueWord));
    }

    @Test
    void aPastTimeOnTheEventPutsItAtAnotherMeeting() {
        assertTrue(another("La ministre Marie Laporte a participé l'an dernier au sommet de Lindau.", "participé"));
        // `que` without a comparison is a complement clause: the time is that of its event
        assertTrue(another("Elio Varga a rappelé que l'an dernier le Ghana avait accueilli le sommet de Lindau.", "accueilli"));
    }

    @Test
    void thePastAfterAComparativeIsOnlyTheStandard() {
        assertFalse(another("La ministre Marie Laporte, plus confiante qu'auparavant, participe au sommet de Lindau.", "participe"));
        assertFalse(another("Les délégations, moins nombreuses que l'an dernier, participent au sommet de Lindau.", "participent"));
    }

    @Test
    void aPastTimeInsideTheQuotedWordsDoesNotDateTheSpeaking() {
        assertFalse(another("« Les délégués étaient moins prêts l'an dernier », a déclaré Kofi Addaba au sommet de Lindau.", "déclaré"));
        assertFalse(another("Le texte « serait mieux appliqué qu'autrefois », a affirmé Kofi Addaba à l'issue du sommet.", "affirmé"));
        // a time outside the quotation still dates the speaking
        assertTrue(another("« Nous sommes prêts », avait déclaré l'an dernier Kofi Addaba au sommet de Lindau.", "déclaré"));
    }
}
