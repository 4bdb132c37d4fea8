package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RelativeClauseReadingTest {
    private final RelativeClauseReading reading = new RelativeClauseReading();

    @Test
    void aSingularRelativeIsAboutItsAntecedentOnly() {
        HandParse p = HandParse.of("Le texte a été signé par le Laos et le Népal, qui participait à son premier sommet.")
                .entity("Laos", "country:LA").entity("Népal", "country:NP");
        assertEquals(Set.of("PARTICIPANT country:NP"), p.rows(reading, "participait"));
    }

    @Test
    void aPluralRelativeIsAboutTheWholeList() {
        HandParse p = HandParse.of("Le Chili, le Pérou et l'Uruguay, qui ont rejoint la déclaration, étaient présents.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE").entity("Uruguay", "country:UY");
        assertEquals(Set.of("SIGNATORY country:CL", "SIGNATORY country:PE", "SIGNATORY country:UY"),
                p.rows(reading, "rejoint"));
    }

    @Test
    void afterATitleInAppositionThePersonNotTheBodyOfTheTitle() {
        HandParse p = HandParse.of("« Il faut agir », a dit Kwame Asante, directeur adjoint de la FAO, qui a pris la parole.")
                .entity("Kwame Asante", "person:kwame-asante").entity("FAO", "org:fao");
        assertEquals(Set.of("PARTICIPANT person:kwame-asante"), p.rows(reading, "pris"));
    }

    @Test
    void noRelativeClauseNoReading() {
        HandParse p = HandParse.of("Le Népal a participé au sommet.").entity("Népal", "country:NP");
        assertEquals(Set.of(), p.rows(reading, "participé"));
    }

    @Test
    void aPremodifiedTitleInAppositionLeadsBackToItsPerson() {
        HandParse p = HandParse.of("Le sommet a été ouvert par Kwame Asante, actuel président de l'Union andine, qui a pris la parole.")
                .entity("Kwame Asante", "person:kwame-asante").entity("Union andine", "org:union-andine");
        assertEquals(Set.of("PARTICIPANT person:kwame-asante"), p.rows(reading, "pris"));
    }
}
