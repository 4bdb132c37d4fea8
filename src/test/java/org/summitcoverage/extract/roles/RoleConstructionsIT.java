package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;
import org.summitcoverage.model.ArticleAnalysis;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One French construction per test, asserting the exact role rows (role + entity id) it yields. */
class RoleConstructionsIT {
    static ArticleAnalysis analyse(String id, String text) {
        return org.summitcoverage.ArticleAnalyzer.shared().analyze(new org.summitcoverage.model.Article(
                new org.summitcoverage.model.ArticleMeta(id, id + ".txt", null, null, null, null, "0", text.length()), text, false));
    }

    /** Roles are read only in articles about a meeting: each construction comes after a neutral first line. */
    private static Set<String> roles(String text) {
        ArticleAnalysis a = analyse("construction", "Le sommet s'est ouvert cette semaine.\n\n" + text);
        Set<String> out = new TreeSet<>();
        a.roles().forEach(r -> out.add(r.role() + " " + r.entityId()));
        return out;
    }

    @Test
    void passiveWithCoordinatedAgents() {
        assertEquals(Set.of("CHAIR country:GH", "CHAIR country:SE"),
                roles("La réunion, coprésidée par le Ghana et la Suède, s'est ouverte lundi à Genève."));
    }

    @Test
    void activeCoordinatedSubjects() {
        assertEquals(Set.of("CHAIR country:FR", "CHAIR country:IN"),
                roles("La France et l'Inde coprésident le sommet de Paris cette année."));
    }

    @Test
    void longEnumerationGivesEveryCountryARow() {
        Set<String> r = roles("La déclaration a été signée par l'Allemagne, l'Argentine, l'Australie, le Brésil, le Canada, "
                + "le Chili, la Colombie, le Danemark, l'Espagne, la Finlande, la Grèce, l'Irlande, l'Italie, le Japon, "
                + "le Kenya, le Mexique, la Norvège, le Pérou, le Portugal, la Suède, la Tunisie et le Viet Nam.");
        for (String code : new String[]{"DE", "AR", "AU", "BR", "CA", "CL", "CO", "DK", "ES", "FI", "GR", "IE", "IT", "JP",
                "KE", "MX", "NO", "PE", "PT", "SE", "TN", "VN"}) {
            assertTrue(r.contains("SIGNATORY country:" + code), code + " missing from " + r);
        }
        assertEquals(22, r.size(), r.toString());
    }

    @Test
    void exceptionWinsOverTheSurroundingCue() {
        Set<String> r = roles("Le texte a été adopté par le Chili, le Kenya et la Norvège, à l'exception des États-Unis et du Royaume-Uni.");
        assertTrue(r.contains("NON_SIGNATORY country:US"), r.toString());
        assertTrue(r.contains("NON_SIGNATORY country:GB"), r.toString());
        assertFalse(r.contains("SIGNATORY country:US"), r.toString());
        assertFalse(r.contains("SIGNATORY country:GB"), r.toString());
        assertTrue(r.contains("SIGNATORY country:CL"), r.toString());
    }

    @Test
    void negationAndRefusal() {
        assertEquals(Set.of("NON_SIGNATORY country:US"), roles("Les États-Unis n'ont pas signé la déclaration finale."));
        assertEquals(Set.of("NON_SIGNATORY country:GB"), roles("Le Royaume-Uni a refusé de signer le texte."));
    }

    @Test
    void hypothesesAndDemandsAssertNothing() {
        assertEquals(Set.of(), roles("La Chine pourrait signer la déclaration dans les prochains mois."));
        assertEquals(Set.of(), roles("Le Japon appelle la Chine à signer le texte sans tarder."));
        assertEquals(Set.of(), roles("L'Inde signera-t-elle la déclaration ?"));
    }

    @Test
    void appositionWithDelegation() {
        Set<String> r = roles("La délégation chilienne, conduite par Ana Soto, a quitté la salle avant le vote.");
        assertTrue(r.contains("DELEGATION_HEAD person:ana-soto"), r.toString());
    }

    @Test
    void dontIntroducesNamedMembersOfACount() {
        Set<String> r = roles("Soixante pays, dont le Maroc et le Sénégal, ont signé la déclaration de Kigali.");
        assertTrue(r.contains("SIGNATORY country:MA"), r.toString());
        assertTrue(r.contains("SIGNATORY country:SN"), r.toString());
    }

    @Test
    void capitalAsGovernmentAndDemonym() {
        Set<String> r = roles("Washington a refusé de parapher le communiqué, tandis que le gouvernement britannique l'a approuvé.");
        assertTrue(r.contains("NON_SIGNATORY country:US"), r.toString());
    }

