package org.summitcoverage.extract;

import org.junit.jupiter.api.Test;
import org.summitcoverage.model.ArticleAnalysis;
import org.summitcoverage.model.EntityType;

import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Entity constructions through the real models, one invented text each, asserting the exact entities. */
class EntityConstructionsIT {
    @Test
    void aNewspapersTitleWithItsCapitalArticleIsOneBody() {
        // (h43-entites10) `indique Le Parisien`: the tagger reads `Parisien` alone, as a place or a body
        ArticleAnalysis a = SampleArticleIT.analyse("newspaper-title", "Le dîner réunira cent cinquante invités, indique "
                + "Le Parisien. Comme le rapporte Le Parisien, l’Élysée a choisi Versailles.");
        assertEquals(Set.of("COUNTRY country:FR", "LOCATION location:versailles", "ORGANIZATION org:le-parisien"),
                entities(a));
    }

    @Test
    void aBodyAfterAnArticleIsNoFirstNameOfThePersonAfterIt() {
        // (h43-entites10) the tagger joins `Cédéao Amadou Touré` as one person: a given name takes no article
        ArticleAnalysis a = SampleArticleIT.analyse("body-before-name", "Le médiateur de la Cédéao Amadou Touré est arrivé "
                + "à Bamako pour rencontrer les autorités de transition.");
        assertEquals(Set.of("LOCATION location:bamako", "ORGANIZATION org:communaute-economique-des-etats-de-l-afrique-de-l-ouest",
                "PERSON person:amadou-toure"), entities(a));
    }

    @Test
    void aCapitalisedMonthAndItsYearAreADateNoPlace() {
        // (h43-entites10) `lundi 19 Août 2024`: the tagger reads the capitalised month and its year as a place
        ArticleAnalysis a = SampleArticleIT.analyse("capital-month", "La conférence annuelle des ambassadeurs de Norvège a "
                + "été ouverte lundi 19 Août 2024 à Oslo, en présence du ministre des Affaires étrangères Espen Barth Eide.");
        assertEquals(Set.of("COUNTRY country:NO", "LOCATION location:oslo", "PERSON person:espen-barth-eide"), entities(a));
    }

    @Test
    void aNameBeforeAnAgeIsAPersonNoPlace() {
        // (h43-entites10) `et Camilla, 76 ans,`: the tagger reads a given name alone as a place; a place has no age
        ArticleAnalysis a = SampleArticleIT.analyse("age-apposition", "Le roi de Norvège a reçu le couple royal espagnol. "
                + "Felipe VI, 56 ans, et Letizia, 51 ans, toute vêtue de bleu, ont été accueillis par Harald V, 87 ans, et "
                + "Sonja, 86 ans, au palais. À Rome, 20 ans après le traité, les dirigeants se sont retrouvés.");
        assertEquals(Set.of("COUNTRY country:NO", "LOCATION location:rome", "PERSON person:felipe-vi",
                "PERSON person:harald-v", "PERSON person:letizia", "PERSON person:sonja"), entities(a));
    }

    @Test
    void aSocialNetworkBeforeANameIsTheMediumNoPartOfTheName() {
        // (h43-entites10) `a écrit sur X Emmanuel Macron`: the network is where the person writes, no first name or place
        ArticleAnalysis a = SampleArticleIT.analyse("social-network", "« Nous avons avancé », a écrit sur X Emmanuel Macron "
                + "après le sommet de Rome. Le message a été relayé sur Telegram par Volodymyr Zelensky. « Merci », a réagi "
                + "sur Instagram Pedro Sánchez.");
        assertEquals(Set.of("EVENT event:sommet-de-rome", "LOCATION location:rome", "PERSON person:emmanuel-macron",
                "PERSON person:pedro-sanchez", "PERSON person:volodymyr-zelensky"), entities(a));
    }

    @Test
    void aHallOrAFarmIsTheWholeSiteNoPersonOrStrayPlace() {
        // (h43-entites10) `la galerie des Glaces` read as a place `Glaces`, `le Kempinski Hôtel` and `Poacher Cheese Farm`
        // as persons: the site with its noun
        ArticleAnalysis a = SampleArticleIT.analyse("sites", "Le dîner d'État en l'honneur du roi d'Espagne s'est tenu dans "
                + "la galerie des Glaces. Le roi a logé au Kempinski Hôtel puis a visité la ferme Poacher Cheese Farm.");
        assertEquals(Set.of("COUNTRY country:ES", "LOCATION location:ferme-poacher-cheese-farm",
                "LOCATION location:galerie-des-glaces", "LOCATION location:kempinski-hotel"), entities(a));
    }

    @Test
    void theAirForcesDisplayTeamIsOneBodyWithItsWholeName() {
        // (h43-entites10) the tagger reads `Patrouille` alone as a body
        ArticleAnalysis a = SampleArticleIT.analyse("display-team", "La Patrouille de France a survolé Madrid pendant la "
                + "visite du roi Felipe VI.");
        assertEquals(Set.of("COUNTRY country:ES", "ORGANIZATION org:patrouille-de-france", "PERSON person:felipe-vi"),
                entities(a));
    }

    @Test
    void aWireAndItsPhotographerAloneOnTheirLineAreNoEntity() {
        // (h42-entites9) a caption's credit set apart on its own line: neither the wire nor the photographer is an actor
        ArticleAnalysis a = SampleArticleIT.analyse("credit-line", "Les chefs d'État réunis à Niamey\n\nAFP - KOFFI ABALO\n\n"
                + "Le président nigérien a ouvert le sommet.\n\nREUTERS/MARIA DELGADO\n");
        assertEquals(Set.of("COUNTRY country:NE", "LOCATION location:niamey"), entities(a));
    }

    @Test
    void aSovereignsGivenNameIsNotAnotherPersonOfThatName() {
        // (h42-entites9) `le roi Charles` is no `Charles Michel`: after a sovereign's title only a name with that title
        ArticleAnalysis a = SampleArticleIT.analyse("sovereign", "Le roi Charles a reçu lundi les dirigeants européens à "
                + "Londres. Le président du Conseil européen Charles Michel a salué son hôte.");
        assertEquals(Set.of("LOCATION location:londres", "ORGANIZATION org:conseil-europeen", "PERSON person:charles",
                "PERSON person:charles-michel"), entities(a));
    }

    @Test
    void aGuardIsABodyAndARoyalOfficeIsNoPerson() {
        // (h42-entites9) the tagger reads `Garde républicaine jusqu'au palais` as a place, `Clarence House` as a person
        ArticleAnalysis a = SampleArticleIT.analyse("guard", "Les délégations ont été escortées par la Garde républicaine "
                + "jusqu'au palais. Clarence House a indiqué que le souverain était satisfait.");
        assertEquals(Set.of("COUNTRY country:GB", "ORGANIZATION org:garde-republicaine"), entities(a));
    }

    @Test
    void aTitleAfterTheNameWithoutItsCommaIsNoPartOfTheName() {
        // (h42-entites9) `Amadou X l’ancien Président du Mali`: the article and the title open an apposition
        ArticleAnalysis a = SampleArticleIT.analyse("apposition", "Le sommet a été ouvert par le médiateur Amadou Touré "
                + "l’ancien Président du Mali.");
        assertEquals(Set.of("COUNTRY country:ML", "PERSON person:amadou-toure"), entities(a));
    }

    @Test
    void aCoordinatorsOrMediatorsTitleIsNoPartOfTheName() {
        // (h42-entites9) capitalised functions of African summit news, kept in the name by the tagger
        ArticleAnalysis a = SampleArticleIT.analyse("functions", "Le Coordonnateur National Komlan Adjété a ouvert la "
                + "séance. Le Médiateur Amadou Diallo a rencontré les délégations. Le Facilitateur Moussa Keita a salué "
                + "les efforts.");
        assertEquals(Set.of("PERSON person:amadou-diallo", "PERSON person:komlan-adjete", "PERSON person:moussa-keita"),
                entities(a));
    }

    @Test
    void aNationalityNounWithOneLetterWrongIsTheStateNoPerson() {
        // (h42-entites9) `l'Egypien, Ali X`: a typo of `Égyptien` before the name in apposition
        ArticleAnalysis a = SampleArticleIT.analyse("demonym-typo", "Parmi les absents figuraient l'Egypien, Ali Hassan, "
                + "et le Kényan William Ruto.");
        assertEquals(Set.of("COUNTRY country:EG", "COUNTRY country:KE", "PERSON person:ali-hassan",
                "PERSON person:william-ruto"), entities(a));
    }

    @Test
    void theAgencyOfADatelineIsNoEntityButTheAgencyInTheStoryIs() {
        ArticleAnalysis a = SampleArticleIT.analyse("dateline", "BAKOU, 24 novembre (AFP) - La COP29 s'est achevée "
                + "dimanche à Bakou.\n\nSelon l'AFP, les négociations ont duré toute la nuit.");
        long afpMentions = a.mentions().stream().filter(m -> m.entityId().equals("org:agence-france-presse")).count();
        assertEquals(1, afpMentions, a.mentions().toString());
    }

    @Test
    void everyItemOfAMinistersPortfolioIsNoOrganisation() {
        ArticleAnalysis a = SampleArticleIT.analyse("portfolio", "La délégation sénégalaise était conduite par la ministre "
                + "de l'Environnement et de la Transition écologique, Awa Sarr.");
        assertEquals(Set.of("COUNTRY country:SN", "PERSON person:awa-sarr"), entities(a));
    }

    @Test
    void aGroupSummitNamedByItsPlaceIsAnEventWithoutTheArticle() {
        ArticleAnalysis a = SampleArticleIT.analyse("group", "Ce G20 de Johannesburg restera comme un tournant. "
                + "Le 38e sommet de l'Union africaine s'est ouvert dimanche.");
        Set<String> events = new TreeSet<>();
        a.mentions().stream().filter(m -> m.type() == EntityType.EVENT).forEach(m -> events.add(m.text()));
        assertEquals(Set.of("G20 de Johannesburg", "38e sommet de l'Union africaine"), events);
    }

    @Test
    void aNationalityNounIsATitleAndAnOpeningParticipleIsNoName() {
        ArticleAnalysis a = SampleArticleIT.analyse("nationality", "La table ronde a réuni le directeur général du CICR, "
                + "le Suisse Urs Baumgartner. Coorganisé par la Corée du Sud et le Royaume-Uni, le forum a duré deux jours.");
        assertEquals(Set.of("COUNTRY country:CH", "COUNTRY country:GB", "COUNTRY country:KR",
                "ORGANIZATION org:comite-international-de-la-croix-rouge", "PERSON person:urs-baumgartner"), entities(a));
    }

    @Test
    void aGeneralsRankOfTwoTitleWordsIsNoOrganisation() {
        // `Général de Division`: the tagger takes the rank (with or without the name) for a body
        ArticleAnalysis a = SampleArticleIT.analyse("rank", "Le Général de Division Boubacar Sangaré a présidé la séance "
                + "de clôture. Le colonel Kalifa Doumbia y a assisté.");
        assertEquals(Set.of("PERSON person:boubacar-sangare", "PERSON person:kalifa-doumbia"), entities(a));
    }

    @Test
    void theNounATitleGovernsIsNoFirstName() {
        // the tagger reads `République Mamadou` as a place after a dateline; `République` is what the title is of
        ArticleAnalysis a = SampleArticleIT.analyse("title-complement", "Genève, le 5 septembre 2024 - Le président de la "
                + "République Mamadou Diomaye Sarr prend part au 4e sommet de Lindau.");
        Set<String> persons = new TreeSet<>();
        a.mentions().stream().filter(m -> m.type() == EntityType.PERSON).forEach(m -> persons.add(m.entityId()));
        assertEquals(Set.of("person:mamadou-diomaye-sarr"), persons);
    }

    @Test
    void aTownWrittenRightAfterAPersonsNameEndsTheName() {
        ArticleAnalysis a = SampleArticleIT.analyse("surname-town", "La ministre chilienne Paula Andrea Quito a présidé "
                + "la séance.");
        assertEquals(Set.of("COUNTRY country:CL", "PERSON person:paula-andrea-quito"), entities(a));
    }

    @Test
    void aMeetingsNameEndsAtTheVerbAfterItsComplement() {
        ArticleAnalysis a = SampleArticleIT.analyse("event-verb", "Le Forum de Lisbonne sur la mer réunit cette année "
                + "des chercheurs. La Conférence sur la pêche durable débute mardi.");
        Set<String> events = new TreeSet<>();
        a.mentions().stream().filter(m -> m.type() == EntityType.EVENT).forEach(m -> events.add(m.text()));
        assertEquals(Set.of("Forum de Lisbonne sur la mer", "Conférence sur la pêche durable"), events);
    }

    @Test
    void aNameAfterACompanyNounAndItsTradeIsTheCompany() {
        ArticleAnalysis a = SampleArticleIT.analyse("company", "Le sommet a vu le constructeur de navires Kestrel "
                + "signer la charte finale.");
        assertEquals(Set.of("ORGANIZATION org:kestrel"), entities(a));
    }

    @Test
    void aBodyNamedWithLowerCaseAdjectivesIsOneOrganisation() {
        ArticleAnalysis a = SampleArticleIT.analyse("body", "L'Agence panafricaine de la Grande Muraille Verte a "
                + "présenté son bilan.");
        assertEquals(Set.of("ORGANIZATION org:agence-panafricaine-de-la-grande-muraille-verte"), entities(a));
    }

    @Test
    void theLeaderAGovernmentIsNamedAfterIsAPersonWhoDoesNotActInIt() {
        ArticleAnalysis a = SampleArticleIT.analyse("leader", "Le sommet s'est ouvert lundi. Les responsables de "
                + "l'administration Kowalski ont exprimé des réserves sur la déclaration.");
        assertEquals(Set.of("PERSON person:kowalski"), entities(a));
        assertEquals(java.util.List.of(), a.roles(), a.roles().toString());
    }

    @Test
    void namesListedAfterAPluralTitleArePeople() {
        ArticleAnalysis a = SampleArticleIT.analyse("plural-title", "La soirée comprenait des chansons des ambassadeurs "
                + "de bonne volonté du Programme alimentaire mondial (PAM), Yemaya et Koffi Mbemba, puis un film.");
        Set<String> persons = new TreeSet<>();
        a.mentions().stream().filter(m -> m.type() == EntityType.PERSON).forEach(m -> persons.add(m.entityId()));
        assertEquals(Set.of("person:koffi-mbemba", "person:yemaya"), persons); // the tagger calls Yemaya a place
    }

    @Test
    void aDemonymAfterAPlaceNounIsTheStateThePlaceLiesIn() {
        ArticleAnalysis a = SampleArticleIT.analyse("place-demonym", "Le forum régional s'est tenu dans la ville "
                + "péruvienne de Cusco, sous un ciel clair.");
        assertEquals(Set.of("COUNTRY country:PE", "LOCATION location:cuzco"), entities(a));
    }

    @Test
    void aCapitalTargetedOrBackedIsItsGovernment() {
        ArticleAnalysis a = SampleArticleIT.analyse("capital-government", "Le Nicaragua, qui a soutenu Moscou en votant "
                + "contre le texte, est isolé. L'Union européenne veut imposer des sanctions à Moscou.");
        assertEquals(Set.of("COUNTRY country:NI", "COUNTRY country:RU", "ORGANIZATION org:union-europeenne"), entities(a));
    }

