package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ImpersonalListingReadingTest {
    private static final HolderReading READING = new ImpersonalListingReading(site -> List.of());

    @Test
    void theObjectOfAnImpersonalFindingListsTheSignatories() {
        HandParse p = HandParse.of("On retrouve aussi parmi les signataires le Togo et le Gabon.")
                .entity("Togo", "country:TG").entity("Gabon", "country:GA")
                .edge("retrouve", "nsubj", "On").edge("retrouve", "obl:parmi", "signataires")
                .edge("retrouve", "obj", "Togo").edge("Togo", "conj:et", "Gabon");
        assertEquals(Set.of("SIGNATORY country:TG", "SIGNATORY country:GA"), p.rows(READING, "signataires"));
    }

    @Test
    void aNamedSubjectIsNoImpersonalListing() {
        HandParse p = HandParse.of("Le Togo retrouve parmi les signataires le Gabon.")
                .entity("Togo", "country:TG").entity("Gabon", "country:GA")
                .edge("retrouve", "nsubj", "Togo").edge("retrouve", "obl:parmi", "signataires").edge("retrouve", "obj", "Gabon");
        assertEquals(Set.of(), p.rows(READING, "signataires"));
    }

    @Test
    void theExamplesAfterTelsQueAreSignatoriesWhenTheGroupHangsOnTheRoleNoun() {
        HandParse p = HandParse.of("On compte parmi les signataires des pays côtiers, tels que le Togo ou le Gabon.")
                .entity("Togo", "country:TG").entity("Gabon", "country:GA")
                .edge("compte", "nsubj", "On").edge("compte", "obl:parmi", "signataires")
                .edge("signataires", "nmod:de", "pays").edge("compte", "obl:tels_que", "Togo").edge("Togo", "conj:ou", "Gabon");
        assertEquals(Set.of("SIGNATORY country:TG", "SIGNATORY country:GA"), p.rows(READING, "signataires"));
    }

    @Test
    void examplesAfterTelsQueOfANamedSubjectListNoSignatory() {
        HandParse p = HandParse.of("Le Togo compte parmi les signataires des pays côtiers, tels que le Gabon.")
                .entity("Togo", "country:TG").entity("Gabon", "country:GA")
                .edge("compte", "nsubj", "Togo").edge("compte", "obl:parmi", "signataires")
                .edge("signataires", "nmod:de", "pays").edge("compte", "obl:tels_que", "Gabon");
        assertEquals(Set.of(), p.rows(READING, "signataires"));
    }
}
