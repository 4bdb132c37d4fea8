package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RepresentationReadingTest {
    private final RepresentationReading reading = new RepresentationReading();

    private Set<String> heads(HandParse p) {
        return p.rowsOnBehalf(reading, "représenté");
    }

    @Test
    void passiveRepresentation() {
        HandParse p = HandParse.of("Le Ghana était représenté par Kofi Mensah.")
                .entity("Ghana", "country:GH").entity("Kofi Mensah", "person:kofi-mensah")
                .edge("représenté", "nsubj:pass", "Ghana").edge("représenté", "obl:agent", "Kofi")
                .edge("Kofi", "flat:name", "Mensah");
        assertEquals(Set.of("DELEGATION_HEAD person:kofi-mensah for country:GH"), heads(p));
    }

    @Test
    void activeRepresentation() {
        HandParse p = HandParse.of("Kofi Mensah a représenté le Ghana.")
                .entity("Ghana", "country:GH").entity("Kofi Mensah", "person:kofi-mensah")
                .edge("représenté", "nsubj", "Kofi").edge("Kofi", "flat:name", "Mensah").edge("représenté", "obj", "Ghana");
        assertEquals(Set.of("DELEGATION_HEAD person:kofi-mensah for country:GH"), heads(p));
    }

    @Test
    void representingNoStateOrBodyIsNoDelegation() {
        HandParse p = HandParse.of("Kofi Mensah a représenté son entreprise.")
                .entity("Kofi Mensah", "person:kofi-mensah")
                .edge("représenté", "nsubj", "Kofi").edge("représenté", "obj", "entreprise");
        assertEquals(Set.of(), p.rows(reading, "représenté"));
    }
}