    @Test
    void pronounSubjectTakesThePreviousSentencesSubject() {
        Set<String> r = roles("Le Kenya a accueilli le sommet africain sur le climat. Il a également signé la déclaration finale.");
        assertTrue(r.contains("HOST country:KE"), r.toString());
        assertTrue(r.contains("SIGNATORY country:KE"), r.toString());
    }

    @Test
    void relativeClauseIsAboutItsAntecedentOnly() {
        Set<String> r = roles("Le texte a été signé par le Laos, Brunei et le Timor oriental, qui participait à son premier sommet.");
        assertTrue(r.contains("PARTICIPANT country:TL"), r.toString());
        assertFalse(r.contains("PARTICIPANT country:LA"), r.toString());
        assertTrue(r.contains("SIGNATORY country:LA"), r.toString());
    }

    @Test
    void presenceListsParticipants() {
        Set<String> r = roles("La cérémonie s'est déroulée en présence du Premier ministre sénégalais, Ousmane Diallo, et de la Côte d'Ivoire.");
        assertTrue(r.contains("PARTICIPANT person:ousmane-diallo"), r.toString());
        assertTrue(r.contains("PARTICIPANT country:CI"), r.toString());
    }

    @Test
    void futureHost() {
        assertEquals(Set.of("HOST country:BR"), roles("Le Brésil accueillera la prochaine édition du sommet."));
        assertEquals(Set.of("HOST country:TR"), roles("La prochaine conférence se tiendra en Turquie."));
        assertEquals(Set.of("HOST country:CY"), roles("Le prochain sommet informel se tiendra à Chypre."));
    }

    @Test
    void amongThemListsTitledPersons() {
        Set<String> r = roles("Une vingtaine de chefs d'État avaient fait le déplacement. Parmi eux, le président chilien "
                + "Tomás Errázuriz Vial, le premier ministre norvégien Sigrid Haugland ou encore le président ghanéen "
                + "Kojo Ampofo-Darko.");
        assertTrue(r.contains("PARTICIPANT person:tomas-errazuriz-vial"), r.toString());
        assertTrue(r.contains("PARTICIPANT person:sigrid-haugland"), r.toString());
        assertTrue(r.contains("PARTICIPANT person:kojo-ampofo-darko"), r.toString());
    }

    @Test
    void aNameAfterATitleIsAPersonEvenWhenItsFirstNameIsACity() {
        assertEquals(Set.of("CHAIR person:santiago-berrueta"),
                roles("La conférence est présidée par l'ambassadeur uruguayen Santiago Berrueta, qui a repris le dossier en mai."));
    }

    @Test
    void parmiPhraseWithACueNamesTheSetAndTheListAfterTheVerbItsMembers() {
        Set<String> r = roles("Parmi les dirigeants présents figuraient le président béninois Codjo Ahouansou et la "
                + "Première ministre namibienne Ndapewa Shikongo.");
        assertTrue(r.contains("PARTICIPANT person:codjo-ahouansou"), r.toString());
        assertTrue(r.contains("PARTICIPANT person:ndapewa-shikongo"), r.toString());
        Set<String> s = roles("Parmi les pays signataires figurent le Chili, le Pérou et l'Uruguay.");
        assertEquals(Set.of("SIGNATORY country:CL", "SIGNATORY country:PE", "SIGNATORY country:UY"), s);
    }

    @Test
    void anElidedConjunctionDoesNotHideTheMainVerb() {
        // the tokenizer keeps `lorsqu'il` as one word; the parser must still find `ont approuvé`'s subject
        assertEquals(Set.of("SIGNATORY country:EE", "SIGNATORY country:LV"),
                roles("L'Estonie et la Lettonie, prudentes lorsqu’il est question d'énergie, ont approuvé le texte."));
    }

    @Test
    void subjectFoundThroughAnAuxiliaryTheParserTookForTheVerbAndThroughQuantA() {
        assertEquals(Set.of("NON_SIGNATORY country:US"),
                roles("Les États-Unis, qui avaient annoncé dès octobre leur boycott de la réunion, n'ont pas paraphé le texte."));
        Set<String> r = roles("Quant au Paraguay, il a finalement signé la déclaration.");
        assertTrue(r.contains("SIGNATORY country:PY"), r.toString());
    }

    @Test
    void aDelegationSignsForItsCountryNotForTheMinisterWhoLeadsIt() {
        Set<String> r = roles("La délégation zambienne, conduite par la ministre des Affaires étrangères Chipo Mwansa, "
                + "a en revanche signé le document.");
        assertTrue(r.contains("SIGNATORY country:ZM"), r.toString());
        assertFalse(r.contains("SIGNATORY person:chipo-mwansa"), r.toString());
        assertTrue(r.contains("DELEGATION_HEAD person:chipo-mwansa"), r.toString());
    }

