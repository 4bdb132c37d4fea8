package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;
import org.summitcoverage.model.RoleType;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * (h26-commerce) A subject restricted by `seul`: the parser hangs the names on the focus adjective as its objects, and
 * behind a fronted adverbial makes the adverbial's noun the subject.
 */
class FocusedSubjectTest {
    private final VerbReading reading = new VerbReading();

    @Test
    void namesBehindAFrontedAdverbialRefuse() {
        HandParse p = HandParse.of("Selon le relevé, au sein du groupe, seuls le Mexique et le Pérou n'ont pas approuvé le texte final.")
                .entity("Mexique", "country:MX").entity("Pérou", "country:PE")
                .edge("approuvé", "nsubj", "sein").edge("sein", "case", "au").edge("sein", "nmod:de", "groupe")
                .edge("sein", "amod", "seuls").edge("seuls", "obj", "Mexique").edge("seuls", "obj", "Pérou")
                .edge("Mexique", "conj:et", "Pérou").edge("approuvé", "advmod", "n'").edge("approuvé", "aux", "ont")
                .edge("approuvé", "advmod", "pas").edge("approuvé", "obj", "texte");
        assertEquals(Set.of("NON_SIGNATORY country:MX", "NON_SIGNATORY country:PE"), p.rows(reading, "approuvé", RoleType.NON_SIGNATORY));
    }

    @Test
    void theFocusWordAsSubjectStandsForItsNames() {
        HandParse p = HandParse.of("Seuls le Chili et l'Équateur ont signé la charte du forum.")
                .entity("Chili", "country:CL").entity("Équateur", "country:EC")
                .edge("signé", "nsubj", "Seuls").edge("Seuls", "obj", "Chili").edge("Seuls", "obj", "Équateur")
                .edge("Chili", "conj:et", "Équateur").edge("signé", "aux", "ont").edge("signé", "obj", "charte");
        assertEquals(Set.of("SIGNATORY country:CL", "SIGNATORY country:EC"), p.rows(reading, "signé"));
    }

    @Test
    void aFrontedAdverbialWithNoFocusWordNamesNoOne() {
        HandParse p = HandParse.of("Au sein du groupe, le texte n'a pas été approuvé par tous.")
                .edge("approuvé", "nsubj:pass", "texte").edge("approuvé", "obl", "sein").edge("sein", "case", "Au")
                .edge("sein", "nmod:de", "groupe").edge("approuvé", "advmod", "n'").edge("approuvé", "aux", "a");
        assertEquals(Set.of(), p.rows(reading, "approuvé"));
    }
}
