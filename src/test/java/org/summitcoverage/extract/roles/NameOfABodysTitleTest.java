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
}
