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
}
