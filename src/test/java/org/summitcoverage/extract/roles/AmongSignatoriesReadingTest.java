package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AmongSignatoriesReadingTest {
    private static final HolderReading READING = new AmongSignatoriesReading(site -> List.of());

    @Test
    void notAmongTheManySignatoriesIsARefusal() {
        HandParse p = HandParse.of("Le Laos ne figure pas parmi les trente premiers pays signataires du pacte.")
                .entity("Laos", "country:LA").edge("figure", "nsubj", "Laos").edge("figure", "advmod", "ne")
                .edge("figure", "advmod", "pas").edge("figure", "obl:parmi", "pays").edge("pays", "appos", "signataires");
        assertEquals(Set.of("NON_SIGNATORY country:LA"), p.rows(READING, "signataires"));
    }

    @Test
    void amongTheSignatoriesIsASignature() {
        HandParse p = HandParse.of("Le Laos figure parmi les trente premiers pays signataires du pacte.")
                .entity("Laos", "country:LA").edge("figure", "nsubj", "Laos")
                .edge("figure", "obl:parmi", "pays").edge("pays", "appos", "signataires");
        assertEquals(Set.of("SIGNATORY country:LA"), p.rows(READING, "signataires"));
    }
}