    @Test
    void aCapitalAfterItsNounOrAsTheMeetingsPlaceIsTheCity() {
        ArticleAnalysis a = SampleArticleIT.analyse("capital-place", "La délégation a quitté la capitale kényane Nairobi "
                + "avant la fin du sommet. Le sommet des chefs d'État et de gouvernement de Lusaka s'est ouvert lundi.");
        assertEquals(Set.of("COUNTRY country:KE", "LOCATION location:nairobi", "LOCATION location:lusaka",
                "EVENT event:sommet-des-chefs-d-etat-et-de-gouvernement-de-lusaka"), entities(a));
    }

    @Test
    void aNationalityBeforeANameIsTheStateAndTheRestThePerson() {
        ArticleAnalysis a = SampleArticleIT.analyse("nationalities", "Ont confirmé leur venue le Béninois Marc Hounkpè, "
                + "le Tchadien Ali Mahamat Saleh et le Néerlandais Pieter van Dalen.");
        assertEquals(Set.of("COUNTRY country:BJ", "COUNTRY country:TD", "COUNTRY country:NL",
                "PERSON person:marc-hounkpe", "PERSON person:ali-mahamat-saleh", "PERSON person:pieter-van-dalen"),
                entities(a));
    }

    @Test
    void honorificsAndCommuniqueCapitalsAreNotPartOfTheName() {
        ArticleAnalysis a = SampleArticleIT.analyse("honorifics", "S.E.M. Paul Dossou et Prof Jean Kaboré ont pris la "
                + "parole.\n\nRui TAVARES, Ministre des Affaires étrangères de la République du Cabo Verde ;\n\n"
                + "Alassane KOUAME, Président de la République de Côte d'Ivoire ;");
        assertEquals(Set.of("COUNTRY country:CV", "COUNTRY country:CI", "PERSON person:paul-dossou",
                "PERSON person:jean-kabore", "PERSON person:rui-tavares", "PERSON person:alassane-kouame"), entities(a));
    }

    @Test
    void anHonorificWithSomeInitialsGluedIsNotPartOfTheName() {
        ArticleAnalysis a = SampleArticleIT.analyse("glued-honorific", "Étaient présents :\n\nS. E.M. Kofi BOATENG, Président "
                + "de la République du Ghana ;\n\nS.E. M Idrissa SOW, Président de la République du Sénégal S. E. Mme Awa "
                + "NDIAYE, Vice-Présidente de la République de Guinée.");
        assertEquals(Set.of("COUNTRY country:GH", "COUNTRY country:SN", "COUNTRY country:GN", "PERSON person:kofi-boateng",
                "PERSON person:idrissa-sow", "PERSON person:awa-ndiaye"), entities(a));
    }

    @Test
    void aBareNameListedWithPeopleIsAPerson() {
        ArticleAnalysis a = SampleArticleIT.analyse("people-list", "Étaient présents Oumar Touré, Kagiso et Mbekwa.");
        assertEquals(Set.of("PERSON person:oumar-toure", "PERSON person:kagiso", "PERSON person:mbekwa"), entities(a));
    }

    @Test
    void theStatesOfAListAreStatesWhateverElseTheirNamesMean() {
        ArticleAnalysis a = SampleArticleIT.analyse("states-list", "Les signataires sont : Ghana, Grenade, Maurice, "
                + "Trinidad-Tobago, Ste Lucie, Salomon (îles), Sud Soudan et Timor Leste.");
        assertEquals(Set.of("COUNTRY country:GH", "COUNTRY country:GD", "COUNTRY country:MU", "COUNTRY country:TT",
                "COUNTRY country:LC", "COUNTRY country:SB", "COUNTRY country:SS", "COUNTRY country:TL"), entities(a));
    }

    @Test
    void peopleListedWithTheirStatesAndNamesAfterATitlePhraseArePeople() {
        ArticleAnalysis a = SampleArticleIT.analyse("leaders-list", "Participent les présidents François Bangoura de la "
                + "République centrafricaine ; Alassane Dramane Kouadio de Côte d'Ivoire ; Faure Amegbo du Togo.\n\n"
                + "Le Secrétaire général des Nations unies, Jan Kowalczyk, a pris la parole.");
        assertEquals(Set.of("COUNTRY country:CF", "COUNTRY country:CI", "COUNTRY country:TG",
                "ORGANIZATION org:organisation-des-nations-unies", "PERSON person:francois-bangoura",
                "PERSON person:alassane-dramane-kouadio", "PERSON person:faure-amegbo", "PERSON person:jan-kowalczyk"),
                entities(a));
    }

    @Test
    void numberedMeetingsAreEventsButADurationIsNot() {
        ArticleAnalysis a = SampleArticleIT.analyse("numbered", "Les travaux du 30ème sommet ordinaire des chefs d'État "
                + "et de gouvernement de l'Union africaine se sont ouverts. Le Sommet de deux jours doit adopter un texte.");
        Set<String> events = new TreeSet<>();
        a.mentions().stream().filter(m -> m.type() == EntityType.EVENT).forEach(m -> events.add(m.text()));
        assertEquals(Set.of("30ème sommet ordinaire des chefs d'État et de gouvernement de l'Union africaine"), events);
    }

    @Test
    void aNameBeforeItsStateInBracketsInAListIsAPerson() {
        ArticleAnalysis a = SampleArticleIT.analyse("bracket-list", "Le sommet accueille plusieurs dirigeants, dont "
                + "Taro Yamada (Japon), Lin Wen (Chine) et Olaf Scholz (Allemagne).");
        assertEquals(Set.of("COUNTRY country:JP", "COUNTRY country:CN", "COUNTRY country:DE", "PERSON person:taro-yamada",
                "PERSON person:lin-wen", "PERSON person:olaf-scholz"), entities(a));
    }

    @Test
    void aPersonsInitialsInBracketsAreThatPerson() {
        ArticleAnalysis a = SampleArticleIT.analyse("initials", "Le prince héritier, Karim Ben Walid (KBW), a reçu "
                + "les délégations. KBW a ensuite pris la parole.");
        assertEquals(Set.of("PERSON person:karim-ben-walid"), entities(a));
    }

    @Test
    void aNameAfterATitleItsDemonymAndItsPortfolioIsAPerson() {
        ArticleAnalysis a = SampleArticleIT.analyse("title-demonym-portfolio", "Réunion à Lomé\n\nLe ministre nigérian des "
                + "Finances Chidi Okafor était également présent.");
        assertEquals(Set.of("COUNTRY country:NG", "LOCATION location:lome", "PERSON person:chidi-okafor"), entities(a));
    }

    @Test
    void aBodysRegionalOfficeIsNotTheFirstNameOfThePersonAfterIt() {
        ArticleAnalysis a = SampleArticleIT.analyse("regional-office", "Le directeur de l'OMS Afrique Marc Tiendrebeogo "
                + "a salué l'engagement des États. La représentante de l'UNICEF Europe Hélène Varga a pris la parole.");
        Set<String> persons = new TreeSet<>();
        a.entities().stream().filter(e -> e.type() == EntityType.PERSON).forEach(e -> persons.add(e.entityId()));
        assertEquals(Set.of("person:marc-tiendrebeogo", "person:helene-varga"), persons);
    }

    @Test
    void aCouncilsLowerCaseDomainEndsItsName() {
        ArticleAnalysis a = SampleArticleIT.analyse("council-domain", "Réunion à Lomé\n\nLe Conseil mondial de l'eau a annoncé "
                + "son soutien, tout comme le Conseil mondial du tourisme.");
        assertEquals(Set.of("LOCATION location:lome", "ORGANIZATION org:conseil-mondial-de-l-eau",
                "ORGANIZATION org:conseil-mondial-du-tourisme"), entities(a));
    }

    @Test
    void aMeetingsNameEndsAtAVerbAndItsObject() {
        ArticleAnalysis a = SampleArticleIT.analyse("event-object", "Le 14ème Sommet régional salue la présence d‘environ "
                + "30 dirigeants, selon les organisateurs.");
        Set<String> events = new TreeSet<>();
        a.mentions().stream().filter(m -> m.type() == EntityType.EVENT).forEach(m -> events.add(m.text()));
        assertEquals(Set.of("14ème Sommet régional"), events);
    }

    @Test
    void aMeetingNamedByItsPlaceAndByItsBodyHeldThereIsOneEvent() {
        ArticleAnalysis a = SampleArticleIT.analyse("one-meeting-two-names", "Sommet de Maputo : les dirigeants appellent "
                + "à la paix\n\nLe sommet des chefs d'État de la SADC s'est ouvert mardi à Maputo. Le Forum économique "
                + "régional s'était tenu la veille à Maputo.");
        Set<String> events = new TreeSet<>();
        a.mentions().stream().filter(m -> m.type() == EntityType.EVENT).forEach(m -> events.add(m.entityId() + " " + m.text()));
        assertEquals(Set.of("event:sommet-de-maputo Sommet de Maputo",
                "event:sommet-de-maputo sommet des chefs d'État de la SADC",
                "event:forum-economique-regional Forum économique régional"), events);
    }

    @Test
    void aTaggersSpanOpeningOnThePortfoliosLastWordsIsThePersonAfterThem() {
        ArticleAnalysis a = SampleArticleIT.analyse("portfolio-span", "Réunion à Niamey\n\nLe ministre burkinabè de "
                + "l'Économie et des Finances Ousmane Sawadogo a signé l'accord. La ministre d'État ivoirienne des Affaires "
                + "étrangères Adjoua Koné a conduit la délégation.");
        assertEquals(Set.of("COUNTRY country:BF", "COUNTRY country:CI", "LOCATION location:niamey",
                "PERSON person:ousmane-sawadogo", "PERSON person:adjoua-kone"), entities(a));
    }

    @Test
    void aPortfolioAfterAuxOrAfterDEtatIsNoPlaceNorBody() {
        ArticleAnalysis a = SampleArticleIT.analyse("portfolio-aux", "Sommet de Dodoma\n\nÀ son arrivée, le président Kofi "
                + "Mensah a été reçu par le ministre d'État aux Affaires étrangères, Kebede Alemu, puis par le ministre "
                + "délégué aux Affaires africaines, Paul Ndiaye.");
        assertEquals(Set.of("EVENT event:sommet-de-dodoma", "LOCATION location:dodoma", "PERSON person:kofi-mensah",
                "PERSON person:kebede-alemu", "PERSON person:paul-ndiaye"), entities(a));
    }

    @Test
    void aDemonymAfterAMinistersPortfolioIsTheState() {
        ArticleAnalysis a = SampleArticleIT.analyse("portfolio-demonym", "Forum de Lomé\n\nLe ministre de la Santé "
                + "nigérien Issa Mahamadou a pris part au forum. La ministre des Affaires étrangères togolaise Essi Dovi "
                + "était présente. Le ministre de l'Économie et des Finances sénégalais Abdou Ndiaye a pris la parole.");
        assertEquals(Set.of("COUNTRY country:NE", "COUNTRY country:TG", "COUNTRY country:SN", "EVENT event:forum-de-lome",
                "LOCATION location:lome", "PERSON person:issa-mahamadou", "PERSON person:essi-dovi",
                "PERSON person:abdou-ndiaye"), entities(a));
    }

    @Test
    void demonymsAfterAPortfolioInCoordinationOrInCapitalsAreTheStates() {
        ArticleAnalysis a = SampleArticleIT.analyse("portfolio-demonyms", "Forum de Kindia\n\nLes ministres de "
                + "l'Intérieur burkinabè et tchadien ont assisté au forum. La ministre de la Justice Gabonaise Nadège Ella "
                + "a pris la parole.");
        assertEquals(Set.of("COUNTRY country:BF", "COUNTRY country:TD", "COUNTRY country:GA",
                "EVENT event:forum-de-kindia", "PERSON person:nadege-ella"), entities(a));
    }

    @Test
    void aPortfoliosUnknownNounIsNotTheFirstNameAfterIt() {
        ArticleAnalysis a = SampleArticleIT.analyse("portfolio-noun", "Réunion à Maradi\n\nLa ministre de la "
                + "Communication Kadi Zeinabou a pris la parole. Le ministre de la Jeunesse et des Sports Armel Ngakosso "
                + "était présent.");
        assertEquals(Set.of("LOCATION location:maradi", "PERSON person:kadi-zeinabou", "PERSON person:armel-ngakosso"),
                entities(a));
    }

    @Test
    void aHyphenatedCapitalisedDemonymBeforeANameIsTheStateNotPartOfTheName() {
        ArticleAnalysis a = SampleArticleIT.analyse("hyphen-demonym", "Forum de Libreville : les invités\n\n"
                + "Le forum a réuni le Sao-Toméen Rui Neves et le Bissau-Guinéen Umaro Balde.");
        assertEquals(Set.of("EVENT event:forum-de-libreville", "LOCATION location:libreville", "COUNTRY country:ST",
                "PERSON person:rui-neves", "COUNTRY country:GW", "PERSON person:umaro-balde"), entities(a));
    }

    private static Set<String> entities(ArticleAnalysis a) {
        Set<String> out = new TreeSet<>();
        a.entities().forEach(e -> out.add(e.type() + " " + e.entityId()));
        return out;
    }
    /** Each EVENT id of the article with the texts of its mentions. */
    private static java.util.Map<String, Set<String>> events(ArticleAnalysis a) {
        java.util.Map<String, Set<String>> out = new java.util.TreeMap<>();
        a.mentions().stream().filter(m -> m.type() == EntityType.EVENT)
                .forEach(m -> out.computeIfAbsent(m.entityId(), k -> new TreeSet<>()).add(m.text()));
        return out;
    }

    @Test
    void twoEditionNumbersOfOneSeriesAreTwoMeetings() {
        ArticleAnalysis a = SampleArticleIT.analyse("editions", "Le 9e sommet de la Francophonie s'achève à Hanoï\n\n"
                + "Le 9e sommet de la Francophonie a pris fin samedi à Hanoï.\n\n"
                + "Le 8e sommet, à Lomé, avait porté sur l'éducation.\n\n"
                + "Le Gabon accueillera le 10e sommet de la Francophonie en 2030.");
        assertEquals(java.util.Map.of(
                "event:sommet-de-la-francophonie", Set.of("9e sommet de la Francophonie"),
                "event:8e-sommet", Set.of("8e sommet"),
                "event:10e-sommet-de-la-francophonie", Set.of("10e sommet de la Francophonie")), events(a));
    }

    @Test
    void aNumberedHeadAndAnEarlierMeetingNamedByItsPlaceStayApart() {
        ArticleAnalysis a = SampleArticleIT.analyse("edition-place", "Le 14e sommet de l'Alliance andine s'ouvre à Lima\n\n"
                + "Le sommet de Sucre, en 2021, avait été accueilli par la Bolivie.\n\n"
                + "Le Chili accueillera le 15e sommet en 2029.");
        assertEquals(java.util.Map.of(
                "event:sommet-de-l-alliance-andine", Set.of("14e sommet de l'Alliance andine"),
                "event:sommet-de-sucre", Set.of("sommet de Sucre"),
                "event:15e-sommet", Set.of("15e sommet")), events(a));
    }

