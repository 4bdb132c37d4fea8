package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Word-order readings, on sentences without any parse. */
class TokenFallbackReadingTest {
    private final TokenFallbackReading reading = new TokenFallbackReading();

    @Test
    void theListAfterPar() {
        HandParse p = HandParse.of("Le texte a été approuvé par le Mali et le Niger.")
                .entity("Mali", "country:ML").entity("Niger", "country:NE");
        assertEquals(Set.of("SIGNATORY country:ML", "SIGNATORY country:NE"), p.rows(reading, "approuvé"));
    }

    @Test
    void theNameBeforeTheVerbPastAuxiliaryAndAdverb() {
        HandParse p = HandParse.of("Le Togo a finalement signé la déclaration.").entity("Togo", "country:TG");
        assertEquals(Set.of("SIGNATORY country:TG"), p.rows(reading, "signé"));
    }

    @Test
    void aLowerCaseAppositionBetweenSubjectAndVerbIsSkipped() {
        HandParse p = HandParse.of("Le Gabon, premier producteur du continent, s'est tenu à l'écart.")
                .entity("Gabon", "country:GA");
        assertEquals(Set.of("NON_SIGNATORY country:GA"), p.rows(reading, "tenu"));
    }

    @Test
    void aSubjectAfterTheVerb() {
        HandParse p = HandParse.of("Ont participé à la réunion l'Allemagne et l'Arménie.")
                .entity("Allemagne", "country:DE").entity("Arménie", "country:AM");
        assertEquals(Set.of("PARTICIPANT country:DE", "PARTICIPANT country:AM"), p.rows(reading, "participé"));
    }

    @Test
    void aNameInsideARelativeInciseIsNotTheSubject() {
        HandParse p = HandParse.of("Les deux pays, qui ont coorganisé le forum avec le Portugal, ont signé.")
                .entity("Portugal", "country:PT");
        assertEquals(Set.of(), p.rows(reading, "signé"));
    }

    @Test
    void theListAfterTheListingVerbOfAnOpeningParmiPhrase() {
        HandParse p = HandParse.of("Parmi les dirigeants présents figuraient le Chili et le Pérou.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE");
        assertEquals(Set.of("PARTICIPANT country:CL", "PARTICIPANT country:PE"), p.rows(reading, "présents"));
    }

    @Test
    void nonPlusBetweenTheSubjectAndTheVerb() {
        HandParse p = HandParse.of("Le Chili et le Pérou n'ont pas non plus rejoint la déclaration.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE");
        assertEquals(Set.of("NON_SIGNATORY country:CL", "NON_SIGNATORY country:PE"),
                p.rows(reading, "rejoint", org.summitcoverage.model.RoleType.NON_SIGNATORY));
    }

    @Test
    void peopleListedWithTheirTitlesAndASuccessor() {
        HandParse p = HandParse.of("Le président sortant, le Péruvien Luis Mora, et son successeur, la Chilienne Ana Ruiz, prendront la parole.")
                .entity("Luis Mora", "person:luis-mora").entity("Ana Ruiz", "person:ana-ruiz");
        assertEquals(Set.of("PARTICIPANT person:luis-mora", "PARTICIPANT person:ana-ruiz"), p.rows(reading, "prendront"));
    }

    @Test
    void theParOfAnotherParticipleIsNotTheCuesAgent() {
        HandParse p = HandParse.of("Les délégués ont adopté la décision préparée par le Kenya.").entity("Kenya", "country:KE");
        assertEquals(Set.of(), p.rows(new TokenFallbackReading(), "adopté"));
    }

    @Test
    void anInvertedSubjectAfterLongComplements() {
        HandParse p = HandParse.of("Participent aussi au forum de l'Union africaine dans la capitale kényane les présidents "
                        + "Jean Mbarga du Cameroun ; Paul Ndikumana du Burundi.")
                .entity("Union africaine", "org:union-africaine").entity("Jean Mbarga", "person:jean-mbarga")
                .entity("Cameroun", "country:CM").entity("Paul Ndikumana", "person:paul-ndikumana").entity("Burundi", "country:BI");
        assertEquals(Set.of("PARTICIPANT person:jean-mbarga", "PARTICIPANT person:paul-ndikumana"),
                p.rows(reading, "Participent"));
    }

