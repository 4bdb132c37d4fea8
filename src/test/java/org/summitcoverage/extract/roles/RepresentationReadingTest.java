package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RepresentationReadingTest {
    private final RepresentationReading reading = new RepresentationReading();

    private Set<String> heads(HandParse p) {
        return p.rowsOnBehalf(reading, "représenté");
    }

    @Test
    void passiveRepresentation() {
        HandParse p = HandParse.of("Le Ghana était représenté par Kofi Mensah.")
                .entity("Ghana", "country:GH").entity("Kofi Mensah", "person:kofi-mensah")
                .edge("représenté", "nsubj:pass", "Ghana").edge("représenté", "obl:agent", "Kofi")
                .edge("Kofi", "flat:name", "Mensah");
        assertEquals(Set.of("DELEGATION_HEAD person:kofi-mensah for country:GH"), heads(p));
    }

    @Test
    void activeRepresentation() {
        HandParse p = HandParse.of("Kofi Mensah a représenté le Ghana.")
                .entity("Ghana", "country:GH").entity("Kofi Mensah", "person:kofi-mensah")
                .edge("représenté", "nsubj", "Kofi").edge("Kofi", "flat:name", "Mensah").edge("représenté", "obj", "Ghana");
        assertEquals(Set.of("DELEGATION_HEAD person:kofi-mensah for country:GH"), heads(p));
    }

    @Test
    void representingNoStateOrBodyIsNoDelegation() {
        HandParse p = HandParse.of("Kofi Mensah a représenté son entreprise.")
                .entity("Kofi Mensah", "person:kofi-mensah")
                .edge("représenté", "nsubj", "Kofi").edge("représenté", "obj", "entreprise");
        assertEquals(Set.of(), p.rows(reading, "représenté"));
    }

    @Test
    void representingTheHeadOfStateInARelativeClause() {
        HandParse p = HandParse.of("Le ministre Kofi Mensah, qui représentait le président ghanéen, a pris la parole.")
                .entity("Kofi Mensah", "person:kofi-mensah").entity("ghanéen", "country:GH")
                .edge("ministre", "appos", "Kofi").edge("Kofi", "flat:name", "Mensah")
                .edge("ministre", "acl:relcl", "représentait").edge("représentait", "nsubj", "qui")
                .edge("représentait", "obj", "président").edge("président", "amod", "ghanéen");
        assertEquals(Set.of("DELEGATION_HEAD person:kofi-mensah for country:GH"), p.rowsOnBehalf(reading, "représentait"));
    }

    @Test
    void representingTheHeadOfStateNamedByTitleOnly() {
        HandParse p = HandParse.of("Kofi Mensah a représenté le chef de l'État au forum.")
                .entity("Kofi Mensah", "person:kofi-mensah")
                .edge("représenté", "nsubj", "Kofi").edge("Kofi", "flat:name", "Mensah").edge("représenté", "obj", "chef")
                .edge("chef", "nmod:de", "État");
        assertEquals(Set.of("DELEGATION_HEAD person:kofi-mensah for null"), heads(p));
    }

    @Test
    void theAgentHungOnThePlaceAfterRespectivement() {
        HandParse p = HandParse.of("Le Ghana est représenté au forum, respectivement par le ministre Kofi Mensah.")
                .entity("Ghana", "country:GH").entity("Kofi Mensah", "person:kofi-mensah")
                .edge("représenté", "nsubj:pass", "Ghana").edge("représenté", "obl:à", "forum")
                .edge("forum", "nmod:par", "ministre").edge("ministre", "appos", "Kofi").edge("Kofi", "flat:name", "Mensah");
        assertEquals(Set.of("DELEGATION_HEAD person:kofi-mensah for country:GH"), heads(p));
    }

    @Test
    void theSubjectOfAnAbsoluteClauseStayedAway() {
        HandParse p = HandParse.of("Le Ghana est représenté par le ministre Kofi Mensah, le président Ama Owusu ayant renoncé au voyage.")
                .entity("Ghana", "country:GH").entity("Kofi Mensah", "person:kofi-mensah").entity("Ama Owusu", "person:ama-owusu")
                .edge("représenté", "nsubj:pass", "Ghana").edge("représenté", "obl:agent", "ministre")
                .edge("ministre", "appos", "Kofi").edge("Kofi", "flat:name", "Mensah")
                .edge("ministre", "appos", "président").edge("président", "appos", "Ama").edge("Ama", "flat:name", "Owusu")
                .edge("président", "acl", "renoncé").edge("renoncé", "aux", "ayant");
        assertEquals(Set.of("DELEGATION_HEAD person:kofi-mensah for country:GH"), heads(p));
    }

    @Test
    void aStateRepresentedByAnUnnamedHeadAttends() {
        HandParse p = HandParse.of("Le Kenya est représenté par son Premier ministre ; le Rwanda également par son vice-président.")
                .entity("Kenya", "country:KE").entity("Rwanda", "country:RW")
                .edge("représenté", "nsubj:pass", "Kenya").edge("représenté", "obl:agent", "ministre")
                .edge("ministre", "det", "son");
        assertEquals(Set.of("PARTICIPANT country:KE", "PARTICIPANT country:RW"), p.rows(reading, "représenté"));
    }

    @Test
    void aStateRepresentedByTheHeadOfItsOwnPortfolioAttends() {
        // (h25-paix) the possessive on the title's complement: `le chef de sa diplomatie`
        HandParse p = HandParse.of("Le Kenya sera représenté par le chef de sa diplomatie.")
                .entity("Kenya", "country:KE")
                .edge("représenté", "nsubj:pass", "Kenya").edge("représenté", "obl:agent", "chef")
                .edge("chef", "det", "le").edge("chef", "nmod:de", "diplomatie").edge("diplomatie", "det", "sa");
        assertEquals(Set.of("PARTICIPANT country:KE"), p.rows(reading, "représenté"));
    }

    @Test
    void aNamedRepresentativeIsNoUnnamedHead() {
        HandParse p = HandParse.of("Le Kenya est représenté par son Premier ministre Paul Otieno.")
                .entity("Kenya", "country:KE").entity("Paul Otieno", "person:paul-otieno")
                .edge("représenté", "nsubj:pass", "Kenya").edge("représenté", "obl:agent", "ministre")
                .edge("ministre", "det", "son").edge("ministre", "appos", "Paul").edge("Paul", "flat:name", "Otieno");
        assertEquals(Set.of("DELEGATION_HEAD person:paul-otieno"), p.rows(reading, "représenté"));
    }

    @Test
    void thePeopleARepresentedSetIsRepresentedWithAttend() {
        HandParse p = HandParse.of("Les grandes institutions sont aussi représentées avec Marta Kowalska, la directrice du FMI, "
                        + "et Peter Lindqvist, le président de la Banque mondiale.")
                .entity("Marta Kowalska", "person:marta-kowalska").entity("FMI", "org:fonds-monetaire-international")
                .entity("Peter Lindqvist", "person:peter-lindqvist").entity("Banque mondiale", "org:banque-mondiale");
        assertEquals(Set.of("PARTICIPANT person:marta-kowalska", "PARTICIPANT person:peter-lindqvist"),
                p.rows(new RepresentedWithReading(reading), "représentées"));
    }

    @Test
    void aSentenceWithoutItsVerbRepeatsTheRepresentation() {
        HandParse p = HandParse.of("L'Ouganda et la Tanzanie voisine par leur ministre des Affaires étrangères.")
                .entity("Ouganda", "country:UG").entity("Tanzanie", "country:TZ");
        assertEquals(Set.of("country:UG", "country:TZ"), ids(RepresentationReading.gappedPart(p.graph(), 0, true)));
    }

    @Test
    void aSentenceWithMoreAfterTheTitleIsNoGappedRepresentation() {
        HandParse p = HandParse.of("L'Ouganda et la Tanzanie par leur ministre, qui a quitté la salle, ont protesté.")
                .entity("Ouganda", "country:UG").entity("Tanzanie", "country:TZ");
        assertEquals(Set.of(), ids(RepresentationReading.gappedPart(p.graph(), 0, true)));
    }

    private static Set<String> ids(java.util.List<org.summitcoverage.model.Mention> mentions) {
        Set<String> out = new java.util.HashSet<>();
        mentions.forEach(m -> out.add(m.entityId()));
        return out;
    }

    @Test
    void aPronounAfterASentenceNamingHeadsIsRepresented() {
        HandParse p = HandParse.of("Le président Léon Mba et le roi du Lesotho sont absents.",
                        "Ils sont représentés respectivement par Ama Owusu et le prince Tsepo Lerotholi.")
                .entity("Léon Mba", "person:leon-mba").entity("Lesotho", "country:LS")
                .entity("Ama Owusu", "person:ama-owusu").entity("Tsepo Lerotholi", "person:tsepo-lerotholi")
                .edge("représentés", "nsubj:pass", "Ils").edge("représentés", "obl:agent", "Ama")
                .edge("Ama", "flat:name", "Owusu").edge("représentés", "obl:agent", "prince")
                .edge("prince", "appos", "Tsepo").edge("Tsepo", "flat:name", "Lerotholi");
        assertEquals(Set.of("DELEGATION_HEAD person:ama-owusu for null", "DELEGATION_HEAD person:tsepo-lerotholi for null"),
                p.rowsOnBehalf(reading, "représentés"));
    }

    @Test
    void aPronounOpeningTheArticleIsNoHeadOrState() {
        HandParse p = HandParse.of("Ils sont représentés par Ama Owusu.")
                .entity("Ama Owusu", "person:ama-owusu")
                .edge("représentés", "nsubj:pass", "Ils").edge("représentés", "obl:agent", "Ama").edge("Ama", "flat:name", "Owusu");
        assertEquals(Set.of(), p.rowsOnBehalf(reading, "représentés"));
    }

    @Test
    void theObjectOfTheVerbAnInfinitiveCompletesRepresentsTheSubject() {
        HandParse p = HandParse.of("Le président gabonais a désigné son ministre Ama Owusu pour le représenter au sommet.")
                .entity("gabonais", "country:GA").entity("Ama Owusu", "person:ama-owusu")
                .edge("désigné", "nsubj", "président").edge("président", "amod", "gabonais")
                .edge("désigné", "obj", "ministre").edge("ministre", "appos", "Ama").edge("Ama", "flat:name", "Owusu")
                .edge("désigné", "advcl:pour", "représenter").edge("représenter", "obj", "le")
                .edge("représenter", "obl:à", "sommet");
        assertEquals(Set.of("DELEGATION_HEAD person:ama-owusu for country:GA"), p.rowsOnBehalf(reading, "représenter"));
    }

    @Test
    void thePassiveSubjectOfTheVerbAnInfinitiveCompletesRepresentsTheState() {
        HandParse p = HandParse.of("La ministre Ama Owusu a été désignée pour représenter le Gabon.")
                .entity("Ama Owusu", "person:ama-owusu").entity("Gabon", "country:GA")
                .edge("ministre", "appos", "Ama").edge("Ama", "flat:name", "Owusu")
                .edge("désignée", "nsubj:pass", "ministre").edge("désignée", "advcl:pour", "représenter")
                .edge("représenter", "obj", "Gabon");
        assertEquals(Set.of("DELEGATION_HEAD person:ama-owusu for country:GA"), p.rowsOnBehalf(reading, "représenter"));
    }

    @Test
    void theNounAnInfinitiveQualifiesRepresentsTheSender() {
        HandParse p = HandParse.of("Le roi du Lesotho a chargé son ministre, Ama Owusu, de le représenter.")
                .entity("Lesotho", "country:LS").entity("Ama Owusu", "person:ama-owusu")
                .edge("chargé", "nsubj", "roi").edge("roi", "nmod:de", "Lesotho").edge("chargé", "obj", "ministre")
                .edge("chargé", "appos", "Ama").edge("Ama", "flat:name", "Owusu")
                .edge("Ama", "acl:de", "représenter").edge("représenter", "obj", "le");
        assertEquals(Set.of("DELEGATION_HEAD person:ama-owusu for country:LS"), p.rowsOnBehalf(reading, "représenter"));
    }

    @Test
    void anInfinitiveRepresentingNoHeadOrStateLeadsNothing() {
        HandParse p = HandParse.of("Le comité a désigné Ama Owusu pour représenter son entreprise.")
                .entity("Ama Owusu", "person:ama-owusu")
                .edge("désigné", "nsubj", "comité").edge("désigné", "obj", "Ama").edge("Ama", "flat:name", "Owusu")
                .edge("désigné", "advcl:pour", "représenter").edge("représenter", "obj", "entreprise");
        assertEquals(Set.of(), p.rowsOnBehalf(reading, "représenter"));
    }

    @Test
    void respectivelyPairsEachPersonWithTheStateInTheSameRank() {
        HandParse p = HandParse.of("Le Chili et le Pérou ont été représentés respectivement par le ministre Pablo Rojas et la ministre Ana Quispe.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE")
                .entity("Pablo Rojas", "person:pablo-rojas").entity("Ana Quispe", "person:ana-quispe")
                .edge("représentés", "nsubj:pass", "Chili").edge("Chili", "conj", "Pérou")
                .edge("représentés", "nsubj:pass", "Pérou").edge("représentés", "aux:pass", "été")
                .edge("représentés", "obl:agent", "ministre").edge("ministre", "appos", "Pablo")
                .edge("Pablo", "flat:name", "Rojas").edge("Ana", "flat:name", "Quispe");
        assertEquals(Set.of("DELEGATION_HEAD person:pablo-rojas for country:CL", "DELEGATION_HEAD person:ana-quispe for country:PE"),
                p.rowsOnBehalf(reading, "représentés"));
    }

    // (h19-host) `Le Royaume est représenté par Y`: the one kingdom the sentence before names
    @Test
    void theKingdomTakesUpTheKingdomOfTheSentenceBefore() {
        HandParse p = HandParse.of("La réunion des donateurs pour le Tchad s'est ouverte avec la présence de l'Espagne.",
                        "Le Royaume est représenté par Luis Ortega, directeur au ministère.")
                .entity("Tchad", "country:TD").entity("Espagne", "country:ES").entity("Luis Ortega", "person:luis-ortega")
                .edge("représenté", "nsubj:pass", "Royaume").edge("Royaume", "det", "Le").edge("représenté", "aux:pass", "est")
                .edge("représenté", "obl:agent", "Luis").edge("Luis", "flat:name", "Ortega").edge("Luis", "appos", "directeur");
        assertEquals(Set.of("DELEGATION_HEAD person:luis-ortega for country:ES"), heads(p));
    }

    @Test
    void theKingdomTakesUpNoRepublicNorTwoKingdoms() {
        HandParse republic = HandParse.of("La réunion des donateurs s'est ouverte avec la présence du Chili.",
                        "Le Royaume est représenté par Luis Ortega.")
                .entity("Chili", "country:CL").entity("Luis Ortega", "person:luis-ortega")
                .edge("représenté", "nsubj:pass", "Royaume").edge("Royaume", "det", "Le")
                .edge("représenté", "obl:agent", "Luis").edge("Luis", "flat:name", "Ortega");
        assertEquals(Set.of(), heads(republic));
        HandParse two = HandParse.of("La réunion s'est ouverte avec la présence de l'Espagne et de la Belgique.",
                        "Le Royaume est représenté par Luis Ortega.")
                .entity("Espagne", "country:ES").entity("Belgique", "country:BE").entity("Luis Ortega", "person:luis-ortega")
                .edge("représenté", "nsubj:pass", "Royaume").edge("Royaume", "det", "Le")
                .edge("représenté", "obl:agent", "Luis").edge("Luis", "flat:name", "Ortega");
        assertEquals(Set.of(), heads(two));
    }

    // (h19-host) a bare passive that ends its sentence: presence at the article's meeting; a place of its own is not
    @Test
    void aBarePassiveEndingTheSentenceIsPresence() {
        HandParse p = HandParse.of("Le Chili et le Ghana seront également représentés.")
                .entity("Chili", "country:CL").entity("Ghana", "country:GH")
                .edge("représentés", "nsubj:pass", "Chili").edge("Chili", "conj", "Ghana")
                .edge("représentés", "aux:pass", "seront").edge("représentés", "advmod", "également");
        assertEquals(Set.of("PARTICIPANT country:CL", "PARTICIPANT country:GH"), p.rows(reading, "représentés"));
        HandParse elsewhere = HandParse.of("Le Chili est représenté au Conseil de sécurité.")
                .entity("Chili", "country:CL")
                .edge("représenté", "nsubj:pass", "Chili").edge("représenté", "obl:à", "Conseil");
        assertEquals(Set.of(), elsewhere.rows(reading, "représenté"));
    }

    // (r22) the capacity in which a state is represented, like a level, is its presence; `en` opens it past the adverbs
    @Test
    void aCapacityAfterTheBarePassiveIsPresence() {
        HandParse observers = HandParse.of("Le Chili et le Ghana étaient représentés en qualité d'observateurs.")
                .entity("Chili", "country:CL").entity("Ghana", "country:GH")
                .edge("représentés", "nsubj:pass", "Chili").edge("Chili", "conj", "Ghana")
                .edge("représentés", "aux:pass", "étaient").edge("représentés", "obl:en", "qualité");
        assertEquals(Set.of("PARTICIPANT country:CL", "PARTICIPANT country:GH"), observers.rows(reading, "représentés"));
        HandParse guest = HandParse.of("Le Pérou était représenté à titre d'invité spécial.")
                .entity("Pérou", "country:PE")
                .edge("représenté", "nsubj:pass", "Pérou").edge("représenté", "aux:pass", "était").edge("représenté", "obl:à", "titre");
        assertEquals(Set.of("PARTICIPANT country:PE"), guest.rows(reading, "représenté"));
    }

    @Test
    void respectivelyAfterAPronounPairsWithTheStatesOfThePreviousSentence() {
        // (h21-gulf) `Le président du Chili, X, et le roi de Suède sont absents. Ils sont représentés respectivement par A et B`
        HandParse p = HandParse.of("Le président du Chili, Léon Mba, et le roi de Suède sont absents.",
                        "Ils sont représentés respectivement par Ama Owusu et le prince Karl Berg.")
                .entity("Chili", "country:CL").entity("Léon Mba", "person:leon-mba").entity("Suède", "country:SE")
                .entity("Ama Owusu", "person:ama-owusu").entity("Karl Berg", "person:karl-berg")
                .edge("représentés", "nsubj:pass", "Ils").edge("représentés", "obl:agent", "Ama")
                .edge("Ama", "flat:name", "Owusu").edge("représentés", "obl:agent", "prince").edge("Ama", "conj:et", "prince")
                .edge("prince", "appos", "Karl").edge("Karl", "flat:name", "Berg");
        assertEquals(Set.of("DELEGATION_HEAD person:ama-owusu for country:CL", "DELEGATION_HEAD person:karl-berg for country:SE"),
                p.rowsOnBehalf(reading, "représentés"));
    }

    @Test
    void respectivelyAfterAPronounKeepsThePlainReadingWhenTheCountsDiffer() {
        // (h21-gulf) three states before, two people after: no pairing is safe
        HandParse p = HandParse.of("Les dirigeants du Chili, du Pérou et de la Suède sont absents.",
                        "Ils sont représentés respectivement par Ama Owusu et le prince Karl Berg.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE").entity("Suède", "country:SE")
                .entity("Ama Owusu", "person:ama-owusu").entity("Karl Berg", "person:karl-berg")
                .edge("représentés", "nsubj:pass", "Ils").edge("représentés", "obl:agent", "Ama")
                .edge("Ama", "flat:name", "Owusu").edge("représentés", "obl:agent", "prince").edge("Ama", "conj:et", "prince")
                .edge("prince", "appos", "Karl").edge("Karl", "flat:name", "Berg");
        assertEquals(Set.of("DELEGATION_HEAD person:ama-owusu for null", "DELEGATION_HEAD person:karl-berg for null"),
                p.rowsOnBehalf(reading, "représentés"));
    }

    @Test
    void theNameApposedToTheAgentsAupresDeComplementLeadsTheDelegation() {
        // (h22-minis) the parser hangs `auprès du ministre …, Y` on the verb, not on the agent's title
        HandParse p = HandParse.of("Le Ghana était représenté par la secrétaire d'État auprès du ministre des Affaires étrangères, Ama Boateng.")
                .entity("Ghana", "country:GH").entity("Ama Boateng", "person:ama-boateng")
                .edge("représenté", "nsubj:pass", "Ghana").edge("représenté", "obl:agent", "secrétaire")
                .edge("représenté", "obl:auprès_de", "ministre").edge("ministre", "appos", "Ama")
                .edge("Ama", "flat:name", "Boateng");
        assertEquals(Set.of("DELEGATION_HEAD person:ama-boateng for country:GH"), heads(p));
    }

    @Test
    void aNameApposedToTheVerbAfterALongTitleOnTheMeetingIsTheAgents() {
        // (h28-asie) the parser hangs the agent on `sommet` and the name apposed to the title (`…, M. Y`) on the verb
        HandParse p = HandParse.of("Le Ghana est représenté à ce sommet par le ministre délégué chargé de la Coopération, Kofi Mensah.")
                .entity("Ghana", "country:GH").entity("Kofi Mensah", "person:kofi-mensah")
                .edge("représenté", "nsubj:pass", "Ghana").edge("représenté", "obl:à", "sommet")
                .edge("sommet", "nmod:par", "ministre").edge("ministre", "acl", "délégué")
                .edge("représenté", "appos", "Kofi").edge("Kofi", "flat:name", "Mensah");
        assertEquals(Set.of("DELEGATION_HEAD person:kofi-mensah for country:GH"), heads(p));
    }

    @Test
    void aRepresentingParticipleClosingOneItemOfATitledListIsThatItemsOnly() {
        // (h22-afr) the parser hangs `représentant` on the list's first person; it closes the last item only, and
        // the state is the one the represented head's title names
        HandParse p = HandParse.of("Ont participé : M. Ana Ruiz, Présidente du Pérou ; M. Luis Mora, Président du Chili et "
                        + "M. Kofi Boateng, Ministre de la Défense, représentant M. Yaw Asante, Président du Ghana.")
                .entity("Ana Ruiz", "person:ana-ruiz").entity("Pérou", "country:PE")
                .entity("Luis Mora", "person:luis-mora").entity("Chili", "country:CL")
                .entity("Kofi Boateng", "person:kofi-boateng").entity("Yaw Asante", "person:yaw-asante")
                .entity("Ghana", "country:GH")
                .edge("ROOT", "root", "participé").edge("participé", "appos", "Ruiz").edge("Ruiz", "flat:name", "Ana")
                .edge("Ruiz", "conj", "Mora").edge("Mora", "flat:name", "Luis")
                .edge("Ruiz", "conj", "Boateng").edge("Boateng", "flat:name", "Kofi")
                .edge("Ruiz", "acl", "représentant").edge("représentant", "obj", "Asante").edge("Asante", "flat:name", "Yaw")
                .edge("Asante", "appos", "Président#2").edge("Président#2", "nmod:de", "Ghana");
        assertEquals(Set.of("DELEGATION_HEAD person:kofi-boateng for country:GH"), p.rowsOnBehalf(reading, "représentant"));
    }

    @Test
    void aRepresentingParticipleAfterPeopleWithNoTitlesOfTheirOwnIsEveryOne() {
        HandParse p = HandParse.of("Kofi Boateng et Luis Mora, représentant le président ghanéen, ont pris la parole.")
                .entity("Kofi Boateng", "person:kofi-boateng").entity("Luis Mora", "person:luis-mora")
                .entity("ghanéen", "country:GH")
                .edge("ROOT", "root", "pris").edge("pris", "nsubj", "Boateng")
                .edge("Boateng", "flat:name", "Kofi").edge("Boateng", "conj", "Mora").edge("Mora", "flat:name", "Luis")
                .edge("Boateng", "acl", "représentant").edge("représentant", "obj", "président")
                .edge("président", "amod", "ghanéen");
        assertEquals(Set.of("DELEGATION_HEAD person:kofi-boateng for country:GH", "DELEGATION_HEAD person:luis-mora for country:GH"),
                p.rowsOnBehalf(reading, "représentant"));
    }

    @Test
    void anInfinitiveWithNoControllingObjectTakesItsGovernorsSubject() {
        // (r19) `X va représenter le président Y`: `aller` has no object, so its subject is the one who represents
        HandParse p = HandParse.of("La ministre Ama Owusu va représenter le président ghanéen au sommet.")
                .entity("Ama Owusu", "person:ama-owusu").entity("ghanéen", "country:GH")
                .edge("ROOT", "root", "va").edge("va", "nsubj", "ministre").edge("ministre", "appos", "Ama")
                .edge("Ama", "flat:name", "Owusu").edge("va", "xcomp", "représenter")
                .edge("représenter", "obj", "président").edge("président", "amod", "ghanéen")
                .edge("représenter", "obl:à", "sommet");
        assertEquals(Set.of("DELEGATION_HEAD person:ama-owusu for country:GH"), p.rowsOnBehalf(reading, "représenter"));
    }

    @Test
    void aCleftQuiBeforeTheGovernorStandsForItsAntecedent() {
        // (r19) `C'est X qui va représenter le Ghana`: the relative `qui` is the governor's subject
        HandParse p = HandParse.of("C'est Ama Owusu qui va représenter le Ghana au sommet.")
                .entity("Ama Owusu", "person:ama-owusu").entity("Ghana", "country:GH")
                .edge("ROOT", "root", "Ama").edge("Ama", "flat:name", "Owusu").edge("Ama", "acl:relcl", "va")
                .edge("va", "nsubj", "qui").edge("va", "xcomp", "représenter").edge("représenter", "obj", "Ghana");
        assertEquals(Set.of("DELEGATION_HEAD person:ama-owusu for country:GH"), p.rowsOnBehalf(reading, "représenter"));
    }

    /** `Le Guyana et le Suriname sont représentés par des ministres, et le président C, malade, a été remplacé par D`, the parse of its first clause. */
    private static HandParse ministersThenAPresident() {
        return HandParse.of("Le Guyana et le Suriname sont représentés par des ministres, et le président Pablo Reyes,"
                        + " malade, a été remplacé par Ana Soto.")
                .entity("Guyana", "country:GY").entity("Suriname", "country:SR")
                .entity("Pablo Reyes", "person:pablo-reyes").entity("Ana Soto", "person:ana-soto")
                .edge("représentés", "nsubj:pass", "Guyana").edge("Guyana", "conj:et", "Suriname")
                .edge("représentés", "aux:pass", "sont").edge("représentés", "obl:agent", "ministres")
                .edge("ministres", "case", "par").edge("ministres", "det", "des")
                .edge("représentés", "conj:et", "président").edge("président", "cc", "et").edge("président", "det", "le")
                .edge("président", "appos", "Pablo").edge("Pablo", "flat:name", "Reyes");
    }

    @Test
    void aLaterClauseAfterCommaEtIsNoAgentOfTheStatesRepresentedByUnnamedMinisters() {
        // (h26-amerique) the parser coordinates the subject of the next clause with the passive: C is not a minister
        HandParse p = ministersThenAPresident()
                .edge("remplacé", "nsubj:pass", "président").edge("remplacé", "nsubj:pass", "représentés")
                .edge("remplacé", "obl:agent", "Ana").edge("Ana", "flat:name", "Soto")
                .tag("président", "NOUN").tag("ministres", "NOUN");
        assertEquals(Set.of("PARTICIPANT country:GY", "PARTICIPANT country:SR"), p.rows(reading, "représentés"));
    }

    @Test
    void aNounBeforeAVerbConjunctWithoutSubjectIsThatVerbsSubjectNoAgent() {
        // (h26-amerique) `…, et le président C, malade, a été remplacé`: both hung on the cue, `remplacé` without a subject
        HandParse p = ministersThenAPresident()
                .edge("représentés", "conj:et", "remplacé").edge("remplacé", "aux:pass", "été")
                .tag("président", "NOUN").tag("ministres", "NOUN").tag("remplacé", "VERB");
        assertEquals(Set.of("PARTICIPANT country:GY", "PARTICIPANT country:SR"), p.rows(reading, "représentés"));
    }

    @Test
    void aNounConjunctAfterTheAgentsIsStillAnAgent() {
        // the last agent of a list the parser coordinated with the passive itself, no verb after it, still represents
        HandParse p = HandParse.of("Le Guyana est représenté par la ministre Ana Soto et le ministre Pablo Reyes.")
                .entity("Guyana", "country:GY")
                .entity("Pablo Reyes", "person:pablo-reyes").entity("Ana Soto", "person:ana-soto")
                .edge("représenté", "nsubj:pass", "Guyana").edge("représenté", "aux:pass", "est")
                .edge("représenté", "obl:agent", "ministre").edge("ministre", "case", "par").edge("ministre", "appos", "Ana")
                .edge("Ana", "flat:name", "Soto")
                .edge("représenté", "conj:et", "Pablo").edge("Pablo", "cc", "et").edge("Pablo", "flat:name", "Reyes")
                .tag("Pablo", "PROPN").tag("ministre", "NOUN");
        assertEquals(Set.of("DELEGATION_HEAD person:ana-soto for country:GY", "DELEGATION_HEAD person:pablo-reyes for country:GY"),
                p.rowsOnBehalf(reading, "représenté"));
    }

    @Test
    void aNounBeforeAVerbWithItsOwnAuxiliaryHungOnTheCueIsNoAgent() {
        // (h26-amerique) `…, et le président C, malade, est resté à D`: the parser makes `resté` an xcomp of the cue
        HandParse p = HandParse.of("Le Guyana et le Suriname sont représentés par des ministres, et le président Pablo Reyes,"
                        + " malade, est resté à Lima.")
                .entity("Guyana", "country:GY").entity("Suriname", "country:SR")
                .entity("Pablo Reyes", "person:pablo-reyes").entity("Lima", "location:lima")
                .edge("représentés", "nsubj:pass", "Guyana").edge("Guyana", "conj:et", "Suriname")
                .edge("représentés", "aux:pass", "sont").edge("représentés", "obl:agent", "ministres")
                .edge("ministres", "case", "par").edge("ministres", "det", "des")
                .edge("représentés", "conj:et", "président").edge("président", "cc", "et").edge("président", "det", "le")
                .edge("président", "appos", "Pablo").edge("Pablo", "flat:name", "Reyes")
                .edge("représentés", "xcomp", "resté").edge("resté", "nsubj:xsubj", "Guyana").edge("resté", "aux", "est")
                .edge("resté", "obl:à", "Lima")
                .tag("président", "NOUN").tag("ministres", "NOUN").tag("resté", "VERB");
        assertEquals(Set.of("PARTICIPANT country:GY", "PARTICIPANT country:SR"), p.rows(reading, "représentés"));
    }
}
