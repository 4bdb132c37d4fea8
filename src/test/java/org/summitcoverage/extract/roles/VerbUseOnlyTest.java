package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VerbUseOnlyTest {
    private static HandParse opening(String tag) {
        return HandParse.of("Signe de l'intérêt international, le Japon avait envoyé trois ministres.")
                .entity("Japon", "country:JP").edge("ROOT", "root", "envoyé").edge("envoyé", "obl", "Signe")
                .edge("envoyé", "nsubj", "Japon").tag("Signe", tag);
    }

    @Test
    void aCueWordTaggedAsANounSignsNothing() {
        assertEquals(Set.of(), opening("NOUN").rows(new VerbUseOnly(new VerbReading()), "Signe"));
    }

    @Test
    void withoutTheGuardTheWordsWouldMakeTheNameAfterItASignatory() {
        assertEquals(Set.of("SIGNATORY country:JP"), opening("NOUN").rows(new VerbReading(), "Signe"));
    }
}
