package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NounUseOnlyTest {
    private final NounUseOnly reading = new NounUseOnly(new StatusNounReading());

    @Test
    void theGuestsOfTheSummitNamedAsSuch() {
        HandParse p = HandParse.of("Le Chili et le Pérou sont les invités du sommet.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE")
                .edge("invités", "nsubj", "Chili").edge("Chili", "conj:et", "Pérou").edge("invités", "cop", "sont")
                .tag("invités", "NOUN");
        assertEquals(Set.of("PARTICIPANT country:CL", "PARTICIPANT country:PE"), p.rows(reading, "invités"));
    }

    @Test
    void aParticipleInvitedToJoinIsNoGuest() {
        HandParse p = HandParse.of("Le Chili, invité à rejoindre le groupe, a décliné.")
                .entity("Chili", "country:CL").edge("Chili", "acl", "invité").tag("invité", "VERB");
        assertEquals(Set.of(), p.rows(reading, "invité"));
    }
}
