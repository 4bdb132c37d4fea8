package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;
import org.summitcoverage.model.RoleType;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SetDefinitionReadingTest {
    private static final HolderReading NOTHING_ELSE = site -> List.of();

    private static Set<String> rows(HandParse p, String cue, RoleType role) {
        return p.rows(new SetDefinitionReading(NOTHING_ELSE), cue, role);
    }

    @Test
    void theMembersOfASignatorySetFollowFigurer() {
        HandParse p = HandParse.of("Parmi les pays signataires de la charte figurent notamment le Pérou et la Bolivie.")
                .entity("Pérou", "country:PE").entity("Bolivie", "country:BO");
        assertEquals(Set.of("SIGNATORY country:PE", "SIGNATORY country:BO"), rows(p, "signataires", RoleType.SIGNATORY));
    }

    @Test
    void aNegatedParticipleDefinesTheSetOfThoseWhoDidNotSign() {
        HandParse p = HandParse.of("Parmi les autres États n'ayant pas signé le pacte figurent la Suède et la Norvège.")
                .entity("Suède", "country:SE").entity("Norvège", "country:NO");
        assertEquals(Set.of("NON_SIGNATORY country:SE", "NON_SIGNATORY country:NO"), rows(p, "signé", RoleType.NON_SIGNATORY));
    }

    @Test
    void thoseWhoVotedAgainstWereTheCopulasComplements() {
        HandParse p = HandParse.of("Ceux qui ont voté contre le texte étaient le Japon, la Corée du Sud et le Canada.")
                .entity("Japon", "country:JP").entity("Corée du Sud", "country:KR").entity("Canada", "country:CA");
        assertEquals(Set.of("NON_SIGNATORY country:JP", "NON_SIGNATORY country:KR", "NON_SIGNATORY country:CA"),
                rows(p, "voté", RoleType.NON_SIGNATORY));
    }

    @Test
    void theAbstentionsCameFromTheCountriesListed() {
        HandParse p = HandParse.of("Les cinq abstentions venaient du Mexique, de la Colombie et de la Grèce.")
                .entity("Mexique", "country:MX").entity("Colombie", "country:CO").entity("Grèce", "country:GR");
        assertEquals(Set.of("NON_SIGNATORY country:MX", "NON_SIGNATORY country:CO", "NON_SIGNATORY country:GR"),
                rows(p, "abstentions", RoleType.NON_SIGNATORY));
    }

    @Test
    void aRelativeClauseOnTheSignatoriesListsThem() {
        HandParse p = HandParse.of("Les signataires du pacte, qui incluent le Kenya et le Ghana, se reverront en mai.")
                .entity("Kenya", "country:KE").entity("Ghana", "country:GH");
        assertEquals(Set.of("SIGNATORY country:KE", "SIGNATORY country:GH"), rows(p, "signataires", RoleType.SIGNATORY));
    }

    @Test
    void aSubjectThatNamesItsHolderIsLeftToTheOtherReadings() {
        HandParse p = HandParse.of("Le Chili, qui a signé le pacte, est le voisin du Pérou.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE");
        assertEquals(Set.of(), rows(p, "signé", RoleType.SIGNATORY));
    }

    @Test
    void anAuxiliaryIsNoCopulaNamingMembers() {
        HandParse p = HandParse.of("Les pays qui ont signé sont attendus au Kenya.").entity("Kenya", "country:KE");
        assertEquals(Set.of(), rows(p, "signé", RoleType.SIGNATORY));
    }

    @Test
    void theMembersNamedRightAfterTheNoun() {
        HandParse p = HandParse.of("Les quarante pays signataires, dont le Togo et le Bénin, se reverront en mai.")
                .entity("Togo", "country:TG").entity("Bénin", "country:BJ");
        assertEquals(Set.of("SIGNATORY country:TG", "SIGNATORY country:BJ"), rows(p, "signataires", RoleType.SIGNATORY));
    }

    @Test
    void aNegatedVerbOfInclusionLeavesItsObjectsOutOfTheSignatories() {
        HandParse p = HandParse.of("La liste des signataires de l'appel n'inclut pas l'Équateur, le Paraguay et la Namibie.")
                .entity("Équateur", "country:EC").entity("Paraguay", "country:PY").entity("Namibie", "country:NA");
        assertEquals(Set.of("NON_SIGNATORY country:EC", "NON_SIGNATORY country:PY", "NON_SIGNATORY country:NA"),
                rows(p, "signataires", RoleType.SIGNATORY));
    }

    @Test
    void aNegatedInclusionWithNiNamesRefusalsToo() {
        HandParse p = HandParse.of("Les signataires du pacte ne comprennent ni l'Algérie ni la Libye.")
                .entity("Algérie", "country:DZ").entity("Libye", "country:LY");
        assertEquals(Set.of("NON_SIGNATORY country:DZ", "NON_SIGNATORY country:LY"), rows(p, "signataires", RoleType.SIGNATORY));
    }

    @Test
    void aGuestLeftOutOfTheListHoldsNoRole() {
        HandParse p = HandParse.of("Les invités du forum ne comprennent pas le Laos.").entity("Laos", "country:LA");
        assertEquals(Set.of(), rows(p, "invités", RoleType.PARTICIPANT));
    }

    @Test
    void theEastAfterAnArticleIsNoCopula() {
        // (h27-arabe) `dans l'Est de X`: the cardinal point, not `est`; X is where the meeting is, no member of the set
        HandParse p = HandParse.of("Les ministres qui doivent participer à la conférence de Cuenca, mardi, dans l'Est de l'Équateur, ont gagné la ville.")
                .entity("Équateur", "country:EC");
        assertEquals(Set.of(), rows(p, "participer", RoleType.PARTICIPANT));
    }
}
