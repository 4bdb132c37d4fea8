package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VenueReadingTest {
    private final VenueReading reading = new VenueReading();

    @Test
    void theCountryWhereTheMeetingIsHeldHostsIt() {
        assertEquals(Set.of("HOST country:TR"), HandParse.of("La prochaine conférence se tiendra en Turquie.")
                .entity("Turquie", "country:TR").rows(reading, "tiendra"));
        assertEquals(Set.of("HOST country:KE"), HandParse.of("Le sommet aura lieu au Kenya.")
                .entity("Kenya", "country:KE").rows(reading, "aura"));
    }

    @Test
    void anIslandStateAfterA() {
        assertEquals(Set.of("HOST country:CY"), HandParse.of("Le prochain sommet se tiendra à Chypre.")
                .entity("Chypre", "country:CY").rows(reading, "tiendra"));
    }

    @Test
    void aCityIsNoHostCountry() {
        assertEquals(Set.of(), HandParse.of("Le prochain sommet se tiendra à Genève.")
                .entity("Genève", "location:geneve").rows(reading, "tiendra"));
    }

    @Test
    void theNonPronominalVerbHoldsNoMeeting() {
        assertEquals(Set.of(), HandParse.of("Le Kenya tiendra sa promesse en Turquie.")
                .entity("Turquie", "country:TR").rows(reading, "tiendra"));
    }

    @Test
    void aStatesPavilionIsNoPlaceOfTheMeeting() {
        // (h19-side) `au Pavillon Chili`, `au stand du Pérou`: the state names its pavilion inside the venue
        assertEquals(Set.of(), HandParse.of("Trente débats du sommet seront organisés au Pavillon Chili.")
                .entity("Chili", "country:CL").rows(reading, "seront"));
        assertEquals(Set.of(), HandParse.of("Trente débats du sommet seront organisés au stand du Pérou.")
                .entity("Pérou", "country:PE").rows(reading, "seront"));
        assertEquals(Set.of("HOST country:CL"), HandParse.of("Les travaux du sommet seront organisés au Chili.")
                .entity("Chili", "country:CL").rows(reading, "seront"));
    }

    @Test
    void aBareParticipleOfOrganisingOnTheMeetingNounPlacesIt() {
        // (h23-onu) `cette rencontre de trois jours organisée dans le nord du Pérou`, `cette conférence organisée au Chili`
        assertEquals(Set.of("HOST country:CL"), HandParse.of("Le texte de cette conférence organisée au Chili a été salué.")
                .entity("Chili", "country:CL").rows(reading, "organisée"));
        assertEquals(Set.of("HOST country:PE"), HandParse.of("Le ministre a clos cette rencontre de trois jours organisée dans le nord du Pérou.")
                .entity("Pérou", "country:PE").rows(reading, "organisée"));
    }

    @Test
    void aBareParticipleOnAnythingButAMeetingPlacesNothing() {
        // (h23-onu) a press briefing's place, a clause's participle, a thing organised: no host
        assertEquals(Set.of(), HandParse.of("Lors de la conférence de presse organisée au Chili, le ministre a parlé.")
                .entity("Chili", "country:CL").rows(reading, "organisée"));
        assertEquals(Set.of(), HandParse.of("Le sommet a salué la collecte organisée au Chili.")
                .entity("Chili", "country:CL").rows(reading, "organisée"));
        assertEquals(Set.of(), HandParse.of("Le forum, organisé au Chili, a fermé.")
                .entity("Chili", "country:CL").rows(reading, "organisé"));
        assertEquals(Set.of(), HandParse.of("La conférence se tiendra en juin, après une première réunion organisée au Chili.")
                .entity("Chili", "country:CL").rows(reading, "organisée"));
    }
}
