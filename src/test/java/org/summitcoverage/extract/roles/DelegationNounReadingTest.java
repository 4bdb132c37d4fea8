package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DelegationNounReadingTest {
    private final DelegationNounReading reading = new DelegationNounReading();

    @Test
    void thePersonNearestToALaTeteDeLaDelegation() {
        HandParse p = HandParse.of("À la tête de la délégation du Mali, Awa Traoré a pris la parole.")
                .entity("Mali", "country:ML").entity("Awa Traoré", "person:awa-traore")
                .edge("délégation", "nmod:de", "Mali");
        assertEquals(Set.of("DELEGATION_HEAD person:awa-traore for country:ML"), p.rowsOnBehalf(reading, "délégation"));
    }

    @Test
    void aDelegationWithoutTeteOrChefIsLedByNobodyHere() {
        HandParse p = HandParse.of("La délégation du Mali a salué Awa Traoré.")
                .entity("Mali", "country:ML").entity("Awa Traoré", "person:awa-traore")
                .edge("délégation", "nmod:de", "Mali");
        assertEquals(Set.of(), p.rows(reading, "délégation"));
    }

    @Test
    void theChiefNegotiatorOfADelegationDoesNotLeadIt() {
        // (h23-onu) `négociateur en chef de la délégation`: a compound title `en chef`, the delegation's negotiator
        HandParse p = HandParse.of("Awa Traoré, négociateur en chef de la délégation du Mali, a pris la parole.")
                .entity("Mali", "country:ML").entity("Awa Traoré", "person:awa-traore")
                .edge("délégation", "nmod:de", "Mali");
        assertEquals(Set.of(), p.rows(reading, "délégation"));
        HandParse q = HandParse.of("Awa Traoré, chef de la délégation du Mali, a pris la parole.")
                .entity("Mali", "country:ML").entity("Awa Traoré", "person:awa-traore")
                .edge("délégation", "nmod:de", "Mali");
        assertEquals(Set.of("DELEGATION_HEAD person:awa-traore for country:ML"), q.rowsOnBehalf(reading, "délégation"));
    }
}
