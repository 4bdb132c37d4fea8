package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SubjectReadingTest {
    private final SubjectReading reading = new SubjectReading();

    @Test
    void coordinatedSubjects() {
        HandParse p = HandParse.of("La France et l'Inde coprésident le sommet.")
                .entity("France", "country:FR").entity("Inde", "country:IN")
                .edge("coprésident", "nsubj", "France").edge("France", "conj:et", "Inde").edge("coprésident", "nsubj", "Inde");
        assertEquals(Set.of("CHAIR country:FR", "CHAIR country:IN"), p.rows(reading, "coprésident"));
    }

    @Test
    void aPronounStandsForTheSubjectThatOpensThePreviousSentence() {
        HandParse p = HandParse.of("Le Kenya a accueilli le sommet.", "Il a signé la déclaration.")
                .entity("Kenya", "country:KE").edge("signé", "nsubj", "Il");
        assertEquals(Set.of("SIGNATORY country:KE"), p.rows(reading, "signé"));
    }

    @Test
    void aPronounAfterQuantAStandsForTheTopic() {
        HandParse p = HandParse.of("Quant au Chili, il a signé le texte.")
                .entity("Chili", "country:CL").edge("signé", "nsubj", "il");
        assertEquals(Set.of("SIGNATORY country:CL"), p.rows(reading, "signé"));
    }

    @Test
    void theSubjectOfAnAuxiliaryTheParserTookForTheVerb() {
        HandParse p = HandParse.of("Les États-Unis n'ont pas paraphé le texte.")
                .entity("États-Unis", "country:US")
                .edge("ont", "nsubj", "États-Unis").edge("ont", "xcomp", "paraphé");
        assertEquals(Set.of("SIGNATORY country:US"), p.rows(reading, "paraphé"));
    }

    @Test
    void aPronounWithoutAClearAntecedentHoldsNothing() {
        HandParse p = HandParse.of("Selon les observateurs, le Kenya a accueilli le sommet.", "Il a signé la déclaration.")
                .entity("Kenya", "country:KE").edge("signé", "nsubj", "Il");
        assertEquals(Set.of(), p.rows(reading, "signé"));
    }

    @Test
    void aCoordinatedVerbWithoutSubjectSharesItsConjunctsSubject() {
        HandParse p = HandParse.of("Le Pérou a évité de commenter mais a signé la charte.").entity("Pérou", "country:PE")
                .edge("évité", "nsubj", "Pérou").edge("évité", "conj:mais", "signé").edge("signé", "cc", "mais");
        assertEquals(Set.of("SIGNATORY country:PE"), p.rows(new SubjectReading(), "signé"));
    }

    @Test
    void aReflexiveCliticTakenForTheSubjectLeavesTheConjunctsSubject() {
        // (r22) the parser's nsubj(abstenues, se): a clitic is never the subject; the coordinated verb shares the first's
        HandParse p = HandParse.of("Le Pérou et le Chili ont participé aux débats, mais se sont abstenus de signer la charte.")
                .entity("Pérou", "country:PE").entity("Chili", "country:CL")
                .edge("participé", "nsubj", "Pérou").edge("participé", "nsubj", "Chili").edge("Pérou", "conj:et", "Chili")
                .edge("participé", "conj:mais", "abstenus").edge("abstenus", "cc", "mais")
                .edge("abstenus", "nsubj", "se").edge("abstenus", "cop", "sont").edge("abstenus", "acl:de", "signer");
        assertEquals(Set.of("NON_SIGNATORY country:PE", "NON_SIGNATORY country:CL"), p.rows(new SubjectReading(), "abstenus"));
    }

    @Test
    void aPronounInACoordinatedClauseStandsForTheFirstClausesSubject() {
        HandParse p = HandParse.of("Le Kenya a accueilli le sommet.",
                        "Le président chilien, Tomás Reyes, n'a pas pu venir à Nairobi, mais il participe au sommet par vidéo.")
                .entity("Kenya", "country:KE").entity("chilien", "country:CL").entity("Tomás Reyes", "person:tomas-reyes")
                .entity("Nairobi", "location:nairobi")
                .edge("pu", "nsubj", "président").edge("président", "appos", "Tomás").edge("Tomás", "flat:name", "Reyes")
                .edge("président", "amod", "chilien")
                .edge("pu", "conj:mais", "participe").edge("participe", "nsubj", "il");
        assertEquals(Set.of("PARTICIPANT person:tomas-reyes"), p.rows(reading, "participe"));
    }

    @Test
    void aPronounStandsForThePersonTheOpeningTitleNamesNotItsDemonym() {
        HandParse p = HandParse.of("Le président ghanéen, Kofi Mensah, est arrivé lundi.", "Il a ensuite pris part au sommet.")
                .entity("ghanéen", "country:GH").entity("Kofi Mensah", "person:kofi-mensah").edge("pris", "nsubj", "Il");
        assertEquals(Set.of("PARTICIPANT person:kofi-mensah"), p.rows(reading, "pris"));
    }

    @Test
    void aPronounStandsForThePersonAfterATitleThatOpensThePreviousSentence() {
        HandParse p = HandParse.of("Président du Conseil régional, Paul Dubois a salué les délégués.", "Il a pris part aux travaux.")
                .entity("Paul Dubois", "person:paul-dubois").edge("pris", "nsubj", "Il");
        assertEquals(Set.of("PARTICIPANT person:paul-dubois"), p.rows(reading, "pris"));
    }

    @Test
    void anUnnamedTitleCoChairSubjectIsItsState() {
        HandParse p = HandParse.of("Le chef de l'État ghanéen a coprésidé la séance avec la Norvège.")
                .entity("ghanéen", "country:GH").entity("Norvège", "country:NO")
                .edge("coprésidé", "nsubj", "chef").edge("chef", "nmod:de", "État").edge("État", "amod", "ghanéen")
                .edge("coprésidé", "obl:avec", "Norvège");
        assertEquals(Set.of("CHAIR country:GH"), p.rows(reading, "coprésidé"));
    }

    @Test
    void anUnnamedTitleIsNotThePreviousSubjectWhenTheArticleGivesItsStateAnotherPerson() {
        HandParse p = HandParse.of("Le forum s'est ouvert en présence du président français Paul Morel.",
                        "Le président Jean Diouf a salué l'initiative.", "Le chef de l'État français a présidé la séance.")
                .entity("français", "country:FR").entity("Paul Morel", "person:paul-morel").entity("Jean Diouf", "person:jean-diouf")
                .edge("présidé", "nsubj", "chef").edge("chef", "nmod:de", "État").edge("État", "amod", "français");
        assertEquals(Set.of("CHAIR country:FR"), p.rows(reading, "présidé"));
    }
}
