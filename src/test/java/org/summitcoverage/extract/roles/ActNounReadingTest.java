package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ActNounReadingTest {
    @Test
    void theDeComplementSignsTheTextNamedWithA() {
        HandParse p = HandParse.of("Le ministre a annoncé la souscription du Chili à la déclaration.").entity("Chili", "country:CL")
                .edge("souscription", "nmod:de", "Chili").edge("souscription", "nmod:à", "déclaration");
        assertEquals(Set.of("SIGNATORY country:CL"), p.rows(new ActNounReading(), "souscription"));
    }

    @Test
    void aPossessiveRefusalIsTheSubjects() {
        HandParse p = HandParse.of("Le Pérou a signifié son rejet du texte.").entity("Pérou", "country:PE")
                .edge("signifié", "nsubj", "Pérou").edge("signifié", "obj", "rejet").edge("rejet", "det", "son");
        assertEquals(Set.of("NON_SIGNATORY country:PE"), p.rows(new ActNounReading(), "rejet"));
    }

    @Test
    void theSigningOfADocumentNamesNoSignatory() {
        HandParse p = HandParse.of("Le sommet de Lima s'est achevé avec la signature d'un accord.")
                .entity("Lima", "location:lima").edge("signature", "nmod:de", "accord");
        assertEquals(Set.of(), p.rows(new ActNounReading(), "signature"));
    }

    @Test
    void aLiftedVetoIsNoRefusal() {
        HandParse p = HandParse.of("Le Pérou a levé son veto au texte.").entity("Pérou", "country:PE")
                .edge("levé", "nsubj", "Pérou").edge("levé", "obj", "veto").edge("veto", "det", "son");
        assertEquals(Set.of(), p.rows(new ActNounReading(), "veto"));
    }
}
