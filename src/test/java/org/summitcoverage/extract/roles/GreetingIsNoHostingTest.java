package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GreetingIsNoHostingTest {
    private final GreetingIsNoHosting reading = new GreetingIsNoHosting(new VerbReading());

    @Test
    void aPersonGreetedOnArrivalMakesNoHost() {
        HandParse p = HandParse.of("Le chef de l'État péruvien a été accueilli à l'aéroport par le ministre Luis Mora.")
                .entity("péruvien", "country:PE").entity("Luis Mora", "person:luis-mora")
                .edge("accueilli", "nsubj:pass", "chef").edge("accueilli", "aux:pass", "été")
                .edge("accueilli", "obl:agent", "ministre").edge("ministre", "appos", "Luis").edge("Luis", "flat:name", "Mora");
        assertEquals(Set.of(), p.rows(reading, "accueilli"));
    }

    @Test
    void aMeetingHostedStillMakesAHost() {
        HandParse p = HandParse.of("Le sommet a été accueilli par le Pérou.")
                .entity("Pérou", "country:PE")
                .edge("accueilli", "nsubj:pass", "sommet").edge("accueilli", "aux:pass", "été").edge("accueilli", "obl:agent", "Pérou");
        assertEquals(Set.of("HOST country:PE"), p.rows(reading, "accueilli"));
    }

    @Test
    void aPronounInARelativeClauseForTheMainSubjectPersonIsGreeted() {
        // (h19-side) `où il a été accueilli par Y`: `il` takes up the person the sentence opens on
        HandParse p = HandParse.of("Le président Pablo Rojas a achevé sa visite par un dîner au palais, où il a été accueilli par le roi Olav Dahl.")
                .entity("Pablo Rojas", "person:pablo-rojas").entity("Olav Dahl", "person:olav-dahl")
                .edge("ROOT", "root", "achevé").edge("achevé", "nsubj", "président").edge("président", "appos", "Pablo")
                .edge("achevé", "obl:par", "dîner").edge("dîner", "nmod:à", "palais").edge("palais", "acl:relcl", "accueilli")
                .edge("accueilli", "nsubj:pass", "il").edge("accueilli", "aux:pass", "été").edge("accueilli", "obl:agent", "roi")
                .edge("roi", "appos", "Olav");
        assertEquals(Set.of(), p.rows(reading, "accueilli"));
    }

    @Test
    void aPlaceOfArrivalWithItsComplementIsAGreeting() {
        // (h19-side) `au bas de la passerelle`: the arrival noun is the place word's complement
        HandParse p = HandParse.of("Le couple présidentiel a été accueilli au bas de la passerelle par le ministre Luis Mora.")
                .entity("Luis Mora", "person:luis-mora")
                .edge("accueilli", "nsubj:pass", "couple").edge("accueilli", "aux:pass", "été").edge("accueilli", "obl", "bas")
                .edge("bas", "nmod:de", "passerelle").edge("accueilli", "obl:agent", "ministre").edge("ministre", "appos", "Luis");
        assertEquals(Set.of(), p.rows(reading, "accueilli"));
    }

    @Test
    void aPronounForAMeetingInARelativeClauseStillHosts() {
        HandParse p = HandParse.of("Le sommet de Lindau, où il a été accueilli par le Pérou, s'est achevé.")
                .entity("Pérou", "country:PE")
                .edge("ROOT", "root", "achevé").edge("achevé", "nsubj", "sommet").edge("sommet", "acl:relcl", "accueilli")
                .edge("accueilli", "nsubj:pass", "il").edge("accueilli", "aux:pass", "été").edge("accueilli", "obl:agent", "Pérou");
        assertEquals(Set.of("HOST country:PE"), p.rows(reading, "accueilli"));
    }

    @Test
    void aFrontedParticipleOnAPersonIsOneReceived() {
        // (h21-bilat) the participle's subject is the main clause's: the president was received, he hosts nothing
        HandParse p = HandParse.of("Accueilli avec les honneurs au palais, le président Pablo Rojas a été décoré.")
                .entity("Pablo Rojas", "person:pablo-rojas")
                .edge("ROOT", "root", "décoré").edge("décoré", "advcl", "Accueilli").edge("décoré", "nsubj:pass", "président")
                .edge("décoré", "aux", "a").edge("décoré", "aux:pass", "été").edge("président", "appos", "Pablo")
                .edge("Pablo", "flat:name", "Rojas").edge("Accueilli", "obl:arg", "honneurs").edge("honneurs", "nmod:à", "palais");
        assertEquals(Set.of(), p.rows(reading, "Accueilli"));
    }

    @Test
    void aFrontedParticipleOnAMeetingStillHosts() {
        HandParse p = HandParse.of("Accueilli par le Pérou, le sommet a réuni dix pays.")
                .entity("Pérou", "country:PE")
                .edge("ROOT", "root", "réuni").edge("réuni", "advcl", "Accueilli").edge("réuni", "nsubj", "sommet")
                .edge("réuni", "aux", "a").edge("Accueilli", "obl:agent", "Pérou");
        assertEquals(Set.of("HOST country:PE"), p.rows(reading, "Accueilli"));
    }

    @Test
    void anActiveWelcomeAtTheAirportWhoseGuestTheParserLosesIsAGreeting() {
        // (h21-bilat) the parser hangs the guest on the adverbial and leaves the verb with no object
        HandParse p = HandParse.of("Luis Mora a accueilli, dans la matinée à l'aéroport de Lindau, le président Pablo Rojas.")
                .entity("Luis Mora", "person:luis-mora").entity("Pablo Rojas", "person:pablo-rojas")
                .edge("ROOT", "root", "accueilli").edge("accueilli", "nsubj", "Luis").edge("Luis", "flat:name", "Mora")
                .edge("accueilli", "aux", "a").edge("accueilli", "obl:arg", "matinée").edge("matinée", "nmod:à", "aéroport")
                .edge("matinée", "appos", "président").edge("président", "appos", "Pablo");
        assertEquals(Set.of(), p.rows(reading, "accueilli"));
    }

    @Test
    void anActiveWelcomeAwayFromAnyArrivalPlaceStillHosts() {
        HandParse p = HandParse.of("Le Pérou a accueilli, dans la matinée à Lindau, le président Pablo Rojas.")
                .entity("Pérou", "country:PE").entity("Pablo Rojas", "person:pablo-rojas")
                .edge("ROOT", "root", "accueilli").edge("accueilli", "nsubj", "Pérou")
                .edge("accueilli", "aux", "a").edge("accueilli", "obl:arg", "matinée").edge("matinée", "nmod:à", "Lindau")
                .edge("matinée", "appos", "président").edge("président", "appos", "Pablo");
        assertEquals(Set.of("HOST country:PE"), p.rows(reading, "accueilli"));
    }

    @Test
    void aFrontedParticipleTheParserHangsOnTheTitleIsOneReceived() {
        HandParse p = HandParse.of("Accueilli avec les honneurs au palais, le chef de l'État péruvien a été décoré.")
                .entity("péruvien", "country:PE")
                .edge("ROOT", "root", "décoré").edge("décoré", "nsubj:pass", "chef").edge("chef", "acl", "Accueilli")
                .edge("décoré", "aux", "a").edge("décoré", "aux:pass", "été").edge("Accueilli", "obl:arg", "honneurs");
        assertEquals(Set.of(), p.rows(reading, "Accueilli"));
    }
}