    @Test
    void aSummitNamedByItsBodyAloneIsTheOneMeetingOfThatBody() {
        ArticleAnalysis a = SampleArticleIT.analyse("body-summit", "Sommet de la CEEAC : appel au calme en Centrafrique\n\n"
                + "Un sommet extraordinaire des chefs d'État de la CEEAC s'est tenu mardi à Malabo.\n\n"
                + "Le président équato-guinéen a dirigé les travaux.");
        assertEquals(java.util.Map.of("event:sommet-extraordinaire-des-chefs-d-etat-de-la-ceeac",
                Set.of("Sommet de la CEEAC", "sommet extraordinaire des chefs d'État de la CEEAC")), events(a));
    }

    @Test
    void aSummitOfTwoBodiesIsOneMeetingInEitherOrder() {
        ArticleAnalysis a = SampleArticleIT.analyse("pair-order", "Sommet UE-UA : les ministres préparent le rendez-vous\n\n"
                + "Le prochain sommet UA-UE aura lieu à Kigali en octobre.");
        assertEquals(java.util.Map.of("event:sommet-ue-ua", Set.of("Sommet UE-UA", "sommet UA-UE")), events(a));
    }

    @Test
    void aNumberedHeadIsNoLongerNameOfAMeetingToldInThePluperfect() {
        ArticleAnalysis a = SampleArticleIT.analyse("pluperfect", "Les ministres se retrouvent à Asuncion pour le 7e sommet, "
                + "consacré à l'eau.\n\nLe sommet de Montevideo, en 2019, avait été organisé par l'Uruguay.");
        assertEquals(java.util.Map.of("event:7e-sommet", Set.of("7e sommet"),
                "event:sommet-de-montevideo", Set.of("sommet de Montevideo")), events(a));
    }

    /** (h52-entites19) A meeting named by its edition alone keeps the edition in its name: a bare `Sommet` names none. */
    @Test
    void aMeetingNamedOnlyByItsEditionKeepsTheEditionInItsName() {
        ArticleAnalysis a = SampleArticleIT.analyse("edition-only", "Les ministres des pays andins ont clos leur 12ᵉ Sommet "
                + "par une charte sur les glaciers.\n\nLe Pérou accueillera la 13e conférence en 2031.");
        assertEquals(java.util.Map.of("event:12e-sommet", Set.of("12ᵉ Sommet"), "event:13e-conference",
                Set.of("13e conférence")), events(a));
        Set<String> names = new TreeSet<>();
        a.entities().stream().filter(e -> e.type() == EntityType.EVENT).forEach(e -> names.add(e.canonicalName()));
        assertEquals(Set.of("12e Sommet", "13e conférence"), names);
    }

    /** (h52-entites19) A communiqué's verb after a capitalised meeting noun ends the name: no `Conférence demande`. */
    @Test
    void aCommuniquesVerbIsNoWordOfAMeetingsName() {
        ArticleAnalysis a = SampleArticleIT.analyse("decision-verb", "Le sommet de Praia a pris fin samedi.\n\n"
                + "Dans son communiqué final, la Conférence demande à la Commission de chiffrer le corridor ferroviaire.");
        assertEquals(java.util.Map.of("event:sommet-de-praia", Set.of("sommet de Praia")), events(a));
    }

    @Test
    void aSummitNamedByItsBodyIsNoOtherKindOfMeetingOfThatBody() {
        ArticleAnalysis a = SampleArticleIT.analyse("body-other", "Les dirigeants arrivent à Vienne pour le Sommet de l'OSCE "
                + "prévu lundi.\n\nLa semaine précédente, des experts ont pris part à la Conférence d'Examen de l'OSCE.");
        assertEquals(java.util.Map.of("event:sommet-de-l-osce", Set.of("Sommet de l'OSCE"),
                "event:conference-d-examen-de-l-osce", Set.of("Conférence d'Examen de l'OSCE")), events(a));
    }

    @Test
    void aNumberedMeetingOfACommonNounRetellsTheNamedOneOfThatNumber() {
        ArticleAnalysis a = SampleArticleIT.analyse("retold", "Le 31e sommet de l'Alliance du Pacifique s'ouvre à Santiago\n\n"
                + "Les présidents de la région tiennent jeudi le 31e sommet de l'organisation, consacré au commerce.");
        assertEquals(java.util.Map.of("event:sommet-de-l-alliance-du-pacifique",
                Set.of("31e sommet de l'Alliance du Pacifique", "31e sommet de l'organisation")), events(a));
    }

    @Test
    void aTownOrAStateRightAfterMisterOrMadamIsASurname() {
        ArticleAnalysis a = SampleArticleIT.analyse("honorific-surname", "Le calendrier a été détaillé par M. Valence, "
                + "coordinateur du sommet, lors d'un point de presse à Praia. Selon Mme Grenade, porte-parole du secrétariat, "
                + "trente délégations sont attendues.");
        assertEquals(Set.of("LOCATION location:praia", "PERSON person:valence", "PERSON person:grenade"), entities(a));
    }

    @Test
    void aMeetingSeriesNamedByItsShortNameIsAnEventNotABody() {
        ArticleAnalysis a = SampleArticleIT.analyse("meeting-series", "Le Gabon accueillera la Ticad 11 à Libreville. "
                + "En tant que pays hôte de la TICAD VIII, le Japon avait promis des fonds.");
        assertEquals(Set.of("COUNTRY country:GA", "COUNTRY country:JP", "LOCATION location:libreville",
                "EVENT event:ticad-11", "EVENT event:ticad-viii"), entities(a));
    }

    @Test
    void aNameAfterAReligiousLeadersTitlePhraseIsAPerson() {
        ArticleAnalysis a = SampleArticleIT.analyse("patriarch", "À côté du président, le patriarche de l'Église "
                + "orthodoxe roumaine, Teoctist, ainsi que le directeur de la banque régionale ont pris place.");
        assertEquals(Set.of("PERSON person:teoctist"), entities(a));
    }

    @Test
    void aGivenNameAfterMisterIsTheOnlyPersonWhoseNameItOpens() {
        ArticleAnalysis a = SampleArticleIT.analyse("given-name", "Le président laotien Somsak Phomvihane a salué les "
                + "résultats du sommet. M. Somsak a promis une contribution au fonds régional.");
        assertEquals(Set.of("COUNTRY country:LA", "PERSON person:somsak-phomvihane"), entities(a));
    }

    @Test
    void theAgencyOfAPlaceThenBracketsDatelineOpeningTheStoryIsNoEntity() {
        // (h11-eurasia) `Hanoi (VNA) - Le Premier ministre …`: the dash opens the story in the same sentence
        ArticleAnalysis a = SampleArticleIT.analyse("dateline-brackets", "Rabat (MAP) - Le ministre marocain Karim Alaoui "
                + "est arrivé lundi à Vientiane pour le sommet.");
        assertEquals(0, a.mentions().stream().filter(m -> m.entityId().startsWith("org:")).count(), a.mentions().toString());
        assertEquals(0, a.roles().stream().filter(r -> r.entityId().startsWith("org:")).count(), a.roles().toString());
    }

    @Test
    void aCopNumberCutOffByTheTokenizerStaysInTheNameAndABracketedExpansionExplainsIt() {
        ArticleAnalysis a = SampleArticleIT.analyse("cop-number", "La ministre a présenté son plan pour la prochaine "
                + "COP34 (Conférence des Nations unies sur le climat) qui se tiendra au Pérou. Elle ira au Sommet de la "
                + "COP34 avant de parler devant la Conférence des Nations unies sur le climat COP34 en décembre.");
        Set<String> events = new TreeSet<>();
        a.mentions().stream().filter(m -> m.type() == EntityType.EVENT).forEach(m -> events.add(m.entityId() + " " + m.text()));
        assertEquals(Set.of("event:cop34 COP34", "event:cop34 Conférence des Nations unies sur le climat",
                "event:cop34 Sommet de la COP34", "event:cop34 Conférence des Nations unies sur le climat COP34"), events);
    }

    @Test
    void aSeriesFullNameIsTheOneEditionTheArticleNumbersAndStaysApartBetweenTwo() {
        ArticleAnalysis a = SampleArticleIT.analyse("series-full-name", "L'UNOC5 s'ouvre lundi à Lima. La Conférence des "
                + "Nations unies sur l'océan doit durer cinq jours.");
        Set<String> events = new TreeSet<>();
        a.mentions().stream().filter(m -> m.type() == EntityType.EVENT).forEach(m -> events.add(m.entityId() + " " + m.text()));
        assertEquals(Set.of("event:unoc5 UNOC5", "event:unoc5 Conférence des Nations unies sur l'océan"), events);
        ArticleAnalysis two = SampleArticleIT.analyse("series-two-editions", "Un an après la COP33, la COP34 s'ouvre "
                + "lundi. La Conférence des Nations unies sur le climat doit durer deux semaines.");
        Set<String> ids = new TreeSet<>();
        two.mentions().stream().filter(m -> m.type() == EntityType.EVENT).forEach(m -> ids.add(m.entityId()));
        assertEquals(Set.of("event:cop33", "event:cop34", "event:conference-des-nations-unies-sur-le-climat"), ids);
    }

    @Test
    void aSummitNamedByTheLastNameOfABodyIsThatBodysSummit() {
        ArticleAnalysis a = SampleArticleIT.analyse("body-last-name", "Sommet du Golfe : la sécurité maritime au menu\n\n"
                + "Le Sommet du Conseil de coopération du Golfe a débuté jeudi. Les six délégations ont adopté un plan commun.");
        Set<String> ids = new TreeSet<>();
        a.mentions().stream().filter(m -> m.type() == EntityType.EVENT).forEach(m -> ids.add(m.entityId()));
        assertEquals(Set.of("event:sommet-du-conseil-de-cooperation-du-golfe"), ids);
    }

    @Test
    void firstNamesBeforeASurnameInCapitalsAreOnePerson() {
        // a communiqué's list: first names in title case, then the surname in capitals (one or two words)
        ArticleAnalysis a = SampleArticleIT.analyse("caps-surname", "Ont pris part aux travaux : Madame Fatoumata "
                + "KEÏTA DEMBÉLÉ, ministre de la Santé du Mali ; Monsieur Boubacar SY, ministre des Transports du Niger. "
                + "Fatoumata Keïta Dembélé a ensuite présenté le rapport.");
        assertEquals(Set.of("COUNTRY country:ML", "COUNTRY country:NE", "PERSON person:fatoumata-keita-dembele",
                "PERSON person:boubacar-sy"), entities(a));
    }

    @Test
    void honorificsInCapitalsWithoutDotsAreNoName() {
        // `SE` Son Excellence, `SM` Sa Majesté: the title, not part of the name; `SM le Roi` alone names no one
        ArticleAnalysis a = SampleArticleIT.analyse("caps-honorific", "Le forum a été ouvert par SE le Président Hamidou "
                + "KABORÉ. Sur instruction de SM le Roi, la délégation a été reçue au palais.");
        assertEquals(Set.of("PERSON person:hamidou-kabore"), entities(a));
    }

    @Test
    void aNewsOutletGluedBeforeAPersonIsNotPartOfTheName() {
        ArticleAnalysis a = SampleArticleIT.analyse("outlet-person", "« Rien n'est encore acquis », a confié à RFI "
                + "Seydou Tiendrebeogo, à la sortie de la réunion.");
        assertEquals(Set.of("ORGANIZATION org:radio-france-internationale", "PERSON person:seydou-tiendrebeogo"),
                entities(a));
    }

    @Test
    void aRapporteurIsAFunctionNotAPlace() {
        ArticleAnalysis a = SampleArticleIT.analyse("rapporteur", "La Rapporteuse spéciale, Nadia Ferhat-Lounis, a "
                + "présenté ses conclusions. La Rapporteuse générale, Mariam TOURÉ, a lu le communiqué final.");
        assertEquals(Set.of("PERSON person:nadia-ferhat-lounis", "PERSON person:mariam-toure"), entities(a));
    }

    @Test
    void aCapitalInTheDeComplementOfATextIsThePlaceEvenWhereTheArticleUsesItForTheGovernment() {
        // `Niamey a salué …` makes the capital the government; `une charte dite de Niamey` still names the place
        ArticleAnalysis a = SampleArticleIT.analyse("capital-de", "Niamey a salué l'initiative du forum. Une charte, dite de "
                + "Niamey, est attendue à la clôture des travaux.");
        assertEquals(Set.of("COUNTRY country:NE", "LOCATION location:niamey"), entities(a));
    }

    @Test
    void aPreCopIsAMeetingOfItsOwnNotTheCop() {
        ArticleAnalysis a = SampleArticleIT.analyse("precop", "La pré-COP31 s'est ouverte lundi à Nairobi.\n\n"
                + "Les ministres y préparent la COP31 prévue en novembre.");
        Set<String> events = new TreeSet<>();
        a.mentions().stream().filter(m -> m.type() == EntityType.EVENT).forEach(m -> events.add(m.entityId() + " " + m.text()));
        assertEquals(Set.of("event:pre-cop31 pré-COP31", "event:cop31 COP31"), events);
    }

    @Test
    void aCapitalsNameRightAfterATitleIsAFirstName() {
        // `Victoria` is the seat of the Seychelles' government; after `la princesse héritière` it names a person
        ArticleAnalysis a = SampleArticleIT.analyse("title-capital", "Le dîner officiel a réuni la princesse héritière "
                + "Victoria de Norvège et le roi Harald Berg de Suède.");
        assertEquals(Set.of("PERSON person:victoria", "COUNTRY country:NO", "PERSON person:harald-berg",
                "COUNTRY country:SE"), entities(a));
    }

    @Test
    void aNameWithoutItsMiddleOrLastNamesIsTheSamePerson() {
        // (h15-accords) `Kofi Mensah` and `Mensah` for `Kofi Addo Mensah Boateng`: the post-name the press drops
        ArticleAnalysis a = SampleArticleIT.analyse("post-name", "Mensah et Otieno signent un accord à Lindau. Le président "
                + "Kofi Addo Mensah Boateng a salué le texte. Kofi Mensah a ensuite quitté la salle.");
        assertEquals(Set.of("PERSON person:kofi-addo-mensah-boateng", "PERSON person:otieno", "LOCATION location:lindau"),
                entities(a));
    }

    @Test
    void aPortfolioAdjectiveCapitalisedWithoutItsAccentIsNoName() {
        // (h16-euigad) `Affaires Etrangères`: the NER model tags the plural adjective as a person when its capital drops the accent
        ArticleAnalysis a = SampleArticleIT.analyse("portfolio-plural", "Le Niger et le Togo ont été représentés par leurs "
                + "ministres des Affaires Etrangères.");
        assertEquals(Set.of("COUNTRY country:NE", "COUNTRY country:TG"), entities(a));
    }

    @Test
    void aCapitalHonorificInsideAPersonsSpanEndsTheTitle() {
        // (r15) `Président de la République SEM X Y`: the tagger takes the title in; `SEM` (Son Excellence Monsieur) ends it
        ArticleAnalysis a = SampleArticleIT.analyse("inner-honorific", "Le Président de la République SEM Tandja Mousso a "
                + "pris part aux travaux.");
        assertEquals(Set.of("PERSON person:tandja-mousso"), entities(a));
    }

