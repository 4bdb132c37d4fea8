package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StatusNounReadingTest {
    private final StatusNounReading reading = new StatusNounReading();

    @Test
    void theSubjectOfTheCopula() {
        HandParse p = HandParse.of("Le Kenya est le pays hôte.")
                .entity("Kenya", "country:KE").edge("pays", "nsubj", "Kenya").edge("pays", "cop", "est").edge("pays", "amod", "hôte");
        assertEquals(Set.of("HOST country:KE"), p.rows(reading, "hôte"));
    }

    @Test
    void thePhraseTheNounIsInAppositionTo() {
        HandParse p = HandParse.of("La France, pays hôte, a ouvert la séance.")
                .entity("France", "country:FR").edge("France", "appos", "pays").edge("pays", "amod", "hôte");
        assertEquals(Set.of("HOST country:FR"), p.rows(reading, "hôte"));
    }

    @Test
    void theSubjectOfFigurerParmiLesSignataires() {
        HandParse p = HandParse.of("Le Chili figure parmi les signataires.")
                .entity("Chili", "country:CL").edge("figure", "obl:parmi", "signataires").edge("figure", "nsubj", "Chili");
        assertEquals(Set.of("SIGNATORY country:CL"), p.rows(reading, "signataires"));
    }

    @Test
    void theOneWhoDepositsInstrumentsOfRatification() {
        HandParse p = HandParse.of("Le Chili a déposé ses instruments de ratification.")
                .entity("Chili", "country:CL").edge("déposé", "nsubj", "Chili").edge("déposé", "obj", "instruments")
                .edge("instruments", "nmod:de", "ratification");
        assertEquals(Set.of("SIGNATORY country:CL"), p.rows(reading, "ratification"));
    }

    @Test
    void byTheWordsTheNameRightBeforeTheNoun() {
        HandParse p = HandParse.of("Le Kenya, pays hôte.").entity("Kenya", "country:KE").edge("ROOT", "root", "Kenya");
        assertEquals(Set.of("HOST country:KE"), p.rows(reading, "hôte"));
    }

    @Test
    void byTheWordsAFrontedNounQualifiesTheSubjectAfterTheComma() {
        HandParse p = HandParse.of("Pays hôte, le Kenya avait placé la dette en tête.")
                .entity("Kenya", "country:KE").edge("ROOT", "root", "placé");
        assertEquals(Set.of("HOST country:KE"), p.rows(reading, "hôte"));
    }

    @Test
    void byTheWordsAPluralStatusIsTheWholeCoordinations() {
        HandParse p = HandParse.of("Deux pays se sont distingués : le Chili et le Pérou, coorganisateurs du forum.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE").edge("ROOT", "root", "distingués");
        assertEquals(Set.of("HOST country:CL", "HOST country:PE"), p.rows(reading, "coorganisateurs"));
    }

    @Test
    void aPluralStatusInAppositionIsTheWholeCoordinations() {
        HandParse p = HandParse.of("Le Chili et le Pérou, coorganisateurs du forum, ont salué le texte.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE")
                .edge("salué", "nsubj", "Chili").edge("Chili", "conj", "Pérou").edge("Chili", "appos", "coorganisateurs");
        assertEquals(Set.of("HOST country:CL", "HOST country:PE"), p.rows(reading, "coorganisateurs"));
    }

    @Test
    void byTheWordsThePluralStatusOfTheMembersNamedAfterParmiLesquels() {
        HandParse p = HandParse.of("Les organisateurs, parmi lesquels le Chili et le Pérou, ont prévu trois tables rondes.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE").edge("ROOT", "root", "prévu");
        assertEquals(Set.of("HOST country:CL", "HOST country:PE"), p.rows(reading, "organisateurs"));
    }

    @Test
    void aBareStatusFrontedBeforeTheSubjectIsTheSubjects() {
        // (r21) whatever the verb, even one of addressing: `Hôte du sommet, X a salué les délégations`
        HandParse p = HandParse.of("Hôte du sommet, le chancelier Paul Weber a salué les délégations.")
                .entity("Paul Weber", "person:paul-weber")
                .edge("salué", "obl:mod", "Hôte").edge("Hôte", "nmod:de", "sommet").edge("salué", "nsubj", "chancelier")
                .edge("chancelier", "appos", "Paul").edge("Paul", "flat:name", "Weber").edge("salué", "obj", "délégations");
        assertEquals(Set.of("HOST person:paul-weber"), p.rows(new StatusNounReading(), "Hôte", org.summitcoverage.model.RoleType.HOST));
    }

    @Test
    void anObjectPutFirstAndTakenUpIsTheAddressee() {
        HandParse p = HandParse.of("Les organisateurs, le chancelier Paul Weber les a salués.")
                .entity("Paul Weber", "person:paul-weber")
                .edge("salués", "obl:mod", "organisateurs").edge("organisateurs", "det", "Les").edge("salués", "nsubj", "chancelier")
                .edge("chancelier", "appos", "Paul").edge("Paul", "flat:name", "Weber").edge("salués", "obj", "les");
        assertEquals(Set.of(), p.rows(new StatusNounReading(), "organisateurs", org.summitcoverage.model.RoleType.HOST));
    }
}
