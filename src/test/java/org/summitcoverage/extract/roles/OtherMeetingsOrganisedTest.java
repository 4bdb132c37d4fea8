package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;
import org.summitcoverage.model.RoleType;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Organising meetings in the indefinite plural beside the summit is not hosting it; organising the summit is. */
class OtherMeetingsOrganisedTest {

    private static boolean otherMeetings(HandParse p) {
        return CueScope.organisesOtherMeetings(HandParse.WORDS, p.graph(), p.site(p.hit("organisé"), RoleType.HOST).cueNode());
    }

    @Test
    void indefinitePluralMeetingsAreMeetingsOfTheirOwn() {
        HandParse p = HandParse.of("En marge du sommet de Lindau, le PNUD a organisé des rencontres thématiques.")
                .entity("PNUD", "org:programme-des-nations-unies-pour-le-developpement")
                .edge("organisé", "nsubj", "PNUD").edge("organisé", "aux", "a").edge("organisé", "obj", "rencontres")
                .edge("rencontres", "det", "des").edge("rencontres", "amod", "thématiques").tag("organisé", "VERB");
        assertTrue(otherMeetings(p));
    }

    @Test
    void theSummitItselfIsHosted() {
        HandParse p = HandParse.of("Le PNUD a organisé le sommet de Lindau.")
                .entity("PNUD", "org:programme-des-nations-unies-pour-le-developpement")
                .edge("organisé", "nsubj", "PNUD").edge("organisé", "aux", "a").edge("organisé", "obj", "sommet")
                .edge("sommet", "det", "le").tag("organisé", "VERB");
        assertFalse(otherMeetings(p));
    }

    @Test
    void countedMeetingsAreMeetingsOfTheirOwn() {
        // (h26-amerique) `Avant le sommet, la CELAC a organisé cinq réunions virtuelles`: not the summit
        HandParse p = HandParse.of("Avant le sommet, le PNUD a organisé cinq réunions virtuelles.")
                .entity("PNUD", "org:programme-des-nations-unies-pour-le-developpement")
                .edge("organisé", "nsubj", "PNUD").edge("organisé", "aux", "a").edge("organisé", "obj", "réunions")
                .edge("réunions", "nummod", "cinq").edge("réunions", "amod", "virtuelles").tag("organisé", "VERB");
        assertTrue(otherMeetings(p));
    }

    @Test
    void aCountedSummitInTheSingularIsStillTheSummit() {
        HandParse p = HandParse.of("Le PNUD a organisé le 3e sommet de Lindau.")
                .entity("PNUD", "org:programme-des-nations-unies-pour-le-developpement")
                .edge("organisé", "nsubj", "PNUD").edge("organisé", "aux", "a").edge("organisé", "obj", "sommet")
                .edge("sommet", "det", "le").edge("sommet", "nummod", "3e").tag("organisé", "VERB");
        assertFalse(otherMeetings(p));
    }
}
