package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The order in which a verb cue's readings are tried. */
class VerbReadingTest {
    private final VerbReading reading = new VerbReading();

    @Test
    void aProposalWelcomedIsNotHosted() {
        HandParse p = HandParse.of("La proposition a été accueillie favorablement par le Japon.")
                .entity("Japon", "country:JP")
                .edge("accueillie", "nsubj:pass", "proposition").edge("accueillie", "advmod", "favorablement")
                .edge("accueillie", "obl:agent", "Japon");
        assertEquals(Set.of(), p.rows(reading, "accueillie"));
    }

    @Test
    void aMeetingHostedIs() {
        HandParse p = HandParse.of("Le sommet a été accueilli par le Japon.")
                .entity("Japon", "country:JP")
                .edge("accueilli", "nsubj:pass", "sommet").edge("accueilli", "obl:agent", "Japon");
        assertEquals(Set.of("HOST country:JP"), p.rows(reading, "accueilli"));
    }

    @Test
    void aCountedSetAsSubjectHandsTheRoleToTheListAfterTheColon() {
        HandParse p = HandParse.of("Dix pays ont signé la déclaration : le Chili et le Pérou.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE")
                .edge("signé", "nsubj", "pays").edge("pays", "nummod", "Dix");
        assertEquals(Set.of("SIGNATORY country:CL", "SIGNATORY country:PE"), p.rows(reading, "signé"));
    }

    @Test
    void membersOfABodyActNotTheBody() {
        HandParse p = HandParse.of("Les dirigeants du G7 ont signé la déclaration.")
                .entity("G7", "org:g7")
                .edge("signé", "nsubj", "dirigeants").edge("dirigeants", "nmod:de", "G7");
        assertEquals(Set.of(), p.rows(reading, "signé"));
    }

    @Test
    void aRelativeClauseIsReadBeforeTheSubject() {
        HandParse p = HandParse.of("Le Chili, le Pérou et l'Uruguay, qui ont rejoint la déclaration, étaient présents.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE").entity("Uruguay", "country:UY")
                .edge("rejoint", "nsubj", "qui");
        assertEquals(Set.of("SIGNATORY country:CL", "SIGNATORY country:PE", "SIGNATORY country:UY"),
                p.rows(reading, "rejoint"));
    }

    @Test
    void withoutAParseTheWordsAreRead() {
        HandParse p = HandParse.of("Le Togo a finalement signé la déclaration.").entity("Togo", "country:TG");
        assertEquals(Set.of("SIGNATORY country:TG"), p.rows(reading, "signé"));
    }

    @Test
    void theExamplesOfASetThatAttendsWithoutTheCountriesOfTheirTitles() {
        HandParse p = HandParse.of("Des invités sont présents, comme Ana Ruiz, ou encore Luis Mora, le chancelier du Chili.")
                .entity("Ana Ruiz", "person:ana-ruiz").entity("Luis Mora", "person:luis-mora").entity("Chili", "country:CL")
                .edge("présents", "nsubj", "invités").edge("présents", "obl:comme", "Ana").edge("présents", "obl:comme", "Luis")
                .edge("présents", "obl:comme", "chancelier").edge("chancelier", "nmod:de", "Chili");
        assertEquals(Set.of("PARTICIPANT person:ana-ruiz", "PARTICIPANT person:luis-mora"), p.rows(reading, "présents"));
    }

    @Test
    void aCountedSubjectsMembersNamedAfterDontEvenWhenTheListSwitchesFromBodiesToStates() {
        HandParse p = HandParse.of("Quarante pays ont signé le texte, dont les pays de l'Union africaine, le Chili, le Pérou et l'Équateur.")
                .entity("Union africaine", "org:union-africaine").entity("Chili", "country:CL").entity("Pérou", "country:PE")
                .entity("Équateur", "country:EC")
                .edge("signé", "nsubj", "pays").edge("pays", "nummod", "Quarante").edge("signé", "obj", "texte");
        assertEquals(Set.of("SIGNATORY org:union-africaine", "SIGNATORY country:CL", "SIGNATORY country:PE",
                "SIGNATORY country:EC"), p.rows(reading, "signé"));
    }
    @Test
    void aBodyAloneInBracketsClosingTheSentenceIsItsSourceNotAHolder() {
        HandParse p = HandParse.of("La charte a été adoptée par les ministres présents (AFP).")
                .entity("AFP", "org:agence-france-presse").edge("adoptée", "nsubj:pass", "charte")
                .edge("adoptée", "obl:agent", "ministres").edge("ministres", "appos", "AFP");
        assertEquals(Set.of(), p.rows(reading, "adoptée"));
        HandParse q = HandParse.of("La charte a été adoptée par l'OMS (Genève) et par le Chili.")
                .entity("OMS", "org:oms").entity("Chili", "country:CL").edge("adoptée", "nsubj:pass", "charte")
                .edge("adoptée", "obl:agent", "OMS").edge("adoptée", "obl:agent", "Chili");
        assertEquals(Set.of("SIGNATORY org:oms", "SIGNATORY country:CL"), q.rows(reading, "adoptée"));
    }

