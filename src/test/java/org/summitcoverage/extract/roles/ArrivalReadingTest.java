package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ArrivalReadingTest {
    private final ArrivalReading reading = new ArrivalReading();

    @Test
    void whoArrivesAtTheMeetingAttends() {
        HandParse p = HandParse.of("La présidente Ana Ruiz est arrivée dimanche à Lima.")
                .entity("Ana Ruiz", "person:ana-ruiz").entity("Lima", "location:lima")
                .edge("arrivée", "nsubj", "présidente").edge("présidente", "appos", "Ana").edge("arrivée", "obl:à", "Lima");
        assertEquals(Set.of("PARTICIPANT person:ana-ruiz"), p.rows(reading, "arrivée"));
    }

    @Test
    void theFirstToArrive() {
        HandParse p = HandParse.of("Ana Ruiz et Luis Mora ont été les premiers à arriver à Lima.")
                .entity("Ana Ruiz", "person:ana-ruiz").entity("Luis Mora", "person:luis-mora")
                .edge("premiers", "nsubj", "Ana").edge("Ana", "conj:et", "Luis").edge("premiers", "acl:à", "arriver");
        assertEquals(Set.of("PARTICIPANT person:ana-ruiz", "PARTICIPANT person:luis-mora"), p.rows(reading, "arriver"));
    }

    @Test
    void arrivingToPowerOrManagingToDoSomethingIsNoArrival() {
        HandParse power = HandParse.of("Ana Ruiz est arrivée au pouvoir en mai.")
                .entity("Ana Ruiz", "person:ana-ruiz").edge("arrivée", "nsubj", "Ana").edge("arrivée", "obl:à", "pouvoir");
        assertEquals(Set.of(), power.rows(reading, "arrivée"));
        HandParse manage = HandParse.of("Ana Ruiz est arrivée à convaincre le Chili.")
                .entity("Ana Ruiz", "person:ana-ruiz").entity("Chili", "country:CL")
                .edge("arrivée", "nsubj", "Ana").edge("arrivée", "xcomp", "convaincre");
        assertEquals(Set.of(), manage.rows(reading, "arrivée"));
    }

    @Test
    void oneAfterAnotherAtThePlaceIsAnArrivalSequence() {
        HandParse p = HandParse.of("Les présidents Ana Ruiz et Luis Mora se sont succédé à Lima.")
                .entity("Ana Ruiz", "person:ana-ruiz").entity("Luis Mora", "person:luis-mora").entity("Lima", "location:lima")
                .edge("succédé", "nsubj", "présidents").edge("présidents", "appos", "Ana").edge("Ana", "conj:et", "Luis")
                .edge("succédé", "iobj", "se").edge("succédé", "obl:à", "Lima");
        assertEquals(Set.of("PARTICIPANT person:ana-ruiz", "PARTICIPANT person:luis-mora"), p.rows(reading, "succédé"));
    }

    @Test
    void theInvertedSubjectOfASuccessionIsParsedAsItsObject() {
        HandParse p = HandParse.of("Tour à tour, se sont succédé sur le tarmac les présidents Ana Ruiz et Luis Mora.")
                .entity("Ana Ruiz", "person:ana-ruiz").entity("Luis Mora", "person:luis-mora")
                .edge("succédé", "nsubj", "Tour").edge("succédé", "iobj", "se").edge("succédé", "obl:sur", "tarmac")
                .edge("succédé", "obj", "présidents").edge("présidents", "appos", "Ana").edge("Ana", "conj:et", "Luis");
        assertEquals(Set.of("PARTICIPANT person:ana-ruiz", "PARTICIPANT person:luis-mora"), p.rows(reading, "succédé"));
    }

    @Test
    void succeedingSomeoneIsNoArrival() {
        HandParse p = HandParse.of("Ana Ruiz a succédé à Luis Mora à Lima.")
                .entity("Ana Ruiz", "person:ana-ruiz").entity("Luis Mora", "person:luis-mora").entity("Lima", "location:lima")
                .edge("succédé", "nsubj", "Ana").edge("succédé", "obl:à", "Luis").edge("succédé", "obl:à", "Lima");
        assertEquals(Set.of(), p.rows(reading, "succédé"));
    }

    @Test
    void travellingInPersonIsComing() {
        HandParse p = HandParse.of("Les présidents Ana Ruiz et Luis Mora se sont tous deux déplacés en personne à Lima.")
                .entity("Ana Ruiz", "person:ana-ruiz").entity("Luis Mora", "person:luis-mora").entity("Lima", "location:lima")
                .edge("déplacés", "nsubj", "présidents").edge("présidents", "appos", "Ana").edge("Ana", "conj:et", "Luis")
                .edge("déplacés", "obj", "se").edge("déplacés", "aux", "sont").edge("déplacés", "obl:en", "personne")
                .edge("déplacés", "obl:à", "Lima");
        assertEquals(Set.of("PARTICIPANT person:ana-ruiz", "PARTICIPANT person:luis-mora"), p.rows(reading, "déplacés"));
    }

    @Test
    void aMeetingMovedElsewhereIsNoArrival() {
        HandParse p = HandParse.of("Ana Ruiz a déplacé la séance à Lima.")
                .entity("Ana Ruiz", "person:ana-ruiz").entity("Lima", "location:lima")
                .edge("déplacé", "nsubj", "Ana").edge("déplacé", "obj", "séance").edge("déplacé", "obl:à", "Lima");
        assertEquals(Set.of(), p.rows(reading, "déplacé"));
    }

    @Test
    void whoFollowsAnArrivalArrivesToo() {
        HandParse p = HandParse.of("Ana Ruiz est arrivée en matinée suivie en soirée par Luis Mora et Eva Lind.")
                .entity("Ana Ruiz", "person:ana-ruiz").entity("Luis Mora", "person:luis-mora").entity("Eva Lind", "person:eva-lind")
                .edge("arrivée", "nsubj", "Ana").edge("arrivée", "obl:en", "matinée").edge("matinée", "acl", "suivie")
                .edge("suivie", "obl:en", "soirée").edge("suivie", "obl:agent", "Luis").edge("Luis", "conj:et", "Eva");
        assertEquals(Set.of("PARTICIPANT person:ana-ruiz", "PARTICIPANT person:luis-mora", "PARTICIPANT person:eva-lind"),
                p.rows(reading, "arrivée"));
    }

    @Test
    void aFollowingOutsideTheArrivalClauseAddsNoOne() {
        HandParse p = HandParse.of("Ana Ruiz est arrivée à Lima ; le débat, suivi par Luis Mora, a duré.")
                .entity("Ana Ruiz", "person:ana-ruiz").entity("Luis Mora", "person:luis-mora").entity("Lima", "location:lima")
                .edge("arrivée", "nsubj", "Ana").edge("arrivée", "obl:à", "Lima").edge("duré", "nsubj", "débat")
                .edge("débat", "acl", "suivi").edge("suivi", "obl:agent", "Luis");
        assertEquals(Set.of("PARTICIPANT person:ana-ruiz"), p.rows(reading, "arrivée"));
    }

    @Test
    void aParseOfTheClauseOnlyHasFewerNodesThanTheSentenceHasTokens() {
        // (h27-arabe) a clause-only parse stops before the sentence ends: looking for `suivi par` must not read past it
        HandParse p = HandParse.of("Le roi Paulo Neves est arrivé samedi, à la ville située au bord du lac, pour prendre part au sommet.")
                .entity("Paulo Neves", "person:paulo-neves")
                .edge("arrivé", "nsubj", "roi").edge("roi", "appos", "Paulo").edge("arrivé", "aux", "est")
                .parsedUpTo("samedi");
        assertEquals(Set.of("PARTICIPANT person:paulo-neves"), p.rows(reading, "arrivé"));
    }

    @Test
    void anArrivalOpeningItsClauseHasItsSubjectAfterAComma() {
        // (h27-arabe) `sont arrivés lundi à Lima, le roi A, le président du Chili, B, et l'émir C`: the people listed arrive
        HandParse p = HandParse.of("En vue du sommet andin, sont arrivés lundi à Lima, le roi Paulo Neves, le président du Chili, Diego Salas, et l'émir Omar Haddad.")
                .entity("Lima", "location:lima").entity("Paulo Neves", "person:paulo-neves").entity("Chili", "country:CL")
                .entity("Diego Salas", "person:diego-salas").entity("Omar Haddad", "person:omar-haddad")
                .edge("arrivés", "aux", "sont").edge("arrivés", "obl", "lundi").edge("arrivés", "obl:à", "Lima")
                .edge("arrivés", "obl:mod", "vue");
        assertEquals(Set.of("PARTICIPANT person:paulo-neves", "PARTICIPANT person:diego-salas", "PARTICIPANT person:omar-haddad"),
                p.rows(reading, "arrivés"));
    }

    @Test
    void aSubjectBeforeTheAuxiliaryIsNoInversion() {
        HandParse p = HandParse.of("Le ministre Paulo Neves est arrivé lundi à Lima, la capitale, avec Diego Salas.")
                .entity("Paulo Neves", "person:paulo-neves").entity("Lima", "location:lima").entity("Diego Salas", "person:diego-salas")
                .edge("arrivé", "aux", "est").edge("arrivé", "obl:à", "Lima");
        // the subject comes from the word order; the name after the comma is no inverted subject
        assertEquals(Set.of("PARTICIPANT person:paulo-neves"), p.rows(reading, "arrivé"));
    }

    @Test
    void aLongTitledListOfFollowersTheParserScatters() {
        // (h27-arabe) `X est arrivé le premier, suivi du ministre A, du président de B, C, et du roi D`
        HandParse p = HandParse.of("Le président Paulo Neves est arrivé le premier, suivi du ministre chilien, Diego Salas, du président du Pérou, Ana Ruiz, et du roi Omar Haddad.")
                .entity("Paulo Neves", "person:paulo-neves").entity("Diego Salas", "person:diego-salas")
                .entity("Pérou", "country:PE").entity("Ana Ruiz", "person:ana-ruiz").entity("Omar Haddad", "person:omar-haddad")
                .edge("arrivé", "nsubj", "président").edge("président", "appos", "Paulo").edge("arrivé", "aux", "est")
                .edge("arrivé", "obj", "premier").edge("premier", "acl", "suivi").edge("suivi", "obl:arg", "ministre")
                .edge("arrivé", "obj", "Diego");
        assertEquals(Set.of("PARTICIPANT person:paulo-neves", "PARTICIPANT person:diego-salas", "PARTICIPANT person:ana-ruiz",
                "PARTICIPANT person:omar-haddad"), p.rows(reading, "arrivé"));
    }

    @Test
    void arrivingFirstIsStillArriving() {
        HandParse p = HandParse.of("Le Kenya est arrivé le premier au sommet.")
                .entity("Kenya", "country:KE")
                .edge("arrivé", "nsubj", "Kenya").edge("arrivé", "xcomp", "premier").edge("premier", "det", "le")
                .edge("premier", "obl:à", "sommet");
        assertEquals(Set.of("PARTICIPANT country:KE"), p.rows(reading, "arrivé"));
    }

    @Test
    void aPlacingWithoutItsArticleIsARaceNotAnArrival() {
        HandParse p = HandParse.of("Le Kenya est arrivé premier du classement au sommet.")
                .entity("Kenya", "country:KE")
                .edge("arrivé", "nsubj", "Kenya").edge("arrivé", "xcomp", "premier").edge("premier", "nmod:du", "classement");
        assertEquals(Set.of(), p.rows(reading, "arrivé"));
    }
}
