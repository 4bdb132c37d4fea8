package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JoiningReadingTest {
    private final JoiningReading reading = new JoiningReading(new SubjectReading());

    @Test
    void joiningATextSigns() {
        HandParse p = HandParse.of("Le Chili s'est joint à l'appel.").entity("Chili", "country:CL").edge("joint", "nsubj", "Chili");
        assertEquals(Set.of("SIGNATORY country:CL"), p.rows(reading, "joint"));
    }

    @Test
    void joiningPeopleAttends() {
        HandParse p = HandParse.of("Ana Ruiz se joindra à eux.").entity("Ana Ruiz", "person:ana-ruiz").edge("joindra", "nsubj", "Ana");
        assertEquals(Set.of("PARTICIPANT person:ana-ruiz"), p.rows(reading, "joindra"));
    }

    @Test
    void joiningTheTalksAttends() { // (h22-minis) `s'est joint aux discussions`: attendance, no signature
        HandParse p = HandParse.of("Le Chili s'est joint aux discussions des ministres.").entity("Chili", "country:CL")
                .edge("joint", "nsubj", "Chili");
        assertEquals(Set.of("PARTICIPANT country:CL"), p.rows(reading, "joint"));
    }
}
