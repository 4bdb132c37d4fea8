package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * (h23-otan) An absolute participle clause tacked on a signing (`…, le Chili et le Pérou s'étant abstenus`) has its own
 * subject, the names right before its clitic and auxiliary, which the parser leaves without a subject edge.
 */
class AbsoluteClauseSubjectTest {
    private final VerbReading reading = new VerbReading();

    @Test
    void theNamesBeforeTheAuxiliaryAbstain() {
        HandParse p = HandParse.of("Le texte a été signé par 40 des 42 pays présents, le Chili et le Pérou s'étant abstenus.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE")
                .edge("signé", "advcl", "abstenus").edge("signé", "obl:agent", "40").edge("40", "nmod:de", "pays")
                .edge("pays", "appos", "Chili").edge("pays", "appos", "Pérou").edge("Chili", "conj:et", "Pérou")
                .edge("abstenus", "obj", "s'").edge("abstenus", "aux", "étant");
        assertEquals(Set.of("NON_SIGNATORY country:CL", "NON_SIGNATORY country:PE"), p.rows(reading, "abstenus"));
    }

    @Test
    void aCommonNounBeforeTheClauseNamesNoOne() {
        HandParse p = HandParse.of("Le texte a été signé par le Chili, plusieurs pays s'étant abstenus.")
                .entity("Chili", "country:CL")
                .edge("signé", "advcl", "abstenus").edge("signé", "obl:agent", "Chili")
                .edge("abstenus", "obj", "s'").edge("abstenus", "aux", "étant");
        assertEquals(Set.of(), p.rows(reading, "abstenus"));
    }

    @Test
    void aSubjectOfItsOwnStaysTheSubject() {
        HandParse p = HandParse.of("Le Chili, le Pérou s'étant abstenu, a signé le texte.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE")
                .edge("abstenu", "nsubj", "Chili").edge("abstenu", "obj", "s'").edge("abstenu", "aux", "étant");
        assertEquals(Set.of("NON_SIGNATORY country:CL"), p.rows(reading, "abstenu"));
    }
}