    @Test
    void anOpeningParticipleParsedAsTheSubjectsModifierHasThatSubject() {
        HandParse p = HandParse.of("Intervenant après lui, le ministre de l'OMS, le Kényan Amos Kiprono, a appelé à agir.")
                .entity("OMS", "org:oms").entity("Kényan", "country:KE").entity("Amos Kiprono", "person:amos-kiprono")
                .edge("ministre", "acl", "Intervenant").edge("ministre", "nmod:de", "OMS").edge("ministre", "appos", "Kényan")
                .edge("Kényan", "flat:name", "Amos").edge("Kényan", "flat:name", "Kiprono").edge("appelé", "nsubj", "ministre");
        assertEquals(Set.of("PARTICIPANT person:amos-kiprono"), p.rows(reading, "Intervenant"));
    }

    @Test
    void aParticipleQualifyingANounLaterInTheSentenceHasNoSubject() {
        HandParse p = HandParse.of("Le Kenya a salué les experts intervenant au forum.")
                .entity("Kenya", "country:KE")
                .edge("salué", "nsubj", "Kenya").edge("salué", "obj", "experts").edge("experts", "acl", "intervenant");
        assertEquals(Set.of(), p.rows(reading, "intervenant"));
    }

    @Test
    void thePersonWhoseEnvoyTheSubjectIsDoesNotAttend() {
        HandParse p = HandParse.of("Le ministre Amos Kiprono, envoyé spécial du président Léon Ndong, a pris part au sommet.")
                .entity("Amos Kiprono", "person:amos-kiprono").entity("Léon Ndong", "person:leon-ndong")
                .edge("ministre", "appos", "Amos").edge("Amos", "flat:name", "Kiprono").edge("ministre", "appos", "envoyé")
                .edge("envoyé", "nmod:de", "président").edge("président", "appos", "Léon").edge("Léon", "flat:name", "Ndong")
                .edge("pris", "nsubj", "ministre").edge("pris", "obj", "part");
        assertEquals(Set.of("PARTICIPANT person:amos-kiprono"), p.rows(reading, "pris"));
    }

    @Test
    void peopleWithTheSubjectStillAttend() {
        HandParse p = HandParse.of("Le ministre Amos Kiprono, avec le président Léon Ndong, a pris part au sommet.")
                .entity("Amos Kiprono", "person:amos-kiprono").entity("Léon Ndong", "person:leon-ndong")
                .edge("ministre", "appos", "Amos").edge("Amos", "flat:name", "Kiprono").edge("ministre", "nmod:avec", "président")
                .edge("président", "appos", "Léon").edge("Léon", "flat:name", "Ndong")
                .edge("pris", "nsubj", "ministre").edge("pris", "obj", "part");
        assertEquals(Set.of("PARTICIPANT person:amos-kiprono", "PARTICIPANT person:leon-ndong"), p.rows(reading, "pris"));
    }

    @Test
    void theSubjectOfARankedPredicateDoesWhatItsInfinitiveSays() { // (h21-traites)
        HandParse p = HandParse.of("Le président Luis Mora a été le premier chef d'État à la signer.")
                .entity("Luis Mora", "person:luis-mora")
                .edge("ROOT", "root", "chef").edge("chef", "nsubj", "président").edge("président", "appos", "Luis")
                .edge("chef", "aux", "a").edge("chef", "cop", "été").edge("chef", "amod", "premier")
                .edge("chef", "acl:à", "signer").edge("signer", "mark", "à").edge("signer", "obj", "la")
                .tag("signer", "VERB");
        assertEquals(Set.of("SIGNATORY person:luis-mora"), p.rows(new VerbReading(), "signer"));
    }

    @Test
    void anUnrankedPredicateLendsNoSubjectToItsInfinitive() { // (h21-traites)
        HandParse p = HandParse.of("Le président Luis Mora a été un avocat prompt à la signer.")
                .entity("Luis Mora", "person:luis-mora")
                .edge("ROOT", "root", "avocat").edge("avocat", "nsubj", "président").edge("président", "appos", "Luis")
                .edge("avocat", "aux", "a").edge("avocat", "cop", "été").edge("avocat", "det", "un")
                .edge("avocat", "acl:à", "signer").edge("signer", "mark", "à").edge("signer", "obj", "la")
                .tag("signer", "VERB");
        assertEquals(Set.of(), p.rows(new VerbReading(), "signer"));
    }

    @Test
    void aNegatedRankedPredicateAssertsNothing() { // (h21-traites)
        HandParse p = HandParse.of("Le Chili n'est pas le premier pays à signer la charte.")
                .entity("Chili", "country:CL")
                .edge("ROOT", "root", "pays").edge("pays", "nsubj", "Chili").edge("pays", "cop", "est")
                .edge("pays", "advmod", "n'").edge("pays", "advmod", "pas").edge("pays", "amod", "premier")
                .edge("pays", "acl:à", "signer").edge("signer", "mark", "à").edge("signer", "obj", "charte")
                .tag("signer", "VERB");
        assertEquals(Set.of(), p.rows(new VerbReading(), "signer"));
    }

    @Test
    void theSpeechNamedWithItsDefiniteArticleIsDelivered() {
        // (h23-onu) `prononcera le discours d'ouverture`, like `un discours`: the speaker attends
        HandParse p = HandParse.of("Le président Kofi Addaba prononcera le discours d'ouverture et présidera un dîner.")
                .entity("Kofi Addaba", "person:kofi-addaba")
                .edge("prononcera", "nsubj", "président").edge("président", "appos", "Kofi").edge("Kofi", "flat:name", "Addaba")
                .edge("prononcera", "obj", "discours");
        assertEquals(Set.of("PARTICIPANT person:kofi-addaba"), p.rows(reading, "prononcera"));
    }
}
