package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;
import org.summitcoverage.model.RoleType;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReceivedMeetingOnlyTest {
    private static final HolderReading READING = new ReceivedMeetingOnly(new VerbReading());

    @Test
    void whoReceivesAMeetingHostsIt() {
        HandParse p = HandParse.of("La Mongolie, qui reçoit le forum, a renforcé la sécurité.")
                .entity("Mongolie", "country:MN").edge("Mongolie", "acl:relcl", "reçoit").edge("reçoit", "nsubj", "qui")
                .edge("reçoit", "obj", "forum").edge("renforcé", "nsubj", "Mongolie");
        assertEquals(Set.of("HOST country:MN"), p.rows(READING, "reçoit", RoleType.HOST));
    }

    @Test
    void whoReceivesGuestsOrAPresidencyHostsNothing() {
        HandParse p = HandParse.of("La Mongolie a reçu ses homologues du forum.")
                .entity("Mongolie", "country:MN").edge("reçu", "nsubj", "Mongolie").edge("reçu", "obj", "homologues");
        assertEquals(Set.of(), p.rows(READING, "reçu", RoleType.HOST));
        HandParse q = HandParse.of("La Mongolie a reçu la présidence du forum.")
                .entity("Mongolie", "country:MN").edge("reçu", "nsubj", "Mongolie").edge("reçu", "obj", "présidence");
        assertEquals(Set.of(), q.rows(READING, "reçu", RoleType.HOST));
    }
}
