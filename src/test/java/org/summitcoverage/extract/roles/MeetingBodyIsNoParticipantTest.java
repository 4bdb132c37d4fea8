package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A body that gathers alone is the meeting, not one of its participants. */
class MeetingBodyIsNoParticipantTest {
    private final HolderReading reading = new MeetingBodyIsNoParticipant(new VerbReading());

    @Test
    void anOrganOfStatesGatheringAloneIsTheMeeting() {
        HandParse p = HandParse.of("Le Conseil de sécurité s'est réuni lundi à Genève.")
                .entity("Conseil de sécurité", "org:conseil-de-securite")
                .edge("réuni", "nsubj", "Conseil").edge("Conseil", "nmod:de", "sécurité").edge("réuni", "expl:comp", "s'");
        assertEquals(Set.of(), p.rows(reading, "réuni"));
    }

    @Test
    void aBodyGatheringWithAnotherStillTakesPart() {
        HandParse p = HandParse.of("Le Conseil de sécurité et l'Union africaine se sont réunis lundi à Genève.")
                .entity("Conseil de sécurité", "org:conseil-de-securite").entity("Union africaine", "org:union-africaine")
                .edge("réunis", "nsubj", "Conseil").edge("Conseil", "conj:et", "Union").edge("réunis", "nsubj", "Union")
                .edge("réunis", "expl:comp", "se");
        assertEquals(Set.of("PARTICIPANT org:conseil-de-securite", "PARTICIPANT org:union-africaine"), p.rows(reading, "réunis"));
    }
}