    @Test
    void aTitleAfterARegnalNumberIsNoPartOfTheName() {
        // (h30-marges) `Hassan II Roi du Maroc`: the tagger takes the capitalised title after the regnal number in
        ArticleAnalysis a = SampleArticleIT.analyse("regnal-title", "La cérémonie a été présidée par Hassan II Roi du Maroc "
                + "et Ali Kaba président du Mali.");
        assertEquals(Set.of("COUNTRY country:MA", "COUNTRY country:ML", "PERSON person:ali-kaba", "PERSON person:hassan-ii"),
                entities(a));
    }

    @Test
    void aGivenNameBeforeACoupleSharingTheSurnameIsTheFullName() {
        // (h30-misses) `Kofi et Ama Mensah`: Kofi takes the surname of the name after `et`, the article's `Kofi Mensah`
        ArticleAnalysis a = SampleArticleIT.analyse("shared-surname", "Le président Kofi Mensah a ouvert le sommet de Lindau. "
                + "La veille, Kofi et Ama Mensah avaient reçu les invités.");
        Set<String> persons = new TreeSet<>();
        a.mentions().stream().filter(m -> m.type() == EntityType.PERSON).forEach(m -> persons.add(m.entityId()));
        assertEquals(Set.of("person:kofi-mensah", "person:ama-mensah"), persons);
    }

    @Test
    void aCapitalisedLeInsideASentenceIsTheFirstWordOfAName() {
        // (h32-precision) `Le Van Thanh`, `M. Le Drian`: a Vietnamese or Breton family name, no article (an article is
        // capitalised only where a sentence opens)
        ArticleAnalysis a = SampleArticleIT.analyse("name-le", "Le sommet de l'ASEAN s'est ouvert lundi. Le secrétaire "
                + "général de l'ASEAN, Le Van Thanh, a pris la parole devant les dirigeants.");
        Set<String> persons = new TreeSet<>();
        a.mentions().stream().filter(m -> m.type() == EntityType.PERSON).forEach(m -> persons.add(m.entityId()));
        assertEquals(Set.of("person:le-van-thanh"), persons);
    }

    @Test
    void aShortFamilyNameAloneOpensTheArticlesKoreanName() {
        // (h32-precision) `Kim` after `Kim Min-jun`: written family name first, the family name alone is the same person
        ArticleAnalysis a = SampleArticleIT.analyse("family-first", "Le sommet de Séoul s'est tenu lundi. Le président "
                + "sud-coréen Kim Min-jun a déclaré que les trois pays devaient coopérer. Kim et ses homologues participeront "
                + "ensuite au forum économique.");
        Set<String> persons = new TreeSet<>();
        a.mentions().stream().filter(m -> m.type() == EntityType.PERSON).forEach(m -> persons.add(m.entityId()));
        assertEquals(Set.of("person:kim-min-jun"), persons);
    }

    @Test
    void aNameGluedToAViceMinistersPortfolioIsThePerson() {
        // (h32-precision) the tagger takes `Affaires étrangères Bùi Thanh Son` for a place after `le vice-ministre des`
        ArticleAnalysis a = SampleArticleIT.analyse("vice-portfolio", "Le sommet s'est achevé lundi. Aucune déclaration "
                + "commune n'a été rédigée, a déclaré à la presse le vice-ministre des Affaires étrangères Bùi Thanh Son.");
        assertEquals(Set.of("PERSON person:bui-thanh-son"), entities(a));
    }

    @Test
    void aNameAfterTheStateOfATitleIsAPerson() {
        // (h32-suites) `la conseillère d'État X du Myanmar`: the tagger reads `État X` as a place
        ArticleAnalysis a = SampleArticleIT.analyse("state-title", "La conseillère d'État Aung San Suu Kyi du Myanmar a pris part "
                + "au sommet.");
        assertEquals(Set.of("COUNTRY country:MM", "PERSON person:aung-san-suu-kyi"), entities(a));
    }

    @Test
    void aCapitalLeAfterATitlesCommaOpensTheName() {
        // (h32-suites) `le secrétaire général de l'ASEAN, Le Luong Minh`: a Vietnamese name, not an article and a body
        ArticleAnalysis a = SampleArticleIT.analyse("capital-le", "Le président Joko Widodo, ainsi que le secrétaire général de "
                + "l'ASEAN, Le Luong Minh, ont participé au sommet.");
        assertEquals(Set.of("ORGANIZATION org:association-des-nations-de-l-asie-du-sud-est", "PERSON person:joko-widodo",
                "PERSON person:le-luong-minh"), entities(a));
    }

    @Test
    void aThemesAbstractNounsAndAPortfoliosAreNoNames() {
        // capitalised in a motto or a ministry's title, the tagger takes them for persons, bodies or places
        ArticleAnalysis a = SampleArticleIT.analyse("motto", "Le sommet s'est tenu au Ghana sous le thème « Unité, Égalité, "
                + "Résilience ». Le ministre des Relations Extérieures et des Télécommunications, Kofi Mensah, a salué "
                + "l'Accord pour la Paix et la Réconciliation.");
        assertEquals(Set.of("COUNTRY country:GH", "PERSON person:kofi-mensah"), entities(a));
    }

    @Test
    void anOrgansBodySpelledOutAfterAnElidedArticleTakesItsOwnArticle() {
        // `de l'APEC` elides before the acronym; spelled out, the body's feminine head takes `la`
        ArticleAnalysis a = SampleArticleIT.analyse("organ-elision", "Le Conseil consultatif des affaires de l'APEC "
                + "s'est réuni à Lima avant le sommet.");
        Set<String> orgs = new TreeSet<>();
        a.mentions().stream().filter(m -> m.type() == EntityType.ORGANIZATION).forEach(m -> orgs.add(m.entityId()));
        assertEquals(Set.of("org:conseil-consultatif-des-affaires-de-la-cooperation-economique-pour-l-asie-pacifique"), orgs);
    }

    @Test
    void aChannelBeforeAPersonsNameIsNoPartOfIt() {
        // the tagger glues `Twitter` to the name after it; alone it is a body of the dictionary, not a first name
        ArticleAnalysis a = SampleArticleIT.analyse("channel", "Le sommet de l'UE aura lieu à Bruxelles, a annoncé "
                + "sur Twitter Piet Vermeulen, porte-parole du Conseil.");
        Set<String> persons = new TreeSet<>();
        a.mentions().stream().filter(m -> m.type() == EntityType.PERSON).forEach(m -> persons.add(m.entityId()));
        assertEquals(Set.of("person:piet-vermeulen"), persons);
    }

    @Test
    void theStateAPersonComesFromIsNoPartOfTheName() {
        // `X du Bénin`: the tagger runs the person on into the state after `du`
        ArticleAnalysis a = SampleArticleIT.analyse("origin", "Tous les chefs d'État sont venus à Abuja, à l'exception "
                + "de Moussa Keita, resté à Bamako, et de Romuald Houngbo du Bénin.");
        Set<String> persons = new TreeSet<>();
        a.mentions().stream().filter(m -> m.type() == EntityType.PERSON).forEach(m -> persons.add(m.entityId()));
        assertEquals(Set.of("person:moussa-keita", "person:romuald-houngbo"), persons);
    }

    @Test
    void aPresidencysSeatIsAPlaceNotAPerson() {
        // `Cheongwadae` (Seoul's presidency), a metonym like `Kremlin`: the tagger takes it for a person
        ArticleAnalysis a = SampleArticleIT.analyse("seat", "Le sommet trilatéral se tiendra à Tokyo, a indiqué "
                + "Cheongwadae dans un communiqué.");
        assertEquals(Set.of("LOCATION location:cheongwadae", "LOCATION location:tokyo"), entities(a));
    }

    @Test
    void aMeetingsFormatNameIsNeitherAPersonNorAPlace() {
        // (h35-entites3) `la réunion « Gymnich »`, `au format Normandie`: the meeting's label; `le salon Murat` is a room
        ArticleAnalysis a = SampleArticleIT.analyse("format-name", "Le ministre Jean Asselborn participera à la réunion "
                + "informelle « Gymnich » à Brest. Les dirigeants se sont retrouvés au format Normandie à Paris, dans le "
                + "salon Murat.");
        assertEquals(Set.of("PERSON person:jean-asselborn", "LOCATION location:brest", "LOCATION location:paris",
                "LOCATION location:salon-murat"), entities(a));
    }

    @Test
    void aSurnameCutAfterItsElidedCapitalAndAGluedAcronymEndTheirNames() {
        // (h35-entites3) `Sassou-N'guesso`: the tokenizer cuts after `N'`; `BRICSFin`: a line break lost after the acronym
        ArticleAnalysis a = SampleArticleIT.analyse("glued", "Le président Dénis Sassou-N'guesso a pris part au sommet "
                + "des BRICSFin juin, les dirigeants ont quitté Kazan.");
        assertEquals(Set.of("PERSON person:denis-sassou-n-guesso", "EVENT event:sommet-des-brics",
                "LOCATION location:kazan"), entities(a));
    }

    @Test
    void aBroadcasterAndTheAbbreviationsOfStylesAreNoPlacesOrBodies() {
        // (h35-entites3) `Voa Afrique` is a broadcaster; `Saint-Père`, `Vice-Premier`, `SG` are titles
        ArticleAnalysis a = SampleArticleIT.analyse("styles", "Selon Voa Afrique, le Saint-Père a reçu le Vice-Premier "
                + "ministre de Samoa, Tuala Iosefo, et le SG des Nations unies.");
        assertEquals(Set.of("ORGANIZATION org:voice-of-america", "COUNTRY country:WS", "PERSON person:tuala-iosefo",
                "ORGANIZATION org:organisation-des-nations-unies"), entities(a));
    }

    @Test
    void aWireAndItsPhotographerAfterADashCloseACaption() {
        // (h35-entites3) `… 2022. AFP - FRED X`: a credit without brackets, no body named `FRED`
        ArticleAnalysis a = SampleArticleIT.analyse("dash-credit", "Les ministres de l'UE se sont réunis à Brest, le 13 "
                + "janvier 2022. AFP - FRED TANNEAU");
        assertEquals(Set.of("ORGANIZATION org:union-europeenne", "LOCATION location:brest"), entities(a));
    }

    @Test
    void twoSurnamesAfterAMeetingNounAreItsPartiesAndAOneWordDemonymIsTheState() {
        // (h35-entites3) `la rencontre bilatérale Poutine-Zelensky` names no person; `le RDCongolais X` is the DRC's
        ArticleAnalysis a = SampleArticleIT.analyse("pair", "La rencontre bilatérale Scholz-Duda a eu lieu à Berlin. Le "
                + "RDCongolais Joseph Mbala était présent.");
        assertEquals(Set.of("LOCATION location:berlin", "COUNTRY country:CD", "PERSON person:joseph-mbala"), entities(a));
    }

    @Test
    void theIslandsNounCutBeforeAnIslandStateIsNoPlace() {
        // (h35-entites3) `aux Îles Samoa`: the tagger's place `Îles` before the state
        ArticleAnalysis a = SampleArticleIT.analyse("islands", "Le forum s'est ouvert à Apia aux Îles Samoa. Les Îles "
                + "Salomon étaient représentées.");
        assertEquals(Set.of("LOCATION location:apia", "COUNTRY country:WS", "COUNTRY country:SB"), entities(a));
    }

    @Test
    void aTitleHeldOfATerritoryNamesNoPersonAndAFoundationsEnglishNameIsTheBody() {
        // (h36-entites4) `le prince de Galles`: Galles is the title's territory; `Bill and Melinda Gates` the foundation's
        ArticleAnalysis a = SampleArticleIT.analyse("territory-title", "Le prince de Galles a ouvert le sommet du "
                + "Commonwealth à Kigali. La fondation Bill and Melinda Gates a annoncé un don.");
        assertEquals(Set.of("EVENT event:sommet-du-commonwealth", "LOCATION location:kigali",
                "ORGANIZATION org:commonwealth", "ORGANIZATION org:fondation-bill-et-melinda-gates"), entities(a));
    }

    @Test
    void anHonorificBeforeAGivenNameIsTheFullNameOfTheArticle() {
        // (h36-entites4) `Sheikh Tamim` after `Tamim bin Hamad Al Thani`, and `ben` for `bin`: one person
        ArticleAnalysis a = SampleArticleIT.analyse("honorific-short", "L'émir du Qatar, Tamim bin Hamad Al Thani, a "
                + "accueilli le sommet de Doha. Sheikh Tamim a salué les participants. Le prince Tamim ben Hamad Al Thani a "
                + "ensuite reçu les délégations.");
        assertEquals(Set.of("COUNTRY country:QA", "EVENT event:sommet-de-doha", "LOCATION location:doha",
                "PERSON person:tamim-bin-hamad-al-thani"), entities(a));
    }

    @Test
    void theNounsOfAListOfPortfoliosAreNoBodies() {
        // (h36-entites4) `de la Communication Sociale`, `de l'Enseignement Supérieur`: portfolio words, no body or place
        ArticleAnalysis a = SampleArticleIT.analyse("portfolio-list", "Les ministres angolais des Finances, de la "
                + "Défense, des Technologies de l'Information et de la Communication Sociale, de la Santé et de "
                + "l'Enseignement Supérieur ont pris part aux travaux avec leurs homologues ivoiriens.");
        assertEquals(Set.of("COUNTRY country:AO", "COUNTRY country:CI"), entities(a));
    }

    @Test
    void aStatesNameWithOneLetterWrongAfterAnArticleIsTheState() {
        // (h36-entites4) `le Birkina Faso`, `le Nigerr`: a typo of the outlet, no place or person
        ArticleAnalysis a = SampleArticleIT.analyse("misspelt", "Le Birkina Faso a accueilli la réunion. Le Nigerr et "
                + "le Tchad étaient représentés.");
        assertEquals(Set.of("COUNTRY country:BF", "COUNTRY country:NE", "COUNTRY country:TD"), entities(a));
    }

    @Test
    void wordsAPagesExtractionGluedTogetherAreSplitOnAKnownName() {
        // (h38-entites5) `Chiliont`, `Okonkwoa`, `MbekiJosé`: a lost space between a name and the next word
        ArticleAnalysis a = SampleArticleIT.analyse("glued", "Tous les États sauf le Chiliont approuvé le texte. "
                + "Le délégué nigérian Samuel Okonkwoa exprimé des réserves, puis Okonkwo a quitté la salle. "
                + "Étaient présents Thabo MbekiJosé Ramos-Horta et le président Mbeki.");
        assertEquals(Set.of("COUNTRY country:CL", "COUNTRY country:NG", "PERSON person:jose-ramos-horta",
                "PERSON person:samuel-okonkwo", "PERSON person:thabo-mbeki"), entities(a));
    }

