package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuotedSpeakerReadingTest {
    private final QuotedSpeakerReading reading = new QuotedSpeakerReading();

    @Test
    void theSubjectOfTheVerbOfSpeechAfterAQuotation() {
        HandParse p = HandParse.of("« Il faut agir », a déclaré le président polonais, Tomasz Wierzbicki.")
                .entity("polonais", "country:PL").entity("Tomasz Wierzbicki", "person:tomasz-wierzbicki")
                .edge("déclaré", "nsubj", "président").edge("président", "amod", "polonais").edge("président", "appos", "Tomasz");
        assertEquals(Set.of("PARTICIPANT person:tomasz-wierzbicki"), p.rows(reading, "déclaré"));
    }

    @Test
    void theNameRightAfterTheVerbWhenTheParseHangsItElsewhere() {
        HandParse p = HandParse.of("« Il faut agir », a martelé Kivisild, dont le discours a été salué.")
                .entity("Kivisild", "person:tarmo-kivisild").edge("salué", "nsubj:pass", "discours");
        assertEquals(Set.of("PARTICIPANT person:tarmo-kivisild"), p.rows(reading, "martelé"));
    }

    @Test
    void noQuotationNoSpeaker() {
        HandParse p = HandParse.of("Le ministre Tomasz Wierzbicki a déclaré son soutien.")
                .entity("Tomasz Wierzbicki", "person:tomasz-wierzbicki")
                .edge("déclaré", "nsubj", "ministre").edge("ministre", "appos", "Tomasz");
        assertEquals(Set.of(), p.rows(reading, "déclaré"));
    }

    @Test
    void aQuotedStateIsNoSpeaker() {
        HandParse p = HandParse.of("« Nous signerons », a affirmé le Chili.")
                .entity("Chili", "country:CL").edge("affirmé", "nsubj", "Chili");
        assertEquals(Set.of(), p.rows(reading, "affirmé"));
    }

    @Test
    void wordsGivenInAnInterviewAreNotSaidAtTheMeeting() {
        HandParse p = HandParse.of("Dans une interview au journal, la ministre Ana Ruiz a expliqué que « rien n'est acquis ».")
                .entity("Ana Ruiz", "person:ana-ruiz").edge("expliqué", "nsubj", "ministre").edge("ministre", "appos", "Ana");
        assertEquals(Set.of(), p.rows(reading, "expliqué"));
    }

    @Test
    void wordsSaidWhereTheSentencePlacesTheMeetingNeedNoQuotation() {
        HandParse p = HandParse.of("Lors de la cérémonie d'ouverture, la présidente Ana Ruiz a rappelé l'urgence d'agir.")
                .entity("Ana Ruiz", "person:ana-ruiz").edge("rappelé", "nsubj", "présidente").edge("présidente", "appos", "Ana");
        assertEquals(Set.of("PARTICIPANT person:ana-ruiz"), p.rows(reading, "rappelé"));
    }

    @Test
    void theSpeakerAfterAnInfinitiveOfSpeechAndAnIncise() {
        HandParse p = HandParse.of("« Tout compte », a tenu à rappeler, entre autres, le président Oumar Diallo.")
                .entity("Oumar Diallo", "person:oumar-diallo").edge("tenu", "xcomp", "rappeler");
        assertEquals(Set.of("PARTICIPANT person:oumar-diallo"), p.rows(reading, "tenu"));
    }

    @Test
    void wordsSaidToABroadcasterAreNotSaidAtTheMeeting() {
        // (h18-franco) `à la chaîne X`: words said to a television channel
        HandParse p = HandParse.of("Le porte-parole Elio Varga a déclaré à la chaîne Canal 9 que « le forum est un succès ».")
                .entity("Elio Varga", "person:elio-varga").edge("déclaré", "nsubj", "porte-parole").edge("porte-parole", "appos", "Elio");
        assertEquals(Set.of(), p.rows(reading, "déclaré"));
    }

    @Test
    void anAdviserOfAPresidentSpeaksNotThePresident() {
        // (h18-europe) the unnamed adviser speaks; the president in his `de` complement only sent him (envoy_nouns)
        HandParse p = HandParse.of("« Il faut agir », a souligné un conseiller du président Tomasz Wierzbicki.")
                .entity("Tomasz Wierzbicki", "person:tomasz-wierzbicki")
                .edge("souligné", "nsubj", "conseiller").edge("conseiller", "nmod", "président")
                .edge("président", "appos", "Tomasz");
        assertEquals(Set.of(), p.rows(reading, "souligné"));
    }

    @Test
    void wordsGivenAtSomeBriefingAreNotSaidAtTheMeeting() {
        // (h20-asie) `lors d'une conférence de presse`: an indefinite briefing, often in the capital on the eve
        HandParse p = HandParse.of("« Trente pays ont confirmé leur venue », a déclaré le conseiller Ivo Brenn, lors d'une conférence de presse.")
                .entity("Ivo Brenn", "person:ivo-brenn").edge("déclaré", "nsubj", "conseiller").edge("conseiller", "appos", "Ivo");
        assertEquals(Set.of(), p.rows(reading, "déclaré"));
    }

    @Test
    void aBriefingTiedToTheMeetingKeepsTheSpeaker() {
        // (h20-asie) `à l'issue du sommet` places the briefing at the meeting
        HandParse p = HandParse.of("« Nous sommes unis », a déclaré le Premier ministre Ivo Brenn lors d'une conférence de presse à l'issue du sommet.")
                .entity("Ivo Brenn", "person:ivo-brenn").edge("déclaré", "nsubj", "ministre").edge("ministre", "appos", "Ivo");
        assertEquals(Set.of("PARTICIPANT person:ivo-brenn"), p.rows(reading, "déclaré"));
    }

    @Test
    void wordsPostedOnAPageAreNotSaidAtTheMeeting() {
        // (h20-asie) `dans un post sur sa page X`: words posted online
        HandParse p = HandParse.of("« J'ai porté notre vision », a indiqué dans un post sur sa page X la ministre Ana Ruiz.")
                .entity("Ana Ruiz", "person:ana-ruiz").edge("indiqué", "nsubj", "ministre").edge("ministre", "appos", "Ana");
        assertEquals(Set.of(), p.rows(reading, "indiqué"));
    }

    @Test
    void wordsToldAupresDeAnOutletAreAnInterview() {
        // (h23-onu) `a souligné auprès de l'AFP la ministre X`: told to a news agency, away from the meeting
        HandParse p = HandParse.of("« Il faut agir », a souligné auprès de l'AFP la ministre Ana Ruiz.")
                .entity("AFP", "org:agence-france-presse").entity("Ana Ruiz", "person:ana-ruiz")
                .edge("souligné", "nsubj", "ministre").edge("ministre", "appos", "Ana");
        assertEquals(Set.of(), p.rows(reading, "souligné"));
        HandParse q = HandParse.of("« Il faut agir », a souligné auprès des délégués la ministre Ana Ruiz.")
                .entity("Ana Ruiz", "person:ana-ruiz")
                .edge("souligné", "nsubj", "ministre").edge("ministre", "appos", "Ana");
        assertEquals(Set.of("PARTICIPANT person:ana-ruiz"), q.rows(reading, "souligné"));
    }

    @Test
    void wordsSaidAtAMeetingNamedIndefinitelyNeedNoQuotation() {
        // (h26-ia) `lors d'un sommet` places the words at the article's meeting, introduced without its article
        HandParse p = HandParse.of("La présidente Ana Ruiz a dit mardi lors d'un sommet sur le numérique organisé à Lima que tout reste à faire.")
                .entity("Ana Ruiz", "person:ana-ruiz").edge("dit", "nsubj", "présidente").edge("présidente", "appos", "Ana");
        assertEquals(Set.of("PARTICIPANT person:ana-ruiz"), p.rows(reading, "dit"));
    }

    @Test
    void wordsSaidAtTheOccasionOfASessionNeedNoQuotation() {
        HandParse p = HandParse.of("Le ministre Ivo Brenn a souligné l'enjeu, à l'occasion de la session inaugurale du forum.")
                .entity("Ivo Brenn", "person:ivo-brenn").edge("souligné", "nsubj", "ministre").edge("ministre", "appos", "Ivo");
        assertEquals(Set.of("PARTICIPANT person:ivo-brenn"), p.rows(reading, "souligné"));
    }

    @Test
    void aSpeakerTheParserHangsOnTheOpeningAdverbialAsItsConjunct() {
        // (h26-amerique) `A l'ouverture du sommet, X, qui …, a réaffirmé`: no subject on the verb, X a conjunct of `ouverture`
        HandParse p = HandParse.of("A l'ouverture du sommet à Lima, Ana Ruiz, qui achève son mandat, a réaffirmé son attachement au bloc.")
                .entity("Lima", "location:lima").entity("Ana Ruiz", "person:ana-ruiz")
                .edge("réaffirmé", "obl:mod", "ouverture").edge("ouverture", "case", "A").edge("ouverture", "nmod:de", "sommet")
                .edge("ouverture", "conj", "Ana").edge("Ana", "flat:name", "Ruiz").edge("Ana", "acl:relcl", "achève")
                .edge("achève", "nsubj", "qui").edge("réaffirmé", "aux", "a").edge("réaffirmé", "obj", "attachement");
        assertEquals(Set.of("PARTICIPANT person:ana-ruiz"), p.rows(reading, "réaffirmé"));
    }

    @Test
    void aConjunctWithItsOwnEtIsNoLostSubject() {
        HandParse p = HandParse.of("A l'ouverture du sommet et Ana Ruiz, on a réaffirmé son attachement au bloc.")
                .entity("Ana Ruiz", "person:ana-ruiz")
                .edge("réaffirmé", "obl:mod", "ouverture").edge("ouverture", "case", "A")
                .edge("ouverture", "conj", "Ana").edge("Ana", "cc", "et").edge("Ana", "flat:name", "Ruiz")
                .edge("réaffirmé", "aux", "a").edge("réaffirmé", "obj", "attachement");
        assertEquals(Set.of(), p.rows(reading, "réaffirmé"));
    }
}
