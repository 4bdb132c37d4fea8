package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * (h22-minis) A chair's title phrase that runs into `en présence de` with no comma ends there: the people after it
 * attend, they are no further items of the `par` agent's list (`Enumerations.titlePhraseEnd`).
 */
class PresenceEndsTitlePhraseTest {
    @Test
    void thePeopleInPresenceDoNotChair() {
        HandParse p = HandParse.of("La séance a été présidée par Ana Ruiz, Ministre des Affaires Etrangères du Chili en présence de Karl Berg, Ministre de Suède, Kofi Addaba.")
                .entity("Ana Ruiz", "person:ana-ruiz").entity("Chili", "country:CL").entity("Karl Berg", "person:karl-berg")
                .entity("Suède", "country:SE").entity("Kofi Addaba", "person:kofi-addaba")
                .edge("présidée", "nsubj:pass", "séance").edge("présidée", "obl:agent", "Ana")
                .edge("Ana", "appos", "Ministre").edge("Ministre", "nmod", "présence");
        assertEquals(Set.of("CHAIR person:ana-ruiz"), p.rows(new VerbReading(), "présidée"));
    }
}