    @Test
    void twoNamesGluedInsideAListAreTwoPersons() {
        // (h38-entites5) a list's comma lost between two names (`Mensah BoatengIbrahim Sow`), neither written alone
        ArticleAnalysis a = SampleArticleIT.analyse("glued-list", "Ont pris part au sommet de Niamey les présidents "
                + "Adama Traoré, Kofi Mensah BoatengIbrahim Sow Diallo et Jean Ndong.");
        Set<String> persons = new TreeSet<>();
        a.mentions().stream().filter(m -> m.type() == EntityType.PERSON).forEach(m -> persons.add(m.entityId()));
        assertEquals(Set.of("person:adama-traore", "person:kofi-mensah-boateng", "person:ibrahim-sow-diallo",
                "person:jean-ndong"), persons);
    }

    @Test
    void aStatesNameOfTwoWordsWithOneLetterWrongIsTheState() {
        // (h38-entites5) `la Cote d'Ivoir`: a letter dropped from a name joined by `d'`
        ArticleAnalysis a = SampleArticleIT.analyse("misspelt-linked", "La Cote d'Ivoir et le Ghana ont signé "
                + "l'accord à Accra.");
        assertEquals(Set.of("COUNTRY country:CI", "COUNTRY country:GH", "LOCATION location:accra"), entities(a));
    }

    @Test
    void theSwissForeignMinistryInLowerCaseIsOneBody() {
        // (h38-entites5) `Département fédéral des affaires étrangères`, cut or missed by the tagger, and its acronym
        ArticleAnalysis a = SampleArticleIT.analyse("dfae", "Le Département fédéral des affaires étrangères (DFAE) a "
                + "convoqué la conférence. Selon le DFAE, quarante délégations sont attendues.");
        assertEquals(Set.of("ORGANIZATION org:departement-federal-des-affaires-etrangeres"), entities(a));
    }

    @Test
    void aLeadersAircraftIsNoBodyAndANewsSiteIsNoPerson() {
        // (h38-entites5) `Air Force One` read as a body, `consulté par Euractiv` as a person
        ArticleAnalysis a = SampleArticleIT.analyse("aircraft-media", "Selon un projet de conclusions consulté par "
                + "Euractiv, les Vingt-Sept et les pays Non-Alignés veulent aller vite. Le président américain a atterri à Lisbonne à bord "
                + "d'Air Force One, a rapporté le HuffPost Maroc.");
        assertEquals(Set.of("COUNTRY country:US", "LOCATION location:lisbonne", "ORGANIZATION org:euractiv",
                "ORGANIZATION org:huffpost-maroc"), entities(a));
    }

    @Test
    void aOneWordNameCutByTheTextsEndIsNoEntity() {
        // (h39-entites6) a teaser cut mid-name or mid-word: the last word, with no full stop, is a fragment
        ArticleAnalysis a = SampleArticleIT.analyse("cut-name", "Les chefs d'État sont arrivés jeudi à Malabo. Parmi eux, "
                + "le Gabonais Brice Oligui Nguema et le Tchadien Mahamat");
        assertEquals(Set.of("COUNTRY country:GA", "COUNTRY country:TD", "LOCATION location:malabo",
                "PERSON person:brice-oligui-nguema"), entities(a));
        ArticleAnalysis b = SampleArticleIT.analyse("cut-word", "Le sommet de Nairobi a réuni trente délégations. Le "
                + "ministre kényan Paul Otieno a rappelé les positions contradictoires de l'Arge");
        assertEquals(Set.of("COUNTRY country:KE", "EVENT event:sommet-de-nairobi", "LOCATION location:nairobi",
                "PERSON person:paul-otieno"), entities(b));
    }

    @Test
    void thePlaceATitleOfNobilityIsHeldOfIsNoPlace() {
        ArticleAnalysis a = SampleArticleIT.analyse("duchess", "La duchesse de Cornouailles a visité Kigali avec le "
                + "président rwandais Paul Kagame.");
        assertEquals(Set.of("COUNTRY country:RW", "LOCATION location:kigali", "PERSON person:paul-kagame"), entities(a));
    }

    @Test
    void aFamilyNamedAfterAPluralArticleIsNoPlace() {
        ArticleAnalysis a = SampleArticleIT.analyse("family", "Les Sussex ne se sont pas déplacés à Kigali, où le "
                + "président rwandais Paul Kagame a reçu les délégations.");
        assertEquals(Set.of("COUNTRY country:RW", "LOCATION location:kigali", "PERSON person:paul-kagame"), entities(a));
    }

    @Test
    void initialsAndASurnameAreTheArticlesFullName() {
        ArticleAnalysis a = SampleArticleIT.analyse("initials", "La ministre française Ségolène Royal a ouvert la séance. "
                + "Mme S. Royal a ensuite reçu la délégation du Chili.");
        assertEquals(Set.of("COUNTRY country:CL", "COUNTRY country:FR", "PERSON person:segolene-royal"), entities(a));
    }

    @Test
    void aGivenNameAloneIsTheArticlesOneLongerNameOpenedByIt() {
        // `le prince Charles`: after a title the name stays the regnal one; `son épouse Camilla` is Camilla Parker Bowles
        ArticleAnalysis a = SampleArticleIT.analyse("given-name", "Le prince Charles et son épouse Camilla sont arrivés à "
                + "Kigali. Camilla Parker Bowles a visité une école.");
        assertEquals(Set.of("LOCATION location:kigali", "PERSON person:camilla-parker-bowles", "PERSON person:charles"),
                entities(a));
    }

    @Test
    void anOutletsFirstWordAloneIsTheOutlet() {
        // the site's furniture names the outlet without its media word
        ArticleAnalysis a = SampleArticleIT.analyse("outlet", "Baobakaz Infos, section Afrique\nLe sommet de Nairobi a "
                + "réuni trente délégations.\nBaobakaz peut vous aider en publiant votre annonce.");
        assertEquals(Set.of("EVENT event:sommet-de-nairobi", "LOCATION location:afrique", "LOCATION location:nairobi",
                "ORGANIZATION org:baobakaz-infos"), entities(a));
    }

    @Test
    void aNotionOfANounAndAnAdjectiveIsNoBody() {
        // (h39-entites6) the tagger reads an era or a notion in title case as a body
        ArticleAnalysis a = SampleArticleIT.analyse("notion", "Les délégués ont débattu à New York de la revitalisation "
                + "du Partenariat mondial et des leçons du Printemps arabe.");
        assertEquals(Set.of("LOCATION location:new-york"), entities(a));
    }

    @Test
    void aKnownBodyInsideAQuotedNameIsPartOfThatName() {
        // (h40-entites7) `Commonwealth` known to the dictionary cut the quoted name into `Royal` + `Society`
        ArticleAnalysis a = SampleArticleIT.analyse("quoted-name", "La ministre ghanéenne a été élue à la tête de la "
                + "« Royal Commonwealth Society » lors d'une réunion à Londres.");
        assertEquals(Set.of("COUNTRY country:GH", "LOCATION location:londres",
                "ORGANIZATION org:royal-commonwealth-society"), entities(a));
    }

    @Test
    void aNameInBracketsAfterATitlesDemonymIsItsHolder() {
        // (h44-presences11) the tagger reads an unfamiliar name in a bracketed demonym list as a place; the demonym after a bracket names its state
        ArticleAnalysis a = SampleArticleIT.analyse("bracketed-names", "Ont pris part au sommet les présidents gabonais "
                + "(Santiago Ondo Mba) et tchadien (Ali Mahamat).");
        assertEquals(Set.of("COUNTRY country:GA", "COUNTRY country:TD", "PERSON person:santiago-ondo-mba",
                "PERSON person:ali-mahamat"), entities(a));
    }

    @Test
    void aNewspapersTitleAfterASourceWordIsTheOutlet() {
        // (h44-entites11) the tagger reads `Le Soleil` after `Selon` as a person
        ArticleAnalysis a = SampleArticleIT.analyse("source-outlet", "Selon Le Soleil, le président ivoirien Alassane "
                + "Ouattara a présidé le sommet d'Abidjan.");
        assertEquals(Set.of("COUNTRY country:CI", "EVENT event:sommet-d-abidjan", "LOCATION location:abidjan",
                "ORGANIZATION org:le-soleil", "PERSON person:alassane-ouattara"), entities(a));
    }

    @Test
    void aPeriodOfAStateIsNoEntity() {
        // (h44-entites11) `IVe République` was a person, `Ve République` a body
        ArticleAnalysis a = SampleArticleIT.analyse("regime", "Le sommet de Paris s'est ouvert par un hommage au dernier "
                + "président de la IVe République, René Coty. La Ve République a accueilli ce sommet avec faste.");
        assertEquals(Set.of("EVENT event:sommet-de-paris", "LOCATION location:paris", "PERSON person:rene-coty"),
                entities(a));
    }

    @Test
    void aCaptionCreditsBarEndsTheName() {
        // (h44-entites11) `TF1 | Duplex B. Augey` was one body
        ArticleAnalysis a = SampleArticleIT.analyse("credit", "Le président français Emmanuel Macron a reçu le chancelier "
                + "allemand Olaf Scholz au sommet de Lyon.\nTF1 | Duplex B. Augey");
        assertEquals(Set.of("COUNTRY country:DE", "COUNTRY country:FR", "EVENT event:sommet-de-lyon",
                "LOCATION location:lyon", "ORGANIZATION org:tf1", "PERSON person:emmanuel-macron",
                "PERSON person:olaf-scholz"), entities(a));
    }

    @Test
    void aDiseasesNameIsNoEntity() {
        // (h44-entites11) `Ebola` was a place, `Coronavirus` a person
        ArticleAnalysis a = SampleArticleIT.analyse("disease", "Réunis à Moroni, les chefs d'État ont évoqué l'épidémie "
                + "d'Ebola. Coronavirus : le président comorien Azali Assoumani a appelé à la vigilance.");
        assertEquals(Set.of("COUNTRY country:KM", "LOCATION location:moroni", "PERSON person:azali-assoumani"),
                entities(a));
    }

    @Test
    void aBrandAfterANounOfGoodsIsNoPlace() {
        // (h44-entites11) `du cristal Baccarat` was a place
        ArticleAnalysis a = SampleArticleIT.analyse("brand", "Le roi Felipe a été reçu à Versailles pour un dîner servi "
                + "dans du cristal Baccarat.");
        assertEquals(Set.of("LOCATION location:versailles", "PERSON person:felipe"), entities(a));
    }

    @Test
    void aFamilyNameOpeningOnDeLIsPartOfTheName() {
        // (h44-entites11) `Jean Claude de l'Estrac` was the person `Jean Claude` and the place `Estrac`
        ArticleAnalysis a = SampleArticleIT.analyse("de-l", "Le Mauricien Jean Claude de l'Estrac a été reconduit à la "
                + "tête de la Commission de l'océan Indien à Moroni.");
        assertEquals(Set.of("COUNTRY country:MU", "LOCATION location:moroni",
                "ORGANIZATION org:commission-de-l-ocean-indien", "PERSON person:jean-claude-de-l-estrac"), entities(a));
    }

    @Test
    void anAirlineNamedAfterACountryIsACompanyNotTheCountry() {
        // (h44-entites11) `Air Algérie` was the body `Air` and the country DZ
        ArticleAnalysis a = SampleArticleIT.analyse("airline", "Le président malien est arrivé à Niamey à bord d'un avion "
                + "d'Air Algérie.");
        assertEquals(Set.of("COUNTRY country:ML", "LOCATION location:niamey", "ORGANIZATION org:air-algerie"),
                entities(a));
    }

    @Test
    void aRegionalBodyWrittenWithThePluralRegionIsTheListedBody() {
        // (h44-entites11) `Association des États des Caraïbes` was cut into `Association des États` and `Caraïbes`
        ArticleAnalysis a = SampleArticleIT.analyse("aec", "L'Association des États des Caraïbes a ouvert mardi à "
                + "Port-au-Prince une réunion de ses ministres.");
        assertEquals(Set.of("LOCATION location:port-au-prince", "ORGANIZATION org:association-des-etats-de-la-caraibe"),
                entities(a));
    }

    @Test
    void aStateNameAfterAPossessiveKinNounIsAGivenName() {
        // (h44-faux11) `son épouse Dominique` is the president's wife, not Dominica (`la Dominique` takes its article)
        ArticleAnalysis a = SampleArticleIT.analyse("kin-given-name", "Le président Kofi Mensah et son épouse Dominique "
                + "sont arrivés à Accra. La Dominique a signé.");
        assertEquals(Set.of("COUNTRY country:DM", "LOCATION location:accra", "PERSON person:dominique",
                "PERSON person:kofi-mensah"), entities(a));
    }

    @Test
    void aNewspapersTitleAfterASentenceOpeningSourceWordIsTheOutlet() {
        // (h45-entites12) the tagger reads `Soleil` of `Selon Le Soleil qui …` as a place
        ArticleAnalysis a = SampleArticleIT.analyse("source-outlet-place", "Selon Le Soleil qui cite le ministère, le "
                + "Sénégal et la Gambie ont signé un accord au sommet de Banjul.");
        assertEquals(Set.of("COUNTRY country:GM", "COUNTRY country:SN", "EVENT event:sommet-de-banjul",
                "LOCATION location:banjul", "ORGANIZATION org:le-soleil"), entities(a));
    }

    @Test
    void theStateAfterEachNameOfAListIsThatNamesState() {
        // (h45-entites12) `les présidents A des Seychelles et B des Comores` gave B the state SC of A
        ArticleAnalysis a = SampleArticleIT.analyse("paired-states", "Au sommet de Moroni étaient attendus les présidents "
                + "Paul Ravel des Seychelles et Ali Mzé des Comores, le président sénégalais Macky Sall et Adama Barrow.");
        assertEquals(Set.of("COUNTRY country:KM", "COUNTRY country:SC", "COUNTRY country:SN",
                "EVENT event:sommet-de-moroni", "LOCATION location:moroni", "PERSON person:adama-barrow",
                "PERSON person:ali-mze", "PERSON person:macky-sall", "PERSON person:paul-ravel"), entities(a));
        java.util.Map<String, String> stateOf = new java.util.TreeMap<>();
        a.entities().stream().filter(e -> e.type() == EntityType.PERSON)
                .forEach(e -> stateOf.put(e.entityId(), e.countryCode() == null ? "" : e.countryCode()));
        assertEquals(java.util.Map.of("person:adama-barrow", "", "person:ali-mze", "KM", "person:macky-sall", "SN",
                "person:paul-ravel", "SC"), stateOf);
    }

    @Test
    void aPlaceBeforeAMediaWordOpensTheOutletsName() {
        // (h45-entites12) `selon Seychelles News Agency` gave the body `News Agency` and a mention of the country
        ArticleAnalysis a = SampleArticleIT.analyse("outlet-after-place", "Le Rwanda a signé la déclaration du sommet de "
                + "Kigali, selon Rwanda News Agency.");
        assertEquals(Set.of("COUNTRY country:RW", "EVENT event:sommet-de-kigali", "LOCATION location:kigali",
                "ORGANIZATION org:rwanda-news-agency"), entities(a));
    }

