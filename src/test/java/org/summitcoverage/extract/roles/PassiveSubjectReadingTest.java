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

    @Test
    void confirmedHeadsOfStateAttend() {
        // (h27-ocean) `Les chefs d'État de A et de B ont été confirmés`: attendance confirmed, like `sont attendus`
        HandParse p = HandParse.of("À ce jour, les chefs d'État du Belize et de la Jamaïque ont été confirmés.")
                .entity("Belize", "country:BZ").entity("Jamaïque", "country:JM")
                .edge("confirmés", "nsubj:pass", "chefs").edge("chefs", "nmod:de", "Belize").edge("Belize", "conj:et", "Jamaïque");
        assertEquals(Set.of("PARTICIPANT country:BZ", "PARTICIPANT country:JM"), p.rows(reading, "confirmés"));
    }

    @Test
    void confirmedInOfficeIsNoCue() {
        // (h27-ocean) `confirmée dans ses fonctions` confirms a post, not a presence: no cue there
        HandParse p = HandParse.of("La ministre Ama Owusu a été confirmée dans ses fonctions.").entity("Ama Owusu", "person:ama-owusu");
        assertEquals(false, p.hits().stream().anyMatch(h -> h.role() != null));
    }

    @Test
    void solicitingIsAsking() {
        // (h27-ocean) `ont sollicité une intervention de X`: a demand, a modal over the cue
        HandParse p = HandParse.of("Les organisateurs ont sollicité une intervention par vidéo de la reine Ana Vidal.");
        assertEquals(true, p.hits().stream().anyMatch(h -> h.kind() == RoleCueLexicon.CueKind.MODAL
                && h.first() == 3));
    }
}
