package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * (h23-otan) In a list without `et` of titled people, the last title's name hangs on the body of its `de` complement
 * (`la présidente de la Commission européenne Ana Ruiz`): it is that title's person, a holder like the others.
 */
class NameOfABodysTitleTest {
    private final PassiveSubjectReading reading = new PassiveSubjectReading();

    @Test
    void theNameAfterTheBodyOfTheLastTitleIsAListItem() {
        HandParse p = HandParse.of("Le chancelier suédois Lars Berg, le Premier ministre péruvien Luis Mora, la présidente de la Commission européenne Ana Ruiz sont attendus.")
                .entity("suédois", "country:SE").entity("Lars Berg", "person:lars-berg").entity("péruvien", "country:PE")
                .entity("Luis Mora", "person:luis-mora").entity("Commission européenne", "org:commission-europeenne")
                .entity("Ana Ruiz", "person:ana-ruiz")
                .edge("attendus", "nsubj:pass", "chancelier").edge("chancelier", "appos", "Lars").edge("Lars", "flat:name", "Berg")
                .edge("chancelier", "appos", "ministre").edge("ministre", "appos", "Luis").edge("Luis", "flat:name", "Mora")
                .edge("ministre", "appos", "présidente").edge("présidente", "nmod:de", "Commission")
                .edge("Commission", "appos", "Ana").edge("Ana", "flat:name", "Ruiz");
        assertEquals(Set.of("PARTICIPANT person:lars-berg", "PARTICIPANT person:luis-mora", "PARTICIPANT person:ana-ruiz"),
                p.rows(reading, "attendus"));
    }

    @Test
    void theOneAnEnvoySpeaksForStaysOut() {
        HandParse p = HandParse.of("Lars Berg, envoyé spécial du président Luis Mora, est attendu.")
                .entity("Lars Berg", "person:lars-berg").entity("Luis Mora", "person:luis-mora")
                .edge("attendu", "nsubj:pass", "Lars").edge("Lars", "appos", "envoyé").edge("envoyé", "nmod:de", "président")
                .edge("président", "appos", "Luis");
        assertEquals(Set.of("PARTICIPANT person:lars-berg"), p.rows(reading, "attendu"));
    }

    @Test
    void theNameTheParserTakesForTheRestOfTheTitlesStateIsAListItem() {
        // (h28-ia) `le président du Togo Paulo Neves, le président malien Luis Mora`: no comma after the state, the
        // parser hangs the name on `Togo` (`flat:name`); it is the title's own person, not someone the phrase speaks of
        HandParse p = HandParse.of("Le président du Togo Paulo Neves, le président malien Luis Mora sont attendus.")
                .entity("Togo", "country:TG").entity("Paulo Neves", "person:paulo-neves").entity("malien", "country:ML")
                .entity("Luis Mora", "person:luis-mora")
                .edge("attendus", "nsubj:pass", "président").edge("président", "nmod:de", "Togo")
                .edge("Togo", "flat:name", "Paulo").edge("Togo", "flat:name", "Neves")
                .edge("président", "appos", "président#2").edge("président#2", "amod", "malien")
                .edge("président#2", "appos", "Luis").edge("Luis", "flat:name", "Mora");
        assertEquals(Set.of("PARTICIPANT person:paulo-neves", "PARTICIPANT person:luis-mora"), p.rows(reading, "attendus"));
    }

    @Test
    void theStateOfTheTitleAnEnvoySpeaksForStaysOut() {
        HandParse p = HandParse.of("Lars Berg, envoyé spécial du président du Togo Paulo Neves, est attendu.")
                .entity("Lars Berg", "person:lars-berg").entity("Togo", "country:TG").entity("Paulo Neves", "person:paulo-neves")
                .edge("attendu", "nsubj:pass", "Lars").edge("Lars", "appos", "envoyé").edge("envoyé", "nmod:de", "président")
                .edge("président", "nmod:de", "Togo").edge("Togo", "flat:name", "Paulo").edge("Togo", "flat:name", "Neves");
        assertEquals(Set.of("PARTICIPANT person:lars-berg"), p.rows(reading, "attendu"));
    }

    @Test
    void aNameInAppositionOnTheLastTitlesStateKeepsItsPlaceInTheList() {
        // `Les présidents du Togo A et de la République du Mali B`: A hangs on `Togo` (`flat:name`), B on the state's
        // name as an apposition; both are the title's people
        HandParse p = HandParse.of("Les présidents du Togo Paulo Neves et de la République du Mali Luis Mora sont attendus.")
                .entity("Togo", "country:TG").entity("Paulo Neves", "person:paulo-neves")
                .entity("République du Mali", "country:ML").entity("Luis Mora", "person:luis-mora")
                .edge("attendus", "nsubj:pass", "présidents").edge("présidents", "nmod:de", "Togo")
                .edge("présidents", "nmod:de", "République").edge("Togo", "conj:et", "République")
                .edge("Togo", "flat:name", "Paulo").edge("Togo", "flat:name", "Neves")
                .edge("République", "appos", "Luis").edge("Luis", "flat:name", "Mora");
        assertEquals(Set.of("PARTICIPANT person:paulo-neves", "PARTICIPANT person:luis-mora"), p.rows(reading, "attendus"));
    }
}
