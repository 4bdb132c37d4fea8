package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** (h31-listes) The comma that closes a fronted `Outre` phrase leaves the main clause's subject after its verb. */
class FrontedAdditionTest {
    private final TokenFallbackReading reading = new TokenFallbackReading();

    @Test
    void pastTheFrontedPhraseAndItsRelativeTheSubjectIsInverted() {
        HandParse p = HandParse.of("Outre le Chili, qui a convoqué la rencontre, y participent le Pérou et la Bolivie.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE").entity("Bolivie", "country:BO");
        assertEquals(Set.of("PARTICIPANT country:PE", "PARTICIPANT country:BO"), p.rows(reading, "participent"));
    }

    @Test
    void pastTheNameOfAFrontedTitleTheSubjectIsInverted() {
        HandParse p = HandParse.of("Outre le président chilien, Ana Soto, y participent le Pérou et la Bolivie.")
                .entity("chilien", "country:CL").entity("Ana Soto", "person:ana-soto")
                .entity("Pérou", "country:PE").entity("Bolivie", "country:BO");
        assertEquals(Set.of("PARTICIPANT country:PE", "PARTICIPANT country:BO"), p.rows(reading, "participent"));
    }

    @Test
    void aStretchThatIsTheMainSubjectClosesNoFrontedPhrase() {
        HandParse p = HandParse.of("Outre le Chili, le Togo, qui a convoqué la rencontre, y participe avec le Pérou.")
                .entity("Chili", "country:CL").entity("Togo", "country:TG").entity("Pérou", "country:PE");
        assertEquals(Set.of(), p.rows(reading, "participe"));
    }
}
