package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VoteGappingExtensionTest {
    private static final HolderReading READING = new VoteGappingExtension(new TokenFallbackReading());

    @Test
    void theSideEndsEachPartOfTheTally() {
        HandParse p = HandParse.of("Le Danemark a voté pour, le Portugal et l'Irlande contre, tandis que la Grèce hésitait.")
                .entity("Danemark", "country:DK").entity("Portugal", "country:PT").entity("Irlande", "country:IE")
                .entity("Grèce", "country:GR");
        assertEquals(Set.of("SIGNATORY country:DK", "NON_SIGNATORY country:PT", "NON_SIGNATORY country:IE"),
                p.rows(READING, "voté"));
    }

    @Test
    void aPartWithItsOwnVerbIsLeftToItsCue() {
        HandParse p = HandParse.of("Le Danemark a voté contre, le Portugal a voté pour.")
                .entity("Danemark", "country:DK").entity("Portugal", "country:PT");
        assertEquals(Set.of("NON_SIGNATORY country:DK"), p.rows(new VoteGappingExtension(site -> List.of(
                site.finding(p.mentions().get(0), Confidence.PARSE_SUBJECT, "test", "test"))), "voté"));
    }
}
