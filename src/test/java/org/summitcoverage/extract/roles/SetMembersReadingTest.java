package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SetMembersReadingTest {
    @Test
    void theSubjectOfTheMainVerbListsTheMembersOfTheSetTheRelativeClauseNames() {
        HandParse p = HandParse.of("Parmi les pays qui ont rejoint l'appel figurent le Chili et le Pérou.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE")
                .edge("pays", "acl:relcl", "rejoint").edge("figurent", "obl:parmi", "pays")
                .edge("figurent", "nsubj", "Chili").edge("Chili", "conj:et", "Pérou").edge("figurent", "nsubj", "Pérou");
        assertEquals(Set.of("SIGNATORY country:CL", "SIGNATORY country:PE"), p.rows(new SetMembersReading(), "rejoint"));
    }
}
