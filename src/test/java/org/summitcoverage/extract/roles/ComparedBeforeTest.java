package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;
import org.summitcoverage.model.RoleType;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * States a fronted `après` or `comme` compares with the host held the role at meetings of their own; for a signature,
 * the comparison says they signed too.
 */
class ComparedBeforeTest {
    private final VerbReading reading = new VerbReading();

    private static HandParse after(String sentence, String verb) {
        return HandParse.of(sentence).entity("Chili", "country:CL").entity("Pérou", "country:PE").entity("Norvège", "country:NO")
                .edge("Chili", "case", "Après").edge("Chili", "conj:et", "Pérou").edge(verb, "obl:mod", "Chili")
                .edge(verb, "obl:mod", "Pérou").edge(verb, "nsubj", "Norvège");
    }

    @Test
    void earlierHostsHostedTheirOwnMeetings() {
        HandParse p = after("Après le Chili et le Pérou, la Norvège organise son premier sommet andin.", "organise")
                .edge("organise", "obj", "sommet");
        assertEquals(Set.of("HOST country:NO"), p.rows(reading, "organise"));
    }

    @Test
    void earlierSignatoriesSignedToo() {
        HandParse p = after("Après le Chili et le Pérou, la Norvège a signé la déclaration.", "signé")
                .edge("signé", "obj", "déclaration");
        assertEquals(Set.of("SIGNATORY country:NO", "SIGNATORY country:CL", "SIGNATORY country:PE"),
                p.rows(reading, "signé", RoleType.SIGNATORY));
    }
}
