package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An assembly that adopts a text is the meeting, not a signatory; a body that is no assembly still signs. */
class AssemblyIsTheMeetingTest {
    private final HolderReading reading = new AssemblyIsTheMeeting(new VerbReading());

    @Test
    void anAssemblyAdoptingAResolutionSignsNothing() {
        HandParse p = HandParse.of("L'Assemblée mondiale des océans a adopté mardi la résolution sur les pêches.")
                .entity("Assemblée mondiale des océans", "org:assemblee-mondiale-des-oceans")
                .edge("adopté", "nsubj", "Assemblée").edge("adopté", "obj", "résolution");
        assertEquals(Set.of(), p.rows(reading, "adopté"));
    }

    @Test
    void aBodyThatIsNoAssemblyStillSigns() {
        HandParse p = HandParse.of("L'Union africaine a adopté mardi la résolution sur les pêches.")
                .entity("Union africaine", "org:union-africaine")
                .edge("adopté", "nsubj", "Union").edge("adopté", "obj", "résolution");
        assertEquals(Set.of("SIGNATORY org:union-africaine"), p.rows(reading, "adopté"));
    }

    @Test
    void theUnAdoptsOnlyThroughTheAssemblyOfItsMembers() {
        // (h23-onu) `L'ONU adopte un pacte`: the assembly of the member states is the meeting; signing stays a signature
        HandParse p = HandParse.of("L'ONU a adopté mardi la charte des océans.")
                .entity("ONU", "org:organisation-des-nations-unies")
                .edge("adopté", "nsubj", "ONU").edge("adopté", "obj", "charte");
        assertEquals(Set.of(), p.rows(reading, "adopté"));
        HandParse q = HandParse.of("L'ONU a signé mardi la charte des océans.")
                .entity("ONU", "org:organisation-des-nations-unies")
                .edge("signé", "nsubj", "ONU").edge("signé", "obj", "charte");
        assertEquals(Set.of("SIGNATORY org:organisation-des-nations-unies"), q.rows(reading, "signé"));
    }

    @Test
    void anAssemblyNamedByItsAcronymSignsNothing() {
        // (h23-onu) `L'AGNU a adopté cette résolution`: the acronym's entity is the assembly
        HandParse p = HandParse.of("L'AMO a adopté mardi la résolution sur les pêches.")
                .entity("AMO", "org:assemblee-mondiale-des-oceans")
                .edge("adopté", "nsubj", "AMO").edge("adopté", "obj", "résolution");
        assertEquals(Set.of(), p.rows(reading, "adopté"));
    }

    @Test
    void theWhoAdoptsOnlyThroughTheWorldHealthAssembly() {
        // (h23-onu) `L'OMS a franchi une étape en adoptant un accord`: the World Health Assembly is the meeting
        HandParse p = HandParse.of("L'OMS a adopté mardi la charte des vaccins.")
                .entity("OMS", "org:organisation-mondiale-de-la-sante")
                .edge("adopté", "nsubj", "OMS").edge("adopté", "obj", "charte");
        assertEquals(Set.of(), p.rows(reading, "adopté"));
    }
}