    @Test
    void aNameRightAfterAPartyNounIsTheParty() {
        // (h45-entites12) `le parti Ennahda` was a person
        ArticleAnalysis a = SampleArticleIT.analyse("party-noun", "Le chef du parti Ennahda a salué le sommet de Tunis, "
                + "mais le parti de Kaïs Saïed est resté silencieux.");
        assertEquals(Set.of("EVENT event:sommet-de-tunis", "LOCATION location:tunis", "ORGANIZATION org:ennahda",
                "PERSON person:kais-saied"), entities(a));
    }

    @Test
    void anIslandStateNamedWithALowerCaseHeadIsTheStateOrTerritory() {
        // (h46-entites13) `les îles Cook`, `des îles Vierges britanniques` were places cut after the first name word, and
        // `les îles Turks and Caicos` a place and a person
        ArticleAnalysis a = SampleArticleIT.analyse("island-heads", "Le sommet de Nassau a réuni les Premiers ministres "
                + "des îles Turks and Caicos et des îles Vierges britanniques. Les îles Cook ont envoyé un ministre.");
        assertEquals(Set.of("COUNTRY country:CK", "COUNTRY country:TC", "COUNTRY country:VG", "EVENT event:sommet-de-nassau",
                "LOCATION location:nassau"), entities(a));
    }

    @Test
    void anHonorificBeforeItsStateIsTheRulersTitleNoName() {
        // (h46-entites13) `et du Sultan d'Oman, Haïtham ben Tariq`: the tagger read `Sultan` as a place, then a person
        ArticleAnalysis a = SampleArticleIT.analyse("honorific-of-a-state", "Trois dirigeants manqueront le sommet d'Alger : "
                + "le président des Émirats arabes unis, Mohamed Ben Zayed, et du Sultan d'Oman, Haïtham ben Tariq. Cheikh "
                + "Tidiane Gadio sera présent.");
        assertEquals(Set.of("COUNTRY country:AE", "COUNTRY country:OM", "EVENT event:sommet-d-alger", "LOCATION location:alger",
                "PERSON person:cheikh-tidiane-gadio", "PERSON person:haitham-ben-tariq", "PERSON person:mohamed-ben-zayed"),
                entities(a));
    }

    @Test
    void aNameRightAfterAPressNounIsTheOutlet() {
        // (h46-entites13) `selon le journal Al-Quds Al-Arabi`, `le quotidien Akhbar Al Yom` were persons
        ArticleAnalysis a = SampleArticleIT.analyse("press-noun", "Le sommet de Doha s'est achevé mardi, selon le journal "
                + "Al-Quds Al-Arabi. Le quotidien Akhbar Al Yom a publié le texte. Le parti de Jean Dupont a salué l'accord.");
        assertEquals(Set.of("EVENT event:sommet-de-doha", "LOCATION location:doha", "ORGANIZATION org:akhbar-al-yom",
                "ORGANIZATION org:al-quds-al-arabi", "PERSON person:jean-dupont"), entities(a));
    }

    @Test
    void aBodysNameWithoutTheArticleOfItsRegionIsTheSameBody() {
        // (h46-entites13) `des Nations d'Asie du Sud-Est`, `des États d'Afrique de l'Ouest` cut the body before the region
        ArticleAnalysis a = SampleArticleIT.analyse("region-without-article", "Le sommet de Hanoï a réuni les dix pays de "
                + "l'Association des Nations d'Asie du Sud-Est (Asean). La Communauté économique des États d'Afrique de l'Ouest "
                + "était invitée, comme la Banque centrale des États d'Afrique de l'Ouest.");
        assertEquals(Set.of("EVENT event:sommet-de-hanoi", "LOCATION location:hanoi",
                "ORGANIZATION org:association-des-nations-de-l-asie-du-sud-est",
                "ORGANIZATION org:banque-centrale-des-etats-de-l-afrique-de-l-ouest",
                "ORGANIZATION org:communaute-economique-des-etats-de-l-afrique-de-l-ouest"), entities(a));
    }

    @Test
    void aFiliationInsideATaggersPlaceMakesAPerson() {
        // (h46-entites13) `le prince héritier d'Arabie saoudite Mohammed bin Salman`: the tagger read the name as a place
        ArticleAnalysis a = SampleArticleIT.analyse("filiation-place", "Le prince héritier d'Arabie saoudite Mohammed bin "
                + "Salman et l'émir du Koweït Nawaf Al-Ahmad étaient absents du sommet d'Abou Dhabi.");
        assertEquals(Set.of("COUNTRY country:KW", "COUNTRY country:SA", "EVENT event:sommet-d-abou-dhabi",
                "LOCATION location:abou-dhabi", "PERSON person:mohammed-bin-salman", "PERSON person:nawaf-al-ahmad"),
                entities(a));
    }

    @Test
    void theStateOfATitleInAppositionAfterTheNameIsThePersons() {
        // (h46-entites13) `Ahmed Afif, vice-président seychellois, a …`: no country_code was read after the name
        ArticleAnalysis a = SampleArticleIT.analyse("apposition-state", "Le sommet de la COI s'est ouvert à Antananarivo. "
                + "Ahmed Afif, vice-président seychellois, a prononcé un discours. Jean Dupont, ministre comorien des Affaires "
                + "étrangères, a signé la déclaration. Paul Martin, président de la République du Bénin, était présent. "
                + "Awa Diallo, représentante de l'ONU au Mali, a salué la déclaration. Étaient présents le roi Abdallah II, "
                + "l'émir du Qatar, Tamim Al Thani, et d'autres.");
        java.util.Map<String, String> stateOf = new java.util.TreeMap<>();
        a.entities().stream().filter(e -> e.type() == EntityType.PERSON)
                .forEach(e -> stateOf.put(e.entityId(), e.countryCode() == null ? "" : e.countryCode()));
        assertEquals("SC", stateOf.get("person:ahmed-afif"));
        assertEquals("KM", stateOf.get("person:jean-dupont"));
        assertEquals("BJ", stateOf.get("person:paul-martin"));
        assertEquals("", stateOf.get("person:awa-diallo"));
        assertEquals("", stateOf.get("person:abdallah-ii"));
    }

    @Test
    void aNameApposedToAStateIsThatStatesNotTheNextTitles() {
        // (h54-entites20) `… et du Kenya, William X, le président du Conseil des ministres du Togo, …`: the next item's
        // title gave its state to the name apposed to the state before it
        ArticleAnalysis a = SampleArticleIT.analyse("apposed-to-state", "Au sommet de Lomé figuraient les présidents du "
                + "Ghana, du Niger et du Tchad, Paul Ndoye, le Premier ministre du Bénin, le vice-président du Gabon et "
                + "d'autres invités. Les ministres de l'Intérieur du Congo et du Burundi, Marie Ngoma et Jean Habimana, ont "
                + "signé l'accord.");
        java.util.Map<String, String> stateOf = new java.util.TreeMap<>();
        a.entities().stream().filter(e -> e.type() == EntityType.PERSON)
                .forEach(e -> stateOf.put(e.entityId(), e.countryCode() == null ? "" : e.countryCode()));
        assertEquals("TD", stateOf.get("person:paul-ndoye"));
        assertEquals("", stateOf.get("person:marie-ngoma"));
    }

    @Test
    void aStateTheTaggerRunsIntoAPersonIsStillTheState() {
        // (h55-entites21) `A de la Guinée, Patrice Y du Bénin, sont …`: the tagger ran the person on into `du Bénin`, a
        // state form needing context, so the name had no state and `Bénin` was no country
        ArticleAnalysis a = SampleArticleIT.analyse("state-run-into-person", "Mamadou Keïta de la Guinée, Patrice Sossou "
                + "du Bénin, sont respectivement représentés par leur Premier ministre et leur ministre des Affaires "
                + "étrangères.");
        assertEquals(Set.of("COUNTRY country:BJ", "COUNTRY country:GN", "PERSON person:mamadou-keita",
                "PERSON person:patrice-sossou"), entities(a));
        java.util.Map<String, String> stateOf = new java.util.TreeMap<>();
        a.entities().stream().filter(e -> e.type() == EntityType.PERSON)
                .forEach(e -> stateOf.put(e.entityId(), e.countryCode() == null ? "" : e.countryCode()));
        assertEquals(java.util.Map.of("person:mamadou-keita", "GN", "person:patrice-sossou", "BJ"), stateOf);
    }

    @Test
    void aStateInBracketsAfterANameIsThePersonsAndNdlrIsNoEntity() {
        // (h46-entites13) `Fayez X, le chef du gouvernement libyen, Ali Y (Gabon)`: the title's state went to the next name
        ArticleAnalysis a = SampleArticleIT.analyse("bracket-state", "Au sommet de Niamey, on attend Paul Kaboga (Rwanda), "
                + "Fayez Sarradj, le chef du gouvernement libyen, Ali Ngoma (Gabon) et Jean Mvondo (Cameroun, Ndlr).");
        java.util.Map<String, String> stateOf = new java.util.TreeMap<>();
        a.entities().stream().filter(e -> e.type() == EntityType.PERSON)
                .forEach(e -> stateOf.put(e.entityId(), e.countryCode() == null ? "" : e.countryCode()));
        assertEquals("GA", stateOf.get("person:ali-ngoma"));
        assertEquals("RW", stateOf.get("person:paul-kaboga"));
        assertEquals(false, entities(a).stream().anyMatch(e -> e.contains("ndlr")));
    }

    @Test
    void aBodysAcronymWithDotsIsThatBody() {
        // (h46-entites13) `l'O.N.U.`, `la C.E.D.E.A.O` and `l'U.E.` were no entity
        ArticleAnalysis a = SampleArticleIT.analyse("dotted-acronyms", "Le secrétaire général de l'O.N.U. sera présent "
                + "au sommet de Lomé, comme le président en exercice de la C.E.D.E.A.O et un délégué de l'U.E.");
        assertEquals(true, entities(a).containsAll(Set.of("ORGANIZATION org:organisation-des-nations-unies",
                "ORGANIZATION org:communaute-economique-des-etats-de-l-afrique-de-l-ouest",
                "ORGANIZATION org:union-europeenne")));
    }

    @Test
    void aSpellingWithADoubledLetterIsTheSamePerson() {
        // (h46-entites13) `Mohammed ben Zayed Al Nahyan` and `Mohamed ben Zayed` were two persons
        ArticleAnalysis a = SampleArticleIT.analyse("doubled-letter", "Le président des Émirats arabes unis, Cheikh Mohammed "
                + "ben Zayed Al Nahyan, est absent du sommet de Djeddah. L'absence de Mohamed ben Zayed s'explique par une "
                + "tournée. Le cheikh Mansour bin Zayed Al Nahyan le représente.");
        assertEquals(Set.of("COUNTRY country:AE", "EVENT event:sommet-de-djeddah", "LOCATION location:djeddah",
                "PERSON person:mansour-bin-zayed-al-nahyan", "PERSON person:mohammed-ben-zayed-al-nahyan"), entities(a));
    }

    @Test
    void aCaribbeanStateAbbreviatedWithADotIsTheState() {
        // (h46-entites13) `de St. Kitts Denzell Douglas` gave a person `Kitts Denzell Douglas`, `Ste. Lucie` a person
        ArticleAnalysis a = SampleArticleIT.analyse("st-dot", "« C'est le sommet le plus productif », a déclaré le premier "
                + "ministre de St. Kitts Denzell Douglas à Basseterre. Les délégués de St. Vincent et les Grenadines et de Ste. "
                + "Lucie étaient présents.");
        assertEquals(Set.of("COUNTRY country:KN", "COUNTRY country:LC", "COUNTRY country:VC", "LOCATION location:basseterre",
                "PERSON person:denzell-douglas"), entities(a));
    }

    @Test
    void demonymsBetweenCommasAfterAPluralTitleAreStates() {
        // (h47-presences14) `Les présidents, chilien et ghanéen, ont …`: the commas hid the shared plural title
        ArticleAnalysis a = SampleArticleIT.analyse("demonyms-between-commas", "Les présidents, chilien et ghanéen, ont "
                + "participé au sommet de Lomé.");
        assertEquals(true, entities(a).containsAll(Set.of("COUNTRY country:CL", "COUNTRY country:GH")));
    }

    @Test
    void aBodysHeadNounAloneAfterItsFullNameIsThatBody() {
        // (h47-entites14) `la Ligue arabe` … `La Ligue a publié`: the head alone was one more body `Ligue`
        ArticleAnalysis a = SampleArticleIT.analyse("body-head-alone", "Les ministres de la Ligue arabe se sont retrouvés "
                + "jeudi au Caire. La Ligue a publié un communiqué commun. Des observateurs de l'Union africaine et de "
                + "l'Union européenne ont suivi les débats, mais l'Union n'a rien signé.");
        assertEquals(Set.of("LOCATION location:le-caire", "ORGANIZATION org:ligue-arabe",
                "ORGANIZATION org:union-africaine", "ORGANIZATION org:union-europeenne"), entities(a));
    }

    @Test
    void aNameAfterAFamilyNounIsNoPerson() {
        // (h47-entites14) `la dynastie Al Bou Saïd` was a person: a family or a ruling house is no individual
        ArticleAnalysis a = SampleArticleIT.analyse("family-noun", "Le sultan Haïtham ben Tariq, issu de la dynastie "
                + "Al Bou Saïd, est arrivé à Riyad pour le sommet du Golfe.");
        assertEquals(false, entities(a).stream().anyMatch(e -> e.contains("bou-said")));
        assertEquals(true, entities(a).contains("PERSON person:haitham-ben-tariq"));
    }

    @Test
    void thePresidencysBuildingOfSeveralStatesIsAPlaceNoPerson() {
        // (h47-entites14) `Selon State House,` was a person
        ArticleAnalysis a = SampleArticleIT.analyse("state-house", "Selon State House, le président Wavel Ramkalawan a "
                + "plaidé à Washington pour les petites nations insulaires.");
        assertEquals(true, entities(a).contains("LOCATION location:state-house"));
        assertEquals(false, entities(a).contains("PERSON person:state-house"));
    }

    @Test
    void theStateNounOfChefsDEtatWithItsAdjectiveIsNoPlace() {
        // (h47-entites14) `des chefs d'État africains` gave a place `État africains`
        ArticleAnalysis a = SampleArticleIT.analyse("etat-adjective", "On notera l'absence du doyen des chefs d'État "
                + "africains, le Camerounais Paul Biya, au sommet d'Addis-Abeba.");
        assertEquals(false, entities(a).stream().anyMatch(e -> e.contains("etat-africains")));
        assertEquals(true, entities(a).contains("PERSON person:paul-biya"));
    }

    @Test
    void aRoundAfterAMasculineOrdinalIsNoTower() {
        // (h47-entites14) `au lendemain du second tour de la Présidentielle` gave a place `tour de la Présidentielle`
        ArticleAnalysis a = SampleArticleIT.analyse("second-tour", "Le président sortant a quitté Dakar au lendemain du "
                + "second tour de la Présidentielle.");
        assertEquals(Set.of("LOCATION location:dakar"), entities(a));
    }

    @Test
    void aPluralTitleAloneIsNoPlace() {
        // (h47-entites14) `présidents de la République, Rois et Émirs` gave a place `Émirs`
        ArticleAnalysis a = SampleArticleIT.analyse("plural-title", "Une quinzaine de présidents de la République, Rois et "
                + "Émirs prendront part au sommet d'Alger.");
        assertEquals(Set.of("EVENT event:sommet-d-alger", "LOCATION location:alger"), entities(a));
    }

