package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

/** (h28-onu) A passive invitation to attend names guests; an invitation to sign stays a demand. */
class InvitedToAttendTest {

    private static boolean blocked(HandParse p, String cueWord) {
        return CueScope.blockedByTokens(HandParse.WORDS, p.last().tokens(), p.hit(cueWord), p.hits());
    }

    @Test
    void aPassiveInvitationOverAnAttendanceInfinitiveAssertsAttendance() {
        HandParse p = HandParse.of("Le Ghana et le Bénin ont été invités à participer au sommet de Lomé.")
                .entity("Ghana", "country:GH").entity("Bénin", "country:BJ")
                .edge("participer", "nsubj", "Ghana").edge("Ghana", "conj:et", "Bénin").edge("participer", "nsubj", "Bénin");
        assertFalse(blocked(p, "participer"));
        assertEquals(Set.of("PARTICIPANT country:GH", "PARTICIPANT country:BJ"), p.rows(new SubjectReading(), "participer"));
    }

    @Test
    void anInvitationOverASigningInfinitiveStaysADemand() {
        HandParse p = HandParse.of("Le Ghana a été invité à signer la déclaration.").entity("Ghana", "country:GH");
        assertTrue(blocked(p, "signer"));
    }

    @Test
    void anActiveInvitationStaysADemand() {
        HandParse p = HandParse.of("Le Togo les a invités à participer au sommet.").entity("Togo", "country:TG");
        assertTrue(blocked(p, "participer"));
    }
}
