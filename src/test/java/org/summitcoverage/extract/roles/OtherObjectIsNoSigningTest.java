package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** (h19-side) A verb of signing over a `que` clause argues a fact: no text signed. */
class OtherObjectIsNoSigningTest {
    private static final HolderReading READING = new OtherObjectIsNoSigning(new VerbReading());

    @Test
    void supportingAClauseSignsNothing() {
        HandParse p = HandParse.of("Le ministre Paul Otieno a soutenu qu'il faudra agir au sommet de Lindau.")
                .entity("Paul Otieno", "person:paul-otieno")
                .edge("soutenu", "nsubj", "ministre").edge("ministre", "appos", "Paul").edge("soutenu", "aux", "a")
                .edge("soutenu", "ccomp", "faudra").edge("faudra", "mark", "qu'").edge("faudra", "nsubj", "il")
                .tag("soutenu", "VERB");
        assertEquals(Set.of(), p.rows(READING, "soutenu"));
    }

    @Test
    void supportingTheDeclarationStillSigns() {
        HandParse p = HandParse.of("Le ministre Paul Otieno a soutenu la déclaration du sommet de Lindau.")
                .entity("Paul Otieno", "person:paul-otieno")
                .edge("soutenu", "nsubj", "ministre").edge("ministre", "appos", "Paul").edge("soutenu", "aux", "a")
                .edge("soutenu", "obj", "déclaration").tag("soutenu", "VERB");
        assertEquals(Set.of("SIGNATORY person:paul-otieno"), p.rows(READING, "soutenu"));
    }

    @Test
    void withdrawingTroopsLeavesNoText() { // (h20-paix)
        HandParse p = HandParse.of("La Bolivie a retiré ses troupes de la frontière avant le sommet de Lindau.")
                .entity("Bolivie", "country:BO")
                .edge("retiré", "nsubj", "Bolivie").edge("retiré", "aux", "a").edge("retiré", "obj", "troupes")
                .edge("troupes", "det", "ses").tag("retiré", "VERB").tag("troupes", "NOUN");
        assertEquals(Set.of(), p.rows(READING, "retiré"));
    }

    @Test
    void withdrawingItsSignatureIsARefusal() { // (h20-paix)
        HandParse p = HandParse.of("La Bolivie a retiré sa signature de la charte du sommet de Lindau.")
                .entity("Bolivie", "country:BO")
                .edge("retiré", "nsubj", "Bolivie").edge("retiré", "aux", "a").edge("retiré", "obj", "signature")
                .edge("signature", "det", "sa").tag("retiré", "VERB").tag("signature", "NOUN");
        assertEquals(Set.of("NON_SIGNATORY country:BO"), p.rows(READING, "retiré"));
    }
}
