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

    @Test
    void theEnvoyAfterTheHeadsNameInAppositionToTheFrontedCue() {
        // (h23-names) the head's name right after the complement, then the envoy's own titled phrase
        HandParse p = HandParse.of("Représentant le chef de l'État ghanéen, Yaw Mensah, le Vice-président de la République, Kofi Addaba a assisté à la session.")
                .entity("ghanéen", "country:GH").entity("Yaw Mensah", "person:yaw-mensah").entity("Kofi Addaba", "person:kofi-addaba");
        assertEquals(Set.of("DELEGATION_HEAD person:kofi-addaba for country:GH"), p.rowsOnBehalf(reading, "Représentant"));
    }

    @Test
    void theEnvoyWithHisOwnTitleRightAfterTheComplement() {
        HandParse p = HandParse.of("Représentant le chef de l'État ghanéen, Kofi Addaba, ministre des Affaires étrangères, a assisté à la session.")
                .entity("ghanéen", "country:GH").entity("Kofi Addaba", "person:kofi-addaba");
        assertEquals(Set.of("DELEGATION_HEAD person:kofi-addaba for country:GH"), p.rowsOnBehalf(reading, "Représentant"));
    }

    @Test
    void aPersonPastTheCommaAfterTheEnvoysTitleIsSomeoneElse() {
        // the titled envoy is unnamed; the name in his relative clause is another person, and the head stays the head
        HandParse p = HandParse.of("Représentant le chef de l'État ghanéen, Yaw Mensah, le ministre des Affaires étrangères, qui a reçu Kofi Addaba, a pris la parole.")
                .entity("ghanéen", "country:GH").entity("Yaw Mensah", "person:yaw-mensah").entity("Kofi Addaba", "person:kofi-addaba");
        assertEquals(Set.of(), p.rowsOnBehalf(reading, "Représentant"));
    }

    @Test
    void theKingStyledSmIsAHeadOfState() {
        // (h27-ocean) `SM`, Sa Majesté without its dots, is a style: the princess represents the king
        HandParse p = HandParse.of("La princesse Salma Idrissi, représentante de SM le Roi Hassan Amrani, participe au forum.")
                .entity("Salma Idrissi", "person:salma-idrissi").entity("Hassan Amrani", "person:hassan-amrani");
        assertEquals(Set.of("DELEGATION_HEAD person:salma-idrissi"), p.rows(reading, "représentante"));
    }
}
