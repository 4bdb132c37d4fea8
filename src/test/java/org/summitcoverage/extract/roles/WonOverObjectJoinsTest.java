package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** (h25-paix) `rallier X à un texte`: X is won over and joins; the subject wins it over. */
class WonOverObjectJoinsTest {
    private final HolderReading reading = new WonOverObjectJoins(new SubjectReading());

    @Test
    void theObjectWonOverToTheTextJoins() {
        HandParse p = HandParse.of("Le Chili a rallié le Pérou et la Bolivie à sa déclaration sur les océans.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE").entity("Bolivie", "country:BO")
                .edge("ROOT", "root", "rallié").edge("rallié", "nsubj", "Chili").edge("rallié", "obj", "Pérou")
                .edge("rallié", "obj", "Bolivie").edge("rallié", "obl:à", "déclaration");
        assertEquals(Set.of("SIGNATORY country:PE", "SIGNATORY country:BO"), p.rows(reading, "rallié"));
    }

    @Test
    void anUnnamedSetWonOverNamesNoHolder() {
        HandParse p = HandParse.of("Lors du sommet, le Chili rallie ses voisins à sa déclaration.")
                .entity("Chili", "country:CL")
                .edge("ROOT", "root", "rallie").edge("rallie", "nsubj", "Chili").edge("rallie", "obj", "voisins")
                .edge("rallie", "obl:à", "déclaration");
        assertEquals(Set.of(), p.rows(reading, "rallie"));
    }

    @Test
    void withoutItsAComplementTheSubjectJoins() {
        HandParse p = HandParse.of("Le Pérou a rallié la déclaration du sommet.").entity("Pérou", "country:PE")
                .edge("ROOT", "root", "rallié").edge("rallié", "nsubj", "Pérou").edge("rallié", "obj", "déclaration");
        assertEquals(Set.of("SIGNATORY country:PE"), p.rows(reading, "rallié"));
    }

    @Test
    void theReflexiveCliticIsNoObjectWonOver() {
        HandParse p = HandParse.of("Le Brésil s'est rallié à la déclaration du sommet.").entity("Brésil", "country:BR")
                .edge("ROOT", "root", "rallié").edge("rallié", "nsubj", "Brésil").edge("rallié", "obj", "s'")
                .edge("rallié", "obl:à", "déclaration");
        assertEquals(Set.of("SIGNATORY country:BR"), p.rows(reading, "rallié"));
    }
}
