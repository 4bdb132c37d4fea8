package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RepresentativeReadingTest {
    private final RepresentativeReading reading = new RepresentativeReading();

    @Test
    void thePersonInAppositionToTheRepresentativeOfTheHeadOfState() {
        HandParse p = HandParse.of("Plusieurs ministres ont pris part au sommet, dont Kofi Mensah, représentant du président de la République du Ghana.")
                .entity("Kofi Mensah", "person:kofi-mensah").entity("Ghana", "country:GH");
        assertEquals(Set.of("DELEGATION_HEAD person:kofi-mensah for country:GH"), p.rowsOnBehalf(reading, "représentant"));
    }

    @Test
    void theRepresentativeOfAStateNamedAfterTheNoun() {
        HandParse p = HandParse.of("Le représentant du Ghana, Kofi Mensah, a pris la parole.")
                .entity("Ghana", "country:GH").entity("Kofi Mensah", "person:kofi-mensah");
        assertEquals(Set.of("DELEGATION_HEAD person:kofi-mensah for country:GH"), p.rowsOnBehalf(reading, "représentant"));
    }

    @Test
    void aBodysRepresentativeLeadsNoDelegation() {
        HandParse p = HandParse.of("Kofi Mensah, représentant de l'ONU, a pris la parole.")
                .entity("Kofi Mensah", "person:kofi-mensah").entity("ONU", "org:organisation-des-nations-unies");
        assertEquals(Set.of(), p.rowsOnBehalf(reading, "représentant"));
    }

    @Test
    void theNameAfterTheHeadOfStatesTitleIsTheHeadOfStates() {
        HandParse p = HandParse.of("Le représentant du président du Ghana, Kofi Mensah, a pris la parole.")
                .entity("Ghana", "country:GH").entity("Kofi Mensah", "person:kofi-mensah");
        assertEquals(Set.of(), p.rowsOnBehalf(reading, "représentant"));
    }
}
