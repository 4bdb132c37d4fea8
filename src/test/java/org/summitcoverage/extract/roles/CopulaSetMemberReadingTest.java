package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;
import org.summitcoverage.model.RoleType;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CopulaSetMemberReadingTest {
    private static final HolderReading READING = new CopulaSetMemberReading(site -> List.of());

    @Test
    void theCopulasSubjectIsTheCountryTheCueQualifies() {
        HandParse p = HandParse.of("Le Ghana est le seul pays à s'être abstenu.").entity("Ghana", "country:GH")
                .edge("pays", "nsubj", "Ghana").edge("pays", "cop", "est").edge("pays", "acl:à", "abstenu");
        assertEquals(Set.of("NON_SIGNATORY country:GH"), p.rows(READING, "abstenu"));
    }

    @Test
    void aNounThatIsNoSetOfStatesHoldsNothing() {
        HandParse p = HandParse.of("Le Ghana est le texte à signer.").entity("Ghana", "country:GH")
                .edge("texte", "nsubj", "Ghana").edge("texte", "cop", "est").edge("texte", "acl:à", "signer");
        assertEquals(Set.of(), p.rows(READING, "signer", RoleType.SIGNATORY));
    }
}