    @Test
    void aNameInCapitalsAfterATitleAndItsComplementIsAPerson() {
        // (h48-entites15) `La présidente de la République … d'Éthiopie NOM-NOM NOM` was a place and a body
        ArticleAnalysis a = SampleArticleIT.analyse("caps-after-complement", "La présidente de la République du Bénin "
                + "ADJOA-MARIE KOSSOUGBÉ a accueilli son hôte à l'aéroport de Cotonou. Les présidents Paul Biya et "
                + "ADJOA-MARIE KOSSOUGBÉ ont ensuite eu un long entretien.");
        assertEquals(true, entities(a).contains("PERSON person:adjoa-marie-kossougbe"));
        assertEquals(false, entities(a).stream().anyMatch(e -> e.contains("kossougbe") && !e.startsWith("PERSON")));
    }

    @Test
    void aMeetingNamedByTwoSpellingsOfOnePlaceIsOneEvent() {
        // (h49-entites16) `le sommet de Baghdad`, then `le Sommet de Bagdad`: two events for one meeting
        ArticleAnalysis a = SampleArticleIT.analyse("place-spellings", "Le sommet de Bagdad s'ouvre samedi. Les ministres "
                + "ont préparé vendredi le sommet de Baghdad.");
        assertEquals(Set.of("EVENT event:sommet-de-bagdad", "LOCATION location:bagdad"), entities(a));
    }

    @Test
    void anEnglishVenueNameEndsOnItsNoun() {
        // (h49-entites16) `au Kigali Convention Centre`, `le Bürgenstock Resort`: the name alone was a place (or a person)
        // and the noun a place of its own
        ArticleAnalysis a = SampleArticleIT.analyse("english-venue", "Les chefs d'État se sont retrouvés mardi au Lusaka "
                + "Convention Centre.");
        assertEquals(Set.of("LOCATION location:lusaka", "LOCATION location:lusaka-convention-centre"), entities(a));
    }

    @Test
    void aManorAndItsNameIsOneSite() {
        // (h49-entites16) `au manoir Richelieu`, `le Manoir Richelieu accueillera`: the name was a person
        ArticleAnalysis a = SampleArticleIT.analyse("manor", "Le Manoir Bellerive accueillera les ministres en juin. Le "
                + "dîner aura lieu au manoir Bellerive.");
        assertEquals(Set.of("LOCATION location:manoir-bellerive"), entities(a));
    }

    @Test
    void aTitleBeforeTheNextNameOrWithItsOwnNameGivesNoStateToTheNameBefore() {
        // (h49-entites16) `António X, le président sénégalais et président de l'UA (UA), Macky Y` and `le général Ahmed Z,
        // le président tunisien Kaïs W`: the next person's state went to the name before
        ArticleAnalysis a = SampleArticleIT.analyse("next-title-state", "Au sommet de Tunis sont attendus le secrétaire "
                + "général de l'ONU, Pedro Almeida, le président gabonais et président de l'Union africaine (UA), Omar Ndong, "
                + "le général Karim Haddad, le président tchadien Issa Mahamat, et d'autres invités.");
        java.util.Map<String, String> stateOf = new java.util.TreeMap<>();
        a.entities().stream().filter(e -> e.type() == EntityType.PERSON)
                .forEach(e -> stateOf.put(e.entityId(), e.countryCode() == null ? "" : e.countryCode()));
        assertEquals("", stateOf.get("person:pedro-almeida"));
        assertEquals("", stateOf.get("person:karim-haddad"));
        assertEquals("TD", stateOf.get("person:issa-mahamat"));
    }

    @Test
    void anOutletEndingAnInvertedSourcePhraseIsABody() {
        // (h49-entites17) `…, rapporte Xinhuanet.`: one capitalised word after an inverted reporting verb was a person
        ArticleAnalysis a = SampleArticleIT.analyse("source-verb-outlet", "Le sommet de Lomé s'ouvrira lundi, rapporte "
                + "Kessler.");
        assertEquals(Set.of("EVENT event:sommet-de-lome", "LOCATION location:lome", "ORGANIZATION org:kessler"),
                entities(a));
    }

    @Test
    void anOutletGivenAStatementIsABody() {
        // (h49-entites17) `a déclaré à Blick que`: the outlet given the statement was a person
        ArticleAnalysis a = SampleArticleIT.analyse("statement-outlet", "Le ministre togolais Koffi Amegan a déclaré à "
                + "Kessler qu'il serait au sommet de Lomé.");
        assertEquals(Set.of("COUNTRY country:TG", "PERSON person:koffi-amegan", "ORGANIZATION org:kessler",
                "EVENT event:sommet-de-lome", "LOCATION location:lome"), entities(a));
    }

    @Test
    void aSourceWordNamedAsAPersonElsewhereStaysAPerson() {
        // (h49-entites17) `…, indique Amegan.` when the article writes `le président Koffi Amegan`: the person
        ArticleAnalysis a = SampleArticleIT.analyse("source-verb-person", "Le sommet de Lomé s'ouvrira lundi, indique "
                + "Amegan. Le président Koffi Amegan y prendra la parole.");
        assertEquals(Set.of("EVENT event:sommet-de-lome", "LOCATION location:lome", "PERSON person:koffi-amegan"),
                entities(a));
    }

    @Test
    void anOutletAfterItsNounAndDemonymIsABody() {
        // (h49-entites17) `le journal égyptien Al-Masry Al-Youm`: the demonym between noun and name hid the noun
        ArticleAnalysis a = SampleArticleIT.analyse("press-demonym-outlet", "Le ministre a confié au journal égyptien "
                + "Al-Nour Al-Jadid que le sommet du Caire aura lieu en mai.");
        assertEquals(Set.of("ORGANIZATION org:al-nour-al-jadid", "EVENT event:sommet-du-caire", "LOCATION location:le-caire"),
                entities(a));
    }

    @Test
    void aNameSplitAfterItsHyphenIsOnePerson() {
        // (h49-entites17) `Nana Akufo- Addo (Ghana)`: the space after the hyphen made two persons
        ArticleAnalysis a = SampleArticleIT.analyse("split-hyphen", "Le sommet a réuni Ibrahim Sangaré (Mali), Kwame Osei- "
                + "Mensah (Ghana) et Paul Ndiaye (Sénégal).");
        assertEquals(Set.of("PERSON person:ibrahim-sangare", "COUNTRY country:ML", "PERSON person:kwame-osei-mensah",
                "COUNTRY country:GH", "PERSON person:paul-ndiaye", "COUNTRY country:SN"), entities(a));
    }

    @Test
    void aCapitalisedTitleOfAStateAfterTheNameEndsTheName() {
        // (h52-entites18) `Monsieur X Y Président de la République, Chef de l'Etat`: the title written without an article
        // or a comma after the name was read into the person's name
        ArticleAnalysis a = SampleArticleIT.analyse("capital-title-after-name", "Monsieur Oumar Diarra Président de la "
                + "République, Chef de l'Etat, a ouvert jeudi le sommet de Bamako.");
        assertEquals(Set.of("PERSON person:oumar-diarra", "EVENT event:sommet-de-bamako", "LOCATION location:bamako"),
                entities(a));
    }

    @Test
    void anInvertedFutureVerbOpeningTheSentenceIsNoPlace() {
        // (h52-entites18) `Manqueront aussi à l'appel le président X`: the capitalised verb was a place
        ArticleAnalysis a = SampleArticleIT.analyse("inverted-future-verb", "Manqueront aussi à l'appel du sommet de Lomé "
                + "le président ghanéen, Kwame Boateng, et son homologue gambien.");
        assertEquals(Set.of("EVENT event:sommet-de-lome", "LOCATION location:lome", "COUNTRY country:GH",
                "PERSON person:kwame-boateng", "COUNTRY country:GM"), entities(a));
    }

    @Test
    void aConferenceCentreWithAQualifierIsABuildingNotAMeeting() {
        // (h52-sweep-afrique) `le Centre International de Conférence X de Niamey`: the singular head and the qualifier
        // between building noun and `Conférence` made `Conférence X de Niamey` a meeting
        ArticleAnalysis a = SampleArticleIT.analyse("venue-qualified-conference", "Les ministres de la pêche se sont "
                + "réunis mardi au Centre International de Conférence Kofi Mensah de Lomé.");
        assertEquals(Set.of("LOCATION location:centre-international-de-conference-kofi-mensah", "LOCATION location:lome"),
                entities(a));
    }

    @Test
    void aStatesAcronymWrittenAsAWordIsTheWord() {
        // (lead-54) `ministre de l'Hydraulique et de l'Eau`: the tagger's `Eau` folded to the acronym EAU (United Arab
        // Emirates); a state's acronym not in capitals is the common noun
        ArticleAnalysis a = SampleArticleIT.analyse("state-acronym-as-word", "Le ministre sénégalais de l’Hydraulique et "
                + "de l’Eau, Moussa Diop, a pris part au sommet de Dakar.");
        assertEquals(Set.of("COUNTRY country:SN", "PERSON person:moussa-diop", "EVENT event:sommet-de-dakar",
                "LOCATION location:dakar"), entities(a));
    }

    @Test
    void anEditionsOrdinalHasOneSpellingInTheId() {
        // (h56-entites22) `le 23ème sommet`, `23eme sommet`, `23ᵉ sommet`: the ordinal's spelling made one meeting several
        // ids across articles; the plain abbreviation `23e` names it, and `le 24-ème sommet` is `24e sommet`
        ArticleAnalysis a = SampleArticleIT.analyse("ordinal-spelling", "Le 23ème sommet s'est achevé vendredi à Praia, "
                + "où les chefs d'État ont fixé la date du 24-ème sommet.");
        assertEquals(Set.of("EVENT event:23e-sommet", "EVENT event:24e-sommet", "LOCATION location:praia"), entities(a));
        assertEquals("23e sommet", a.entities().stream().filter(e -> e.entityId().equals("event:23e-sommet"))
                .findFirst().orElseThrow().canonicalName());
    }

    @Test
    void aStatesTitleBeforeACommaAndAnHonorificGivesThePersonsState() {
        // (h56-entites22) `Le président kényan, Dr Samuel X, a ouvert …`: the honorific between the comma and the name hid
        // the title's state; a state before the comma with an honorific only after it is no title (`Au Togo, M. Y`)
        ArticleAnalysis a = SampleArticleIT.analyse("title-comma-honorific", "Le vice-président zambien, Dr Mulenga "
                + "Chanda Phiri, a ouvert le forum de Lusaka. Au Togo, M. Komlan Adjovi a salué le forum de Lusaka.");
        java.util.Map<String, String> stateOf = new java.util.TreeMap<>();
        a.entities().stream().filter(e -> e.type() == EntityType.PERSON)
                .forEach(e -> stateOf.put(e.entityId(), e.countryCode() == null ? "" : e.countryCode()));
        assertEquals("ZM", stateOf.get("person:mulenga-chanda-phiri"));
        assertEquals("", stateOf.get("person:komlan-adjovi"));
    }

    @Test
    void aDemonymNounBeforeTheNameGivesThePersonsState() {
        // (h56-entites22) `du Béninois Paul X`, `la Malienne Awa Y`: the nationality used as a noun names the person's
        // state as a title does, in lower case too (`le togolais X`); the demonym stays a COUNTRY mention (the guide's
        // `l'Italienne Giorgia X`)
        ArticleAnalysis a = SampleArticleIT.analyse("demonym-noun-person", "Le forum de Niamey s'est tenu en présence du "
                + "Gabonais Serge Mba Obiang et de la Guinéenne Mariama Sow Bah, tandis que le togolais Kossi Ametepe Dogbe "
                + "était absent.");
        java.util.Map<String, String> stateOf = new java.util.TreeMap<>();
        a.entities().stream().filter(e -> e.type() == EntityType.PERSON)
                .forEach(e -> stateOf.put(e.entityId(), e.countryCode() == null ? "" : e.countryCode()));
        assertEquals("GA", stateOf.get("person:serge-mba-obiang"));
        assertEquals("GN", stateOf.get("person:mariama-sow-bah"));
        assertEquals("TG", stateOf.get("person:kossi-ametepe-dogbe"));
        assertTrue(entities(a).containsAll(Set.of("COUNTRY country:GA", "COUNTRY country:GN", "COUNTRY country:TG")));
    }

    @Test
    void anElidedCoordinationOfPlaceNamesNamesBothPlaces() {
        // (h56-entites22) `l'Afrique centrale et australe`, `l'Asie du Sud et du Sud-Est`: the shared head written once
        // left the second region unread (or the tagger's `Sud-Est` a place of its own); a rebuilt name that is no
        // dictionary place (`l'Afrique de l'Ouest et ses partenaires`) adds nothing
        ArticleAnalysis a = SampleArticleIT.analyse("elided-place-coordination", "Les ministres de l'Afrique centrale et "
                + "australe ont retrouvé à Dakar leurs homologues de l'Asie du Sud et du Sud-Est. L'Afrique de l'Ouest et "
                + "ses partenaires suivront.");
        assertEquals(Set.of("LOCATION location:afrique-centrale", "LOCATION location:afrique-australe",
                "LOCATION location:dakar", "LOCATION location:asie-du-sud", "LOCATION location:asie-du-sud-est",
                "LOCATION location:afrique-de-l-ouest"), entities(a));
    }

    @Test
    void theCentreAfterAnElidedWestAfricaIsCentralAfrica() {
        // (h56-entites22) `l'Afrique de l'Ouest et du Centre`: `Afrique du Centre` is a name of Afrique centrale
        ArticleAnalysis a = SampleArticleIT.analyse("elided-west-and-centre", "Les banques de l'Afrique de l'Ouest et du "
                + "Centre se sont réunies à Douala.");
        assertEquals(Set.of("LOCATION location:afrique-de-l-ouest", "LOCATION location:afrique-centrale",
                "LOCATION location:douala"), entities(a));
    }

    @Test
    void demonymsAfterAStrayCommaAfterAPluralTitleNameTheirStates() {
        // (h57-listes3) `Les présidents, russe, chinois et iranien ont participé`: a comma between the plural state noun
        // and its demonyms, with none to close them, still lets each demonym stand for its state
        ArticleAnalysis a = SampleArticleIT.analyse("stray-comma-demonyms", "Les ministres, gabonais, tchadien et "
                + "camerounais ont signé à Yaoundé.");
        assertEquals(Set.of("COUNTRY country:GA", "COUNTRY country:TD", "COUNTRY country:CM", "LOCATION location:yaounde"),
                entities(a));
    }

    @Test
    void theWordOpeningABylineIsNoPartOfTheWritersName() {
        // (h57-entites23) `— Par Awa X —`: the tagger took the byline's `Par` into the person's name
        ArticleAnalysis a = SampleArticleIT.analyse("byline-par", "— Par Lucienne Marchetti —\n\nLe sommet de Lomé a "
                + "réuni mardi les dirigeants ouest-africains.");
        assertEquals(Set.of("PERSON person:lucienne-marchetti", "EVENT event:sommet-de-lome", "LOCATION location:lome"),
                entities(a));
    }

