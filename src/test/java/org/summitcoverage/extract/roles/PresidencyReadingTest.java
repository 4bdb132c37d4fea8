package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PresidencyReadingTest {
    private final PresidencyReading reading = new PresidencyReading();

    @Test
    void theSubjectOfAVerbThatTakesThePresidency() {
        HandParse p = HandParse.of("Le Brésil assure la présidence du forum.")
                .entity("Brésil", "country:BR").edge("assure", "nsubj", "Brésil").edge("assure", "obj", "présidence");
        assertEquals(Set.of("CHAIR country:BR"), p.rows(reading, "présidence"));
    }

    @Test
    void sousLaPresidenceDe() {
        HandParse p = HandParse.of("La séance s'est tenue sous la présidence du Kenya.")
                .entity("Kenya", "country:KE").edge("tenue", "obl:sous", "présidence").edge("présidence", "nmod:de", "Kenya");
        assertEquals(Set.of("CHAIR country:KE"), p.rows(reading, "présidence"));
    }

    @Test
    void aDemonymOfThePresidency() {
        HandParse p = HandParse.of("La présidence sud-africaine a ouvert la séance.")
                .entity("sud-africaine", "country:ZA").edge("présidence", "amod", "sud-africaine");
        assertEquals(Set.of("CHAIR country:ZA"), p.rows(reading, "présidence"));
    }

    @Test
    void theWordsWhenTheParseMissesTheObject() {
        HandParse p = HandParse.of("Le Brésil assure jusqu'en novembre la présidence.")
                .entity("Brésil", "country:BR").edge("ROOT", "root", "assure");
        assertEquals(Set.of("CHAIR country:BR"), p.rows(reading, "présidence"));
    }

    @Test
    void aPresidencyNobodyHoldsInTheSentence() {
        HandParse p = HandParse.of("La présidence tournante change chaque année.").edge("ROOT", "root", "change");
        assertEquals(Set.of(), p.rows(reading, "présidence"));
    }

    @Test
    void theOfficeOfTheHeadOfStateChairsNothing() {
        HandParse p = HandParse.of("Le ministre partira lundi, selon un communiqué de la présidence sud-africaine.")
                .entity("sud-africaine", "country:ZA").edge("présidence", "amod", "sud-africaine");
        assertEquals(Set.of(), p.rows(reading, "présidence"));
    }

    @Test
    void thePresidencyOfAStandingBodyIsNotTheMeetings() {
        HandParse p = HandParse.of("Le Kenya, qui a assuré la présidence de cette organisation, a salué le sommet.")
                .entity("Kenya", "country:KE").edge("assuré", "nsubj", "Kenya").edge("assuré", "obj", "présidence")
                .edge("présidence", "nmod:de", "organisation");
        assertEquals(Set.of(), p.rows(reading, "présidence"));
    }

    @Test
    void theAvecPhraseOfAPresidencyNamesAttendeesNoChairs() {
        // (h19-lists) the parse hangs `avec la participation de` on the presidency
        HandParse p = HandParse.of("La séance s'est tenue sous la présidence du Kenya, avec la participation de ses homologues du Chili et du Pérou.")
                .entity("Kenya", "country:KE").entity("Chili", "country:CL").entity("Pérou", "country:PE")
                .edge("tenue", "obl:sous", "présidence").edge("présidence", "nmod:de", "Kenya")
                .edge("présidence", "nmod:avec", "participation").edge("participation", "nmod:de", "homologues")
                .edge("homologues", "nmod:de", "Chili").edge("Chili", "conj:et", "Pérou");
        assertEquals(Set.of("CHAIR country:KE"), p.rows(reading, "présidence"));
    }

    @Test
    void theBodyAfterAStatesPresidencyIsPresidedNotAChair() {
        // (h19-lists) `sous la présidence chilienne de l'Union africaine`: the demonym reading (elsewhere) gives CL the chair
        HandParse p = HandParse.of("Le sommet s'est tenu sous la présidence chilienne de l'Union africaine.")
                .entity("chilienne", "country:CL").entity("Union africaine", "org:union-africaine")
                .edge("tenu", "obl:sous", "présidence").edge("présidence", "amod", "chilienne")
                .edge("présidence", "nmod:de", "Union");
        assertEquals(Set.of(), p.rows(reading, "présidence"));
    }

    @Test
    void aJointPresidencyWhoseAdjectiveTheParseTakesForANoun() {
        // (h21-gulf) `sous la présidence conjointe de l'émir du Kalistan, X, et de Y`: holders hung on `conjointe`
        HandParse p = HandParse.of("Le sommet se déroule sous la présidence conjointe du roi de Suède, Karl Berg, et de Ana Ruiz, présidente du Conseil.")
                .entity("Karl Berg", "person:karl-berg").entity("Ana Ruiz", "person:ana-ruiz").entity("Suède", "country:SE")
                .edge("déroule", "obl:sous", "présidence").edge("présidence", "appos", "conjointe")
                .edge("conjointe", "nmod:de", "roi").edge("roi", "nmod:de", "Suède")
                .edge("conjointe", "appos", "Karl").edge("conjointe", "appos", "Ana").edge("Karl", "conj:et", "Ana");
        assertEquals(Set.of("CHAIR person:karl-berg", "CHAIR person:ana-ruiz"), p.rows(reading, "présidence"));
    }

    @Test
    void anAdjectiveOfNoSharedPresidencyNamesNoHolder() {
        // (h21-gulf) only the adjectives of a shared presidency carry holders
        HandParse p = HandParse.of("Le sommet se déroule sous la présidence nouvelle, Karl Berg parlant.")
                .entity("Karl Berg", "person:karl-berg")
                .edge("déroule", "obl:sous", "présidence").edge("présidence", "appos", "nouvelle").edge("nouvelle", "appos", "Karl");
        assertEquals(Set.of(), p.rows(reading, "présidence"));
    }
}