    @Test
    void aNameInAComplementIsNoInvertedSubject() {
        HandParse p = HandParse.of("Participent aussi à la rencontre de l'Union africaine plusieurs délégués.")
                .entity("Union africaine", "org:union-africaine");
        assertEquals(Set.of(), p.rows(reading, "Participent"));
    }

    @Test
    void theListAfterAColonIsTheInvertedSubject() {
        HandParse p = HandParse.of("Étaient présents à la séance d'ouverture du forum de la veille : le Ghana et le Togo.")
                .entity("Ghana", "country:GH").entity("Togo", "country:TG");
        assertEquals(Set.of("PARTICIPANT country:GH", "PARTICIPANT country:TG"), p.rows(reading, "présents"));
    }

    @Test
    void aRelativeClauseWithItsSubjectAfterTheVerb() {
        HandParse p = HandParse.of("Ils ont visité le salon, lors duquel étaient aussi présents la ministre déléguée au Commerce "
                        + "Rosa Pinto et le président de la FEDAR Ugo Neri.")
                .entity("Rosa Pinto", "person:rosa-pinto").entity("FEDAR", "org:fedar").entity("Ugo Neri", "person:ugo-neri");
        assertEquals(Set.of("PARTICIPANT person:rosa-pinto", "PARTICIPANT person:ugo-neri"), p.rows(reading, "présents"));
    }

    @Test
    void demonymsOfTitlesAfterARelativePronoun() {
        HandParse p = HandParse.of("Un forum (auquel ont assisté les présidents ghanéen et malien, ainsi que les chefs "
                        + "de gouvernement togolais et béninois) s'est tenu.")
                .entity("ghanéen", "country:GH").entity("malien", "country:ML").entity("togolais", "country:TG")
                .entity("béninois", "country:BJ");
        assertEquals(Set.of("PARTICIPANT country:GH", "PARTICIPANT country:ML", "PARTICIPANT country:TG",
                "PARTICIPANT country:BJ"), p.rows(reading, "assisté"));
    }

    @Test
    void theNameBeforeAPurposeInfinitiveIsNoSubject() {
        HandParse p = HandParse.of("Les ministres sont en route pour Lima, la capitale du Pérou, pour assister au forum.")
                .entity("Lima", "country:PE").entity("Pérou", "country:PE");
        assertEquals(Set.of(), p.rows(reading, "assister"));
    }

    @Test
    void theNamesInAppositionToTheAgentsTitles() {
        HandParse p = HandParse.of("Coprésidée par le Premier ministre, Omar Benali, et par le chef du gouvernement "
                        + "portugais, Rui Tavares, la réunion s'est tenue à Tanger.")
                .entity("Omar Benali", "person:omar-benali").entity("portugais", "country:PT")
                .entity("Rui Tavares", "person:rui-tavares");
        assertEquals(Set.of("CHAIR person:omar-benali", "CHAIR person:rui-tavares"),
                p.rows(reading, "Coprésidée", org.summitcoverage.model.RoleType.CHAIR));
    }

    @Test
    void aQuotedThemeAfterAnOpeningParticipleNamesNoHolder() {
        // (h26-ia) the slogan in English quotes is a theme, not the organiser inverted after the participle
        HandParse p = HandParse.of("Organisé sous le thème \u201CSanté pour tous, Espérance pour tous\u201D, le forum a réuni des experts.")
                .entity("Espérance", "person:esperance");
        assertEquals(Set.of(), p.rows(reading, "Organisé", org.summitcoverage.model.RoleType.HOST));
    }

    @Test
    void aQuotedThemeInGuillemetsNamesNoHolderEither() {
        HandParse p = HandParse.of("Organisée sous le thème « Un Niger pour tous », la rencontre a réuni des experts.")
                .entity("Niger", "country:NE");
        assertEquals(Set.of(), p.rows(reading, "Organisée", org.summitcoverage.model.RoleType.HOST));
    }

    @Test
    void maisAussiGoesOnWithAnInvertedSubjectList() {
        HandParse p = HandParse.of("Ont participé au forum le Ghana et le Bénin, mais aussi l'Union africaine et la Banque mondiale.")
                .entity("Ghana", "country:GH").entity("Bénin", "country:BJ").entity("Union africaine", "org:union-africaine")
                .entity("Banque mondiale", "org:banque-mondiale");
        assertEquals(Set.of("PARTICIPANT country:GH", "PARTICIPANT country:BJ", "PARTICIPANT org:union-africaine",
                "PARTICIPANT org:banque-mondiale"), p.rows(reading, "participé"));
    }
}
