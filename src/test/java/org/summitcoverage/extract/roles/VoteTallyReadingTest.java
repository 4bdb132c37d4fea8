package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VoteTallyReadingTest {
    private static Set<String> sides(HandParse p) {
        return HandParse.rows(new VoteTallyReading(HandParse.WORDS).read(p.graph()));
    }

    @Test
    void theNamesInBracketsAfterEachSideOfATallyTookThatSide() {
        HandParse p = HandParse.of("La motion a été adoptée par 14 voix pour (Pérou), une contre (Cuba) et deux abstentions (Laos et Népal).")
                .entity("Pérou", "country:PE").entity("Cuba", "country:CU").entity("Laos", "country:LA").entity("Népal", "country:NP");
        assertEquals(Set.of("SIGNATORY country:PE", "NON_SIGNATORY country:CU", "NON_SIGNATORY country:LA",
                "NON_SIGNATORY country:NP"), sides(p));
    }

    @Test
    void theBracketAfterAVoteVerbAndTheNamesAfterCeuxDe() {
        HandParse p = HandParse.of("Trois pays ont voté contre (le Laos, le Népal et Cuba).").entity("Laos", "country:LA")
                .entity("Népal", "country:NP").entity("Cuba", "country:CU");
        assertEquals(Set.of("NON_SIGNATORY country:LA", "NON_SIGNATORY country:NP", "NON_SIGNATORY country:CU"), sides(p));
        HandParse q = HandParse.of("La motion a recueilli dix votes pour et deux votes contre, ceux du Laos et de Cuba.")
                .entity("Laos", "country:LA").entity("Cuba", "country:CU");
        assertEquals(Set.of("NON_SIGNATORY country:LA", "NON_SIGNATORY country:CU"), sides(q));
    }

    @Test
    void aBracketAfterANameOrWithOtherWordsNamesNoSide() {
        HandParse p = HandParse.of("La motion a été votée à Lima (Pérou) par les délégués présents (Cuba compris).")
                .entity("Lima", "location:lima").entity("Pérou", "country:PE").entity("Cuba", "country:CU");
        assertEquals(Set.of(), sides(p));
        HandParse q = HandParse.of("Le Pérou a voté contre (une première) et la lutte contre (Cuba) continue.")
                .entity("Pérou", "country:PE").entity("Cuba", "country:CU");
        assertEquals(Set.of(), sides(q));
    }

    @Test
    void theNamesAfterDontFollowingASideTookThatSide() {
        // (h23-onu) `Par 142 voix pour, 10 contre dont A et B, et 12 abstentions`: some of that side, after `dont`
        HandParse p = HandParse.of("Par 140 voix pour, 9 contre dont le Laos et Cuba, et 12 abstentions, l'assemblée a adopté la charte.")
                .entity("Laos", "country:LA").entity("Cuba", "country:CU");
        assertEquals(Set.of("NON_SIGNATORY country:LA", "NON_SIGNATORY country:CU"), sides(p));
        HandParse q = HandParse.of("La charte a été adoptée par le sommet, dont le Laos et Cuba.")
                .entity("Laos", "country:LA").entity("Cuba", "country:CU");
        assertEquals(Set.of(), sides(q));
    }
}
