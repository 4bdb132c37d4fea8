package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TitleComplementIsNoHolderTest {
    private final TitleComplementIsNoHolder reading = new TitleComplementIsNoHolder(new VerbReading());

    @Test
    void theBodyTheHolderPresidesHoldsNothing() {
        HandParse p = HandParse.of("Le Pérou, président en exercice de la Communauté andine, accueillera le sommet.")
                .entity("Pérou", "country:PE").entity("Communauté andine", "org:communaute-andine")
                .edge("accueillera", "nsubj", "Pérou").edge("Pérou", "appos", "président")
                .edge("président", "nmod:de", "Communauté").edge("accueillera", "obj", "sommet");
        assertEquals(Set.of("HOST country:PE"), p.rows(reading, "accueillera"));
    }
}
