package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PassiveSubjectReadingTest {
    private final PassiveSubjectReading reading = new PassiveSubjectReading();

    @Test
    void thePassiveSubjectIsExpected() {
        HandParse p = HandParse.of("Les dirigeants du Chili et du Pérou sont aussi attendus.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE")
                .edge("attendus", "nsubj:pass", "dirigeants").edge("dirigeants", "nmod:de", "Chili").edge("Chili", "conj:et", "Pérou");
        assertEquals(Set.of("PARTICIPANT country:CL", "PARTICIPANT country:PE"), p.rows(reading, "attendus"));
    }

    @Test
    void whoWaitsForThemIsNoParticipant() {
        HandParse p = HandParse.of("Plusieurs dirigeants sont attendus par Luis Mora.").entity("Luis Mora", "person:luis-mora");
        assertEquals(Set.of(), p.rows(reading, "attendus"));
    }

    @Test
    void theListAfterASavoir() {
        HandParse p = HandParse.of("Des représentants de dix pays sont attendus, à savoir le Chili, le Pérou et l'Équateur.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE").entity("Équateur", "country:EC");
        assertEquals(Set.of("PARTICIPANT country:CL", "PARTICIPANT country:PE", "PARTICIPANT country:EC"), p.rows(reading, "attendus"));
    }

    @Test
    void anInstitutionTheDictionaryLacksDoesNotBreakTheList() {
        HandParse p = HandParse.of("Des représentants de dix pays et organisations sont attendus, à savoir le Chili, l'OMS, "
                        + "l'Agence régionale du Littoral, l'Union africaine et le Bureau des Océans (BDO).")
                .entity("Chili", "country:CL").entity("OMS", "org:organisation-mondiale-de-la-sante")
                .entity("Union africaine", "org:union-africaine").entity("BDO", "org:bdo");
        assertEquals(Set.of("PARTICIPANT country:CL", "PARTICIPANT org:organisation-mondiale-de-la-sante",
                "PARTICIPANT org:union-africaine", "PARTICIPANT org:bdo"), p.rows(reading, "attendus"));
    }
}