    @Test
    void joiningInThePronominalFormSignsAndAPartEntiereIsNoException() {
        assertEquals(Set.of("SIGNATORY org:union-africaine"),
                roles("L'Union africaine, membre à part entière du forum, s'y est également associée."));
        assertEquals(Set.of("SIGNATORY country:CL", "SIGNATORY country:IE"),
                roles("Le Chili et l'Irlande se sont joints à l'appel lancé à Paris."));
        // not pronominal: an association, not a signature
        assertEquals(Set.of(), roles("Le Chili a associé des chercheurs à la préparation du texte."));
    }

    @Test
    void aFrontedHostNounQualifiesTheSubjectAfterTheComma() {
        assertEquals(Set.of("HOST country:KE"), roles("Pays hôte, le Kenya avait placé la dette en tête de ses priorités."));
    }

    @Test
    void delegationHeadsInACleftAndAfterAPrefixedTitle() {
        Set<String> r = roles("C'est donc la ministre de la Défense, Ingrid Solheimsen, qui conduisait la délégation norvégienne.");
        assertTrue(r.contains("DELEGATION_HEAD person:ingrid-solheimsen"), r.toString());
        r = roles("La délégation ghanéenne, emmenée par le vice-ministre des Finances, Kwesi Adomako, a quitté la salle.");
        assertTrue(r.contains("DELEGATION_HEAD person:kwesi-adomako"), r.toString());
    }

    @Test
    void toutCommeExtendsTheRoleAndItsNegation() {
        assertEquals(Set.of("SIGNATORY country:CL", "SIGNATORY country:IE", "SIGNATORY country:FR", "HOST country:FR"),
                roles("Le Chili et l'Irlande ont signé l'appel, tout comme la France, pays hôte du forum."));
        assertEquals(Set.of("NON_SIGNATORY country:AR", "NON_SIGNATORY country:PY"),
                roles("L'Argentine n'a pas signé la déclaration, tout comme le Paraguay."));
    }

    @Test
    void aRelativeClauseAfterATitleInAppositionIsAboutThePersonNotTheBody() {
        Set<String> r = roles("« Nous partons de ce qui marche », a résumé Kwame Ofori-Atta, directeur adjoint de la FAO, "
                + "qui a pris la parole à la tribune.");
        assertTrue(r.contains("PARTICIPANT person:kwame-ofori-atta"), r.toString());
        assertFalse(r.stream().anyMatch(x -> x.startsWith("PARTICIPANT org:")), r.toString());
    }

    @Test
    void aDayInsideAMultiWordCueAndAuxCotesDe() {
        Set<String> r = roles("Le ministre letton de la Défense, Arturs Kalnins, a ouvert samedi la séance principale.");
        assertTrue(r.contains("PARTICIPANT person:arturs-kalnins"), r.toString());
        r = roles("La vice-Première ministre moldave, Ana Rusu, a participé à une table ronde, aux côtés du commissaire "
                + "européen Pieter Van Aalst.");
        assertTrue(r.contains("PARTICIPANT person:ana-rusu"), r.toString());
        assertTrue(r.contains("PARTICIPANT person:pieter-van-aalst"), r.toString());
    }

    @Test
    void theAgencyOfADatelineIsNoEntityButTheAgencyInTheStoryIs() {
        ArticleAnalysis a = analyse("dateline", "BAKOU, 24 novembre (AFP) - La COP29 s'est achevée "
                + "dimanche à Bakou.\n\nSelon l'AFP, les négociations ont duré toute la nuit.");
        long afpMentions = a.mentions().stream().filter(m -> m.entityId().equals("org:agence-france-presse")).count();
        assertEquals(1, afpMentions, a.mentions().toString());
    }

    @Test
    void everyItemOfAMinistersPortfolioIsNoOrganisation() {
        ArticleAnalysis a = analyse("portfolio", "La délégation sénégalaise était conduite par la ministre "
                + "de l'Environnement et de la Transition écologique, Awa Sarr.");
        assertTrue(a.entities().stream().noneMatch(e -> e.type() == org.summitcoverage.model.EntityType.ORGANIZATION),
                a.entities().toString());
    }

    @Test
    void aGroupSummitNamedByItsPlaceIsAnEventWithoutTheArticle() {
        ArticleAnalysis a = analyse("group", "Ce G20 de Johannesburg restera comme un tournant. "
                + "Le 38e sommet de l'Union africaine s'est ouvert dimanche.");
        Set<String> events = new TreeSet<>();
        a.mentions().stream().filter(m -> m.type() == org.summitcoverage.model.EntityType.EVENT).forEach(m -> events.add(m.text()));
        assertEquals(Set.of("G20 de Johannesburg", "38e sommet de l'Union africaine"), events);
    }

