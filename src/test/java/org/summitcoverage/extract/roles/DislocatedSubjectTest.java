package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;
import org.summitcoverage.model.RoleType;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DislocatedSubjectTest {
    private final HolderReading reading = new StatusNounReading();

    @Test
    void theNamesBeforeAnAppositionTheParserTookForTheSubject() {
        // (h25-climat) the parser's subject is the description; the names hang on the verb as modifiers
        HandParse p = HandParse.of("Le Japon et le Chili, les premiers exportateurs de bois du monde, ne figurent pas parmi les signataires.")
                .entity("Japon", "country:JP").entity("Chili", "country:CL")
                .edge("ROOT", "root", "figurent").edge("figurent", "obl:mod", "Japon").edge("Japon", "conj:et", "Chili")
                .edge("figurent", "punct", ",").edge("figurent", "nsubj", "exportateurs")
                .edge("figurent", "advmod", "ne").edge("figurent", "advmod", "pas")
                .edge("figurent", "obl:parmi", "signataires").tag("signataires", "NOUN");
        assertEquals(Set.of("NON_SIGNATORY country:JP", "NON_SIGNATORY country:CL"),
                p.rows(reading, "signataires", RoleType.NON_SIGNATORY));
    }

    @Test
    void aSubjectThatNamesItsHolderKeepsIt() {
        HandParse p = HandParse.of("Selon le Chili, le Japon figure parmi les signataires.")
                .entity("Japon", "country:JP").entity("Chili", "country:CL")
                .edge("ROOT", "root", "figure").edge("figure", "obl:mod", "Chili").edge("figure", "punct", ",")
                .edge("figure", "nsubj", "Japon").edge("figure", "obl:parmi", "signataires").tag("signataires", "NOUN");
        assertEquals(Set.of("SIGNATORY country:JP"), p.rows(reading, "signataires", RoleType.SIGNATORY));
    }

    @Test
    void aModifierWithNoCommaBeforeTheSubjectIsNoSubject() {
        HandParse p = HandParse.of("Au Chili les exportateurs figurent parmi les signataires.")
                .entity("Chili", "country:CL")
                .edge("ROOT", "root", "figurent").edge("figurent", "obl:mod", "Chili")
                .edge("figurent", "nsubj", "exportateurs").edge("figurent", "obl:parmi", "signataires").tag("signataires", "NOUN");
        assertEquals(Set.of(), p.rows(reading, "signataires", RoleType.SIGNATORY));
    }
}