    @Test
    void aNameOpeningADatelineIsNoPerson() {
        // (h57-entites23) `Kribou, 12/03/2025 -(MAP)- La …`: the place (or an agency's office code) before the date and
        // the wire of a dateline is never a person, though the tagger reads an unknown word there as one
        ArticleAnalysis a = SampleArticleIT.analyse("dateline-person", "Kribou, 12/03/2025 -(MAP)- La Communauté "
                + "économique des États de l'Afrique centrale tiendra un sommet extraordinaire le 20 mars à Libreville.");
        assertTrue(entities(a).stream().noneMatch(e -> e.startsWith("PERSON")), entities(a).toString());
        assertTrue(entities(a).contains("LOCATION location:libreville"), entities(a).toString());
    }

    @Test
    void aCountryInCapitalsEndsThePersonsNameInACaption() {
        // (h57-entites23) a photo caption `Sergueï X RUSSIE Sergueï X`: the country in capitals is no part of the name
        ArticleAnalysis a = SampleArticleIT.analyse("caption-country-capitals", "Le forum de Kazan s'est ouvert jeudi."
                + "\n\nSergueï Volkonski RUSSIE Sergueï Volkonski\n\nLe conseiller Sergueï Volkonski a présenté le rapport.");
        assertEquals(Set.of("EVENT event:forum-de-kazan", "LOCATION location:kazan", "PERSON person:serguei-volkonski"),
                entities(a));
    }

    @Test
    void aWireGluedToTheDatelinesPlaceIsCutOff() {
        // (h57-entites23) `Charm el-Cheikh-MENA` alone on the first line: the wire's acronym glued by a hyphen hid the
        // place's last word, and the tagger read `Charm` alone as a second place
        ArticleAnalysis a = SampleArticleIT.analyse("dateline-glued-wire", "Charm el-Cheikh-MENA\n\nLe forum de Charm "
                + "el-Cheikh s'est achevé dimanche.");
        assertEquals(Set.of("LOCATION location:charm-el-cheikh", "EVENT event:forum-de-charm-el-cheikh"), entities(a));
    }

    @Test
    void aStatesNameWithItsFirstWordInLowerCaseIsTheState() {
        // (h57-entites23) `de côte d'Ivoire`, `de corée du Sud`: a typo wrote the first word of the state's name in lower
        // case; the name is still the state, not a person `Ivoire`
        ArticleAnalysis a = SampleArticleIT.analyse("lowercase-state-head", "Le forum de Lomé a accueilli des ministres "
                + "de côte d'Ivoire et de corée du Sud.");
        assertEquals(Set.of("EVENT event:forum-de-lome", "LOCATION location:lome", "COUNTRY country:CI",
                "COUNTRY country:KR"), entities(a));
    }

    @Test
    void aPluralHeadBeforeCoordinatedSpecificsNamesEachPlace() {
        // (h58-a) `les mers Noire et d'Azov`: the shared head written once in the plural left the tagger to read `Noire`
        // and `Azov` as persons; each specific rebuilt with the singular head is a dictionary place. A plural head whose
        // rebuilt names are no dictionary places (`les villes Paris et Lyon`) adds nothing
        ArticleAnalysis a = SampleArticleIT.analyse("plural-head-places", "Le forum de Lomé a appelé à la libre "
                + "circulation des navires dans les mers Noire et d'Azov.");
        assertEquals(Set.of("EVENT event:forum-de-lome", "LOCATION location:lome", "LOCATION location:mer-noire",
                "LOCATION location:mer-d-azov"), entities(a));
    }

    @Test
    void aFamilyNameWithoutItsHyphenatedArticleIsThePersonNoPlace() {
        // (h59-ent) `Sissi à Pékin` in a headline: the tagger reads the family name alone as a place; the lede names
        // `Abdel Fattah al-Sissi`, whose family name written without its article `al-` is that person
        ArticleAnalysis a = SampleArticleIT.analyse("particle-surname-headline", "Sissi à Pékin pour le forum\n\nLe "
                + "président égyptien Abdel Fattah al-Sissi est arrivé lundi à Pékin pour le forum de coopération.");
        assertEquals(Set.of("COUNTRY country:EG", "LOCATION location:pekin", "PERSON person:abdel-fattah-al-sissi"),
                entities(a));
    }

    @Test
    void coordinatedDemonymsPairWithCoordinatedNamesInOrder() {
        // (h59-ent) `Les présidents russe et américain, A et B`: the nearest demonym (the last) went to the first name;
        // the demonyms pair with the names in order. Counts that differ pair nothing
        ArticleAnalysis a = SampleArticleIT.analyse("respective-demonyms", "Les présidents russe et américain, Oleg "
                + "Varlamov et John Whitfield, se sont parlé à Genève. Les ministres ghanéen, togolais et béninois, Kofi "
                + "Asamoah et Komla Dossou, ont signé l'accord.");
        java.util.Map<String, String> stateOf = new java.util.TreeMap<>();
        a.entities().stream().filter(e -> e.type() == EntityType.PERSON)
                .forEach(e -> stateOf.put(e.entityId(), e.countryCode() == null ? "" : e.countryCode()));
        assertEquals(java.util.Map.of("person:oleg-varlamov", "RU", "person:john-whitfield", "US",
                "person:kofi-asamoah", "", "person:komla-dossou", ""), stateOf);
    }

    @Test
    void aNameAfterTheBodysAcronymInBracketsIsThePersonOfTheTitle() {
        // (h59-ent) `le directeur général du Fonds monétaire international (FMI) Christine X`: the tagger may call the
        // name a miscellany; the acronym in brackets ends the title's complement, and the name after it is the person
        ArticleAnalysis a = SampleArticleIT.analyse("title-acronym-name", "Le directeur général du Fonds monétaire "
                + "international (FMI) Christine Valmont était aussi présente.");
        assertEquals(Set.of("ORGANIZATION org:fonds-monetaire-international", "PERSON person:christine-valmont"),
                entities(a));
    }

    @Test
    void aBodyWrittenInFullUnderAnotherSpellingNamesTheSameMeetingAsItsAcronym() {
        // (h62-ents) `le sommet de la Celac` in the headline, `le sommet de la Communauté des Etats d'Amérique latine et
        // des Caraïbes` in the text: the body spelled otherwise than the dictionary's name is the same body, so one meeting
        ArticleAnalysis a = SampleArticleIT.analyse("body-full-name-event", "Le sommet de la Celac s'ouvre à Lima\n\n"
                + "Le sommet de la Communauté des Etats d'Amérique latine et des Caraïbes s'est ouvert mardi à Lima.");
        assertEquals(1, events(a).size(), events(a).toString());
        assertEquals(Set.of("EVENT event:sommet-de-la-celac", "LOCATION location:lima",
                "ORGANIZATION org:communaute-des-etats-latino-americains-et-caraibes"), entities(a));
    }

    @Test
    void aNumberedSummitNamedByABodysLastWordIsThatBodysSummitOfTheSameNumber() {
        // (h62-ents) `le 12e sommet des pays du Golfe` in the headline, `le 12e Sommet du Conseil de coopération du Golfe`
        // in the text: the same number and the word that ends the body's name make one meeting; another number stays apart
        ArticleAnalysis a = SampleArticleIT.analyse("numbered-body-last-word", "Ouverture du 12e sommet des pays du "
                + "Golfe\n\nLe 12e Sommet du Conseil de coopération du Golfe (CCG) s'est ouvert mardi à Manama. Le 11e "
                + "sommet des pays du Golfe avait eu lieu à Mascate.");
        assertEquals(2, events(a).size(), events(a).toString());
        assertTrue(events(a).values().stream().anyMatch(v -> v.contains("12e sommet des pays du Golfe")
                && v.contains("12e Sommet du Conseil de coopération du Golfe")), events(a).toString());
    }

    @Test
    void theInitialsOfTheDevelopmentGoalsAreNoBody() {
        // (h62-ents) `les objectifs de développement durable (ODD)`: the tagger tags the initials as a body; they are goals
        ArticleAnalysis a = SampleArticleIT.analyse("development-goals-initials", "Le forum de Lomé s'ouvre\n\nLe forum "
                + "de Lomé a examiné les objectifs de développement durable (ODD), le financement climatique et la "
                + "sécurité alimentaire.");
        assertEquals(Set.of("EVENT event:forum-de-lome", "LOCATION location:lome"), entities(a));
    }

    @Test
    void aSocialNetworkAfterATitleWithoutANameIsNoPerson() {
        // (h62-ents) `a déclaré le Président de l'Ukraine sur son canal Telegram`: the title has no name, and the network
        // after it is the medium, not the name the title lacks
        ArticleAnalysis a = SampleArticleIT.analyse("network-after-title", "Le sommet de Genève\n\nLes étapes ont été "
                + "discutées, a déclaré le Président de l'Ukraine sur son canal Telegram.");
        assertEquals(Set.of("EVENT event:sommet-de-geneve", "LOCATION location:geneve", "COUNTRY country:UA"),
                entities(a));
    }

    @Test
    void aConjunctionAfterAMeetingsAdjectiveEndsItsName() {
        // (h62-ents) `tenir un sommet ibéro-américain afin de fournir un forum`: `afin` opens a clause, no word of the name
        ArticleAnalysis a = SampleArticleIT.analyse("conjunction-ends-event", "Le 23e sommet ibéro-américain s'ouvre\n\n"
                + "L'idée de tenir un sommet ibéro-américain afin de fournir un forum aux nations est ancienne.");
        assertEquals(java.util.Map.of("event:sommet-ibero-americain", Set.of("23e sommet ibéro-américain",
                "sommet ibéro-américain")), events(a));
    }

    @Test
    void aParticipleAfterAMeetingsNameIsNoWordOfIt() {
        // (h63-ents) `Le 9e Sommet de l'OCS couronné de succès`: what is said of the meeting follows its name
        ArticleAnalysis a = SampleArticleIT.analyse("participle-ends-event", "Le 9e Sommet de l'OCS couronné de succès\n\n"
                + "Le Sommet de Lisbonne consacré à la mer s'est achevé.");
        assertEquals(java.util.Map.of("event:sommet-de-l-ocs", Set.of("9e Sommet de l'OCS"),
                "event:sommet-de-lisbonne", Set.of("Sommet de Lisbonne")), events(a));
    }

    @Test
    void aYearAfterAGroupsNumberIsWholeInTheMeetingsName() {
        // (h63-ents) the tokenizer groups `20 2024` as `20 202` + `3`: the year stays whole, never `G20 202`
        ArticleAnalysis a = SampleArticleIT.analyse("grouped-year", "Le Sommet du G20 2024 s'ouvre à Rio de Janeiro.");
        assertEquals(Set.of("Sommet du G20 2024"), events(a).getOrDefault("event:sommet-du-g20-2024", Set.of()),
                events(a).toString());
    }

    @Test
    void aMeetingOfABodyIsOneWhetherTheBodyIsElidedOrSpelledOtherwise() {
        // (h63-ents) `de l'EAC` and `de la Communauté est-africaine`: the acronym's article and the full name's differ,
        // the body is the same, and so is its meeting
        ArticleAnalysis a = SampleArticleIT.analyse("body-article-elided", "Les dirigeants arrivent à Arusha pour le "
                + "sommet ordinaire des chefs d'État de l'EAC. Le sommet ordinaire des chefs d'État de la Communauté "
                + "est-africaine a adopté le budget.");
        assertEquals(1, events(a).size(), events(a).toString());
    }

    @Test
    void theAsiaPacificCooperationInFullIsTheApec() {
        // (h63-ents) `la Coopération économique Asie-Pacifique`, without `pour l'`, is the APEC, and its leaders' meeting
        // the one the headline names by the acronym
        ArticleAnalysis a = SampleArticleIT.analyse("apec-in-full", "Le sommet de l'APEC s'ouvre\n\nLe sommet de la "
                + "Coopération économique Asie-Pacifique s'est ouvert mardi à Lima.");
        assertEquals(1, events(a).size(), events(a).toString());
        assertTrue(entities(a).contains("ORGANIZATION org:cooperation-economique-pour-l-asie-pacifique"),
                entities(a).toString());
    }

    @Test
    void aSeriesNameWithItsYearGluedOnIsTheSameMeeting() {
        // (h63-ents) `TICAD2025` in the headline, `TICAD 2025` in the text: one meeting
        ArticleAnalysis a = SampleArticleIT.analyse("glued-year", "TICAD2025 : l'Afrique à Yokohama\n\nLa TICAD 2025 "
                + "réunit les dirigeants africains à Yokohama.");
        assertEquals(1, events(a).size(), events(a).toString());
    }

    @Test
    void aStateAfterAnArticleIsNoFirstNameOfThePersonAfterIt() {
        // (h63-ents) the tagger joins `Bénin Patrice X` as one person: a given name takes no article, the state is the state
        ArticleAnalysis a = SampleArticleIT.analyse("state-before-name", "Étaient présents les présidents du Zimbabwe "
                + "Emmerson Mnangagwa, du Bénin Patrice Kodjovi, de la RCA ainsi que du Togo.");
        assertEquals(Set.of("COUNTRY country:ZW", "COUNTRY country:BJ", "COUNTRY country:CF", "COUNTRY country:TG",
                "PERSON person:emmerson-mnangagwa", "PERSON person:patrice-kodjovi"), entities(a));
    }

    @Test
    void aNameAfterAWithItsStateInAppositionIsAPlace() {
        // (h63-ents) `réunis à Labuan Bajo, en Indonésie`: the tagger reads the town as a person
        ArticleAnalysis a = SampleArticleIT.analyse("place-then-state", "Les ministres, réunis à Labuan Bajo, en "
                + "Indonésie, ont adopté une déclaration.");
        assertEquals(Set.of("COUNTRY country:ID", "LOCATION location:labuan-bajo"), entities(a));
    }

    @Test
    void aPlansNameIsNoBody() {
        // (h63-ents) `dans le cadre de la Formule de paix`: the tagger tags `Formule` as a body; it is a plan
        ArticleAnalysis a = SampleArticleIT.analyse("plan-name", "La réunion était une continuation des discussions "
                + "menées dans le cadre de la Formule de paix pour l'Ukraine.");
        assertEquals(Set.of("COUNTRY country:UA"), entities(a));
    }

    @Test
    void aNameWithAGluedLowerCaseParticleIsAPerson() {
        // (h64-ents) `présidées par l'Emirati Sultan al-Jaber`: the tagger leaves the name untagged; `Sultan` before the
        // family name alone is the given name, not a title; `Charm el-Cheikh` is a place the gazetteer knows
        ArticleAnalysis a = SampleArticleIT.analyse("glued-particle", "Les débats du sommet de Doha seront présidés par "
                + "l'Emirati Sultan al-Hamdi. Le Qatarien Khalid al-Marri a pris la parole. Le sommet de 2022 s'était "
                + "tenu à Charm el-Cheikh.");
        assertEquals(Set.of("COUNTRY country:AE", "COUNTRY country:QA", "EVENT event:sommet-de-doha",
                "LOCATION location:doha", "LOCATION location:charm-el-cheikh", "PERSON person:sultan-al-hamdi",
                "PERSON person:khalid-al-marri"), entities(a));
    }
}
