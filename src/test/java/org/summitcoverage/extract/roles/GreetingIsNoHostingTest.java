package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GreetingIsNoHostingTest {
    private final GreetingIsNoHosting reading = new GreetingIsNoHosting(new VerbReading());

    @Test
    void aPersonGreetedOnArrivalMakesNoHost() {
        HandParse p = HandParse.of("Le chef de l'État péruvien a été accueilli à l'aéroport par le ministre Luis Mora.")
                .entity("péruvien", "country:PE").entity("Luis Mora", "person:luis-mora")
                .edge("accueilli", "nsubj:pass", "chef").edge("accueilli", "aux:pass", "été")
                .edge("accueilli", "obl:agent", "ministre").edge("ministre", "appos", "Luis").edge("Luis", "flat:name", "Mora");
        assertEquals(Set.of(), p.rows(reading, "accueilli"));
    }

    @Test
    void aMeetingHostedStillMakesAHost() {
        HandParse p = HandParse.of("Le sommet a été accueilli par le Pérou.")
                .entity("Pérou", "country:PE")
                .edge("accueilli", "nsubj:pass", "sommet").edge("accueilli", "aux:pass", "été").edge("accueilli", "obl:agent", "Pérou");
        assertEquals(Set.of("HOST country:PE"), p.rows(reading, "accueilli"));
    }
}
