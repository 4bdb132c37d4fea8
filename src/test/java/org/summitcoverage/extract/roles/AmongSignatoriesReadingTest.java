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
    @Test
    void notOnTheListOfSignatoriesIsARefusal() {
        HandParse p = HandParse.of("Le Laos et le Népal ne figurent pas sur la liste des signataires du pacte.")
                .entity("Laos", "country:LA").entity("Népal", "country:NP").edge("figurent", "nsubj", "Laos")
                .edge("figurent", "nsubj", "Népal").edge("figurent", "advmod", "ne").edge("figurent", "advmod", "pas")
                .edge("figurent", "obl:sur", "liste").edge("liste", "nmod:de", "signataires");
        assertEquals(Set.of("NON_SIGNATORY country:LA", "NON_SIGNATORY country:NP"), p.rows(READING, "signataires"));
    }

    @Test
    void absentFromTheListOfSignatoriesIsARefusalAndOnItASignature() {
        HandParse p = HandParse.of("Le Laos était absent de la liste des pays signataires du pacte.")
                .entity("Laos", "country:LA").edge("absent", "nsubj", "Laos").edge("absent", "cop", "était")
                .edge("absent", "obl:de", "liste").edge("liste", "nmod:de", "pays").edge("pays", "amod", "signataires");
        assertEquals(Set.of("NON_SIGNATORY country:LA"), p.rows(READING, "signataires"));
        HandParse q = HandParse.of("Le Laos figure sur la liste des pays signataires du pacte.")
                .entity("Laos", "country:LA").edge("figure", "nsubj", "Laos")
                .edge("figure", "obl:sur", "liste").edge("liste", "nmod:de", "pays").edge("pays", "appos", "signataires");
        assertEquals(Set.of("SIGNATORY country:LA"), q.rows(READING, "signataires"));
    }

    @Test
    void onSomethingElseThanAListIsNone() {
        HandParse p = HandParse.of("Le Laos figure sur la carte des signataires de la pétition du sommet.")
                .entity("Laos", "country:LA").edge("figure", "nsubj", "Laos").edge("figure", "obl:sur", "carte")
                .edge("carte", "nmod:de", "signataires");
        assertEquals(Set.of(), p.rows(READING, "signataires"));
    }
}
