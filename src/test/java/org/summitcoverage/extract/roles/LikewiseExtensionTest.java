package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;
import org.summitcoverage.model.RoleType;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LikewiseExtensionTest {
    private final LikewiseExtension reading = new LikewiseExtension(new SubjectReading());

    @Test
    void toutCommeExtendsTheRole() {
        HandParse p = HandParse.of("Le Chili a signé l'appel, tout comme la France.")
                .entity("Chili", "country:CL").entity("France", "country:FR").edge("signé", "nsubj", "Chili");
        assertEquals(Set.of("SIGNATORY country:CL", "SIGNATORY country:FR"), p.rows(reading, "signé"));
    }

    @Test
    void theElidedMarkerExtendsTheRoleToo() {
        // (h25-paix) `de même qu'` before a vowel is the list's `de même que`
        HandParse p = HandParse.of("Le Chili a pris part au forum, de même qu’Andorre et l'Équateur.")
                .entity("Chili", "country:CL").entity("Andorre", "country:AD").entity("Équateur", "country:EC")
                .edge("pris", "nsubj", "Chili");
        assertEquals(Set.of("PARTICIPANT country:CL", "PARTICIPANT country:AD", "PARTICIPANT country:EC"),
                p.rows(reading, "pris"));
    }

    @Test
    void pasPlusQueExtendsARefusal() {
        HandParse p = HandParse.of("L'Argentine n'a pas signé, pas plus que le Paraguay.")
                .entity("Argentine", "country:AR").entity("Paraguay", "country:PY").edge("signé", "nsubj", "Argentine");
        assertEquals(Set.of("NON_SIGNATORY country:AR", "NON_SIGNATORY country:PY"),
                p.rows(reading, "signé", RoleType.NON_SIGNATORY));
    }

    @Test
    void auxCotesDeExtendsAttendanceOnly() {
        HandParse attended = HandParse.of("Le Chili a participé à la table ronde, aux côtés du Pérou.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE").edge("participé", "nsubj", "Chili");
        assertEquals(Set.of("PARTICIPANT country:CL", "PARTICIPANT country:PE"), attended.rows(reading, "participé"));
        HandParse chaired = HandParse.of("Le Chili a présidé la séance, aux côtés du Pérou.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE").edge("présidé", "nsubj", "Chili");
        assertEquals(Set.of("CHAIR country:CL"), chaired.rows(reading, "présidé", RoleType.CHAIR));
    }

    @Test
    void outreAddsToAnUnnamedSet() {
        // (h31-listes) `Outre X, plusieurs chefs d'État sont arrivés`: the reading names no one, the fronted person holds
        HandParse p = HandParse.of("Outre le Chili, plusieurs pays ont pris part au forum.")
                .entity("Chili", "country:CL").edge("pris", "nsubj", "pays").edge("pays", "det", "plusieurs");
        assertEquals(Set.of("PARTICIPANT country:CL"), p.rows(reading, "pris"));
    }

    @Test
    void outreAddsNothingWhenTheSubjectIsNoGroup() {
        HandParse p = HandParse.of("Outre le Chili, le texte a été signé.")
                .entity("Chili", "country:CL").edge("signé", "nsubj:pass", "texte");
        assertEquals(Set.of(), p.rows(reading, "signé"));
    }

    @Test
    void nothingToExtendWhenNobodyHoldsTheRole() {
        HandParse p = HandParse.of("Le texte a été signé, tout comme la France.").entity("France", "country:FR")
                .edge("signé", "nsubj:pass", "texte");
        assertEquals(Set.of(), p.rows(reading, "signé"));
    }

    @Test
    void toutCommeAfterAStatusNounAndPastATitle() {
        HandParse p = HandParse.of("Les deux ministres du Chili sont les invités du forum, tout comme les présidents du Pérou, "
                        + "du Ghana et de la Bolivie qui ont été réélus.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE").entity("Ghana", "country:GH")
                .entity("Bolivie", "country:BO").edge("invités", "nsubj", "ministres").edge("ministres", "nmod:de", "Chili");
        assertEquals(Set.of("PARTICIPANT country:CL", "PARTICIPANT country:PE", "PARTICIPANT country:GH", "PARTICIPANT country:BO"),
                p.rows(new LikewiseExtension(new StatusNounReading()), "invités"));
    }

    @Test
    void commaCommeAfterASignatureNamesMoreSignatories() {
        // (h20-decl) `, comme A, B` after a signature: they signed too; `, comme l'a rappelé X` speaks of X, signs nothing
        HandParse p = HandParse.of("Le Chili a signé l'accord, comme le Pérou et la Norvège.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE").entity("Norvège", "country:NO")
                .edge("signé", "nsubj", "Chili").edge("Pérou", "conj", "Norvège");
        assertEquals(Set.of("SIGNATORY country:CL", "SIGNATORY country:PE", "SIGNATORY country:NO"), p.rows(reading, "signé"));
        HandParse speaker = HandParse.of("Le Chili a signé l'accord, comme l'a rappelé Ana Ruiz.")
                .entity("Chili", "country:CL").entity("Ana Ruiz", "person:ana-ruiz").edge("signé", "nsubj", "Chili");
        assertEquals(Set.of("SIGNATORY country:CL"), speaker.rows(reading, "signé"));
        HandParse clause = HandParse.of("Le Chili a signé l'accord, comme le souligne Ana Ruiz.")
                .entity("Chili", "country:CL").entity("Ana Ruiz", "person:ana-ruiz").edge("signé", "nsubj", "Chili");
        assertEquals(Set.of("SIGNATORY country:CL"), clause.rows(reading, "signé"));
    }
}