    @Test
    void theSpeakerRightAfterAnAttributionVerbEvenWhenTheParseLosesHim() {
        ArticleAnalysis first = analyse("speaker", "Le ministre estonien de la Défense, Tarmo Kivisild, "
                + "a ouvert les travaux du sommet. «Il faut agir», a martelé Kivisild, dont le discours a été salué par une longue ovation.");
        Set<String> r = new TreeSet<>();
        first.roles().forEach(x -> r.add(x.role() + " " + x.entityId()));
        assertTrue(r.contains("PARTICIPANT person:tarmo-kivisild"), r.toString());
        assertTrue(first.roles().stream().anyMatch(x -> x.entityId().equals("person:tarmo-kivisild")
                && x.trigger().equals("martelé")), first.roles().toString());
    }

    @Test
    void aNationalityNounIsATitleAndAnOpeningParticipleIsNoName() {
        ArticleAnalysis a = analyse("nationality", "La table ronde a réuni le directeur général du CICR, "
                + "le Suisse Urs Baumgartner. Coorganisé par la Corée du Sud et le Royaume-Uni, le forum a duré deux jours.");
        Set<String> entities = new TreeSet<>();
        a.entities().forEach(e -> entities.add(e.type() + " " + e.entityId()));
        assertTrue(entities.contains("PERSON person:urs-baumgartner"), entities.toString());
        assertTrue(entities.stream().noneMatch(e -> e.startsWith("LOCATION")), entities.toString());
    }

    @Test
    void aModeratorAndTheAuthorOfAnInterventionAttendButAMilitaryInterventionIsNoAttendance() {
        Set<String> r = roles("La table ronde, animée par la journaliste Léa Marchetti, a suivi l'intervention du ministre "
                + "malaisien des Affaires étrangères, Hafiz Rahman.");
        assertTrue(r.contains("PARTICIPANT person:lea-marchetti"), r.toString());
        assertTrue(r.contains("PARTICIPANT person:hafiz-rahman"), r.toString());
        assertEquals(Set.of(), roles("Le sommet a condamné l'intervention militaire de la Russie en Ukraine."));
    }

    @Test
    void whoSpeaksFromTheRostrumAttendsButAnOpEdIsNoRostrum() {
        Set<String> r = roles("Le président béninois, Romuald Hounkpè, a réclamé à la tribune un assouplissement des visas.");
        assertTrue(r.contains("PARTICIPANT person:romuald-hounkpe"), r.toString());
        assertEquals(Set.of(), roles("Le ministre béninois Romuald Hounkpè a publié une tribune dans la presse."));
    }

    @Test
    void aPluralRelativeClauseIsAboutTheWholeListASingularOneAboutItsAntecedent() {
        Set<String> r = roles("Le Chili, le Pérou et l'Uruguay, qui ont rejoint l'alliance en janvier, étaient présents.");
        assertTrue(r.containsAll(Set.of("SIGNATORY country:CL", "SIGNATORY country:PE", "SIGNATORY country:UY")), r.toString());
        r = roles("Le sommet a réuni le Chili, le Pérou et l'Uruguay, qui a rejoint l'alliance en janvier.");
        assertTrue(r.contains("SIGNATORY country:UY"), r.toString());
        assertFalse(r.contains("SIGNATORY country:CL"), r.toString());
    }

    @Test
    void commePasPlusQueAndASubjectBeforeAnAppositionAndAStressingPronoun() {
        assertEquals(Set.of("NON_SIGNATORY country:NP", "NON_SIGNATORY country:BT"),
                roles("Le Népal comme le Bhoutan ont refusé de signer la déclaration."));
        assertEquals(Set.of("NON_SIGNATORY country:MN", "NON_SIGNATORY country:LA"),
                roles("La Mongolie n'a pas signé le texte, pas plus que le Laos."));
        Set<String> r = roles("Le Gabon, premier producteur de manganèse du continent, s'est lui aussi tenu à l'écart.");
        assertTrue(r.contains("NON_SIGNATORY country:GA"), r.toString());
    }

    @Test
    void anArticleAboutNoMeetingHoldsNoRole() {
        ArticleAnalysis football = analyse("football", "Le but est finalement validé par l'arbitre "
                + "Clément Turpin. « Nous avons mérité cette victoire », a déclaré l'entraîneur Régis Le Bris.");
        assertEquals(List.of(), football.roles());
        ArticleAnalysis summit = analyse("summit", "Au sommet de Lomé, « nous avons mérité cette victoire », "
                + "a déclaré le ministre togolais Kodjo Agbéyomé.");
        assertFalse(summit.roles().isEmpty());
    }
}
