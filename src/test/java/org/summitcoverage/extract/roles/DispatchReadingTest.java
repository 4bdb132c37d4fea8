package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DispatchReadingTest {
    private final DispatchReading reading = new DispatchReading();

    @Test
    void thePersonSentLeadsTheSendersDelegation() {
        HandParse p = HandParse.of("Le Ghana a dépêché son ministre Kofi Mensah au forum.")
                .entity("Ghana", "country:GH").entity("Kofi Mensah", "person:kofi-mensah")
                .edge("dépêché", "nsubj", "Ghana").edge("dépêché", "obj", "ministre")
                .edge("ministre", "appos", "Kofi").edge("Kofi", "flat:name", "Mensah");
        assertEquals(Set.of("DELEGATION_HEAD person:kofi-mensah for country:GH"), p.rowsOnBehalf(reading, "dépêché"));
    }

    @Test
    void sendingADelegationOrAMessageNamesNoHead() {
        HandParse p = HandParse.of("Le Ghana a envoyé un message au forum.")
                .entity("Ghana", "country:GH")
                .edge("envoyé", "nsubj", "Ghana").edge("envoyé", "obj", "message");
        assertEquals(Set.of(), p.rowsOnBehalf(reading, "envoyé"));
    }
}
