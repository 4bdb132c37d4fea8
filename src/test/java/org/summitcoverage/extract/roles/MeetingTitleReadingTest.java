package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MeetingTitleReadingTest {
    private static Set<String> rows(HandParse p) {
        Set<String> out = new TreeSet<>();
        new MeetingTitleReading(HandParse.WORDS).read(p.annotated(), p.mentions(), "", 0).forEach(t -> out.add(
                t.finding().role() + " " + t.finding().mention().entityId() + " @" + t.sentenceIndex()));
        return out;
    }

    @Test
    void aTitleOfTheMeetingInApposition() {
        HandParse p = HandParse.of("« Le texte est équilibré », a estimé Ana Ruiz, présidente de la conférence, devant la presse.")
                .entity("Ana Ruiz", "person:ana-ruiz");
        assertEquals(Set.of("CHAIR person:ana-ruiz @0"), rows(p));
    }

    @Test
    void aSecondTitleAfterAnotherOne() {
        HandParse p = HandParse.of("Luis Mora, le ministre de l'Environnement du Chili et président du 12e sommet, a ouvert les débats.")
                .entity("Luis Mora", "person:luis-mora").entity("Chili", "country:CL");
        assertEquals(Set.of("CHAIR person:luis-mora @0"), rows(p));
    }

    @Test
    void theTitleBeforeTheNameAndAnElection() {
        HandParse p = HandParse.of("Le président de la réunion, Kofi Boateng, a salué le texte.",
                        "Ana Ruiz a été élue présidente de la session plénière.")
                .entity("Kofi Boateng", "person:kofi-boateng").entity("Ana Ruiz", "person:ana-ruiz");
        assertEquals(Set.of("CHAIR person:kofi-boateng @0", "CHAIR person:ana-ruiz @1"), rows(p));
    }

    @Test
    void aTitleOfAStateABodyOrAnotherMeetingIsNoChair() {
        HandParse p = HandParse.of("Luis Mora, président de la République, a rencontré Ana Ruiz, ancienne présidente de la conférence.")
                .entity("Luis Mora", "person:luis-mora").entity("Ana Ruiz", "person:ana-ruiz");
        assertEquals(Set.of(), rows(p));
    }

    @Test
    void anEditionPointedAtIsThisMeeting() {
        // (h20-decl) `cette édition` names the article's meeting; a bare `l'édition` names none
        HandParse p = HandParse.of("Après une intervention de Selim Okan, président de cette édition, le texte a été adopté.",
                        "Ana Ruiz, présidente de l'édition, a salué le texte.")
                .entity("Selim Okan", "person:selim-okan").entity("Ana Ruiz", "person:ana-ruiz");
        assertEquals(Set.of("CHAIR person:selim-okan @0"), rows(p));
    }

    @Test
    void theNameRunOnAfterTheTitleWithoutAComma() {
        // (h25-climat) `a annoncé le président de la conférence X`: the name follows the title as after any title
        HandParse p = HandParse.of("Un accord a été conclu, a indiqué jeudi le président de la conférence Kofi Boateng.",
                        "La présidente de la séance Ana Ruiz a clos les débats.")
                .entity("Kofi Boateng", "person:kofi-boateng").entity("Ana Ruiz", "person:ana-ruiz");
        assertEquals(Set.of("CHAIR person:kofi-boateng @0", "CHAIR person:ana-ruiz @1"), rows(p));
    }

    @Test
    void aWordOtherThanANameAfterTheTitleIsNoApposition() {
        HandParse p = HandParse.of("Le président de la conférence a remercié Kofi Boateng.")
                .entity("Kofi Boateng", "person:kofi-boateng");
        assertEquals(Set.of(), rows(p));
    }
}
