package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OpeningReadingTest {
    private final OpeningReading reading = new OpeningReading();

    @Test
    void whoOpensTheMeetingAttends() {
        HandParse p = HandParse.of("Le forum sera ouvert à midi par Ana Ruiz.")
                .entity("Ana Ruiz", "person:ana-ruiz").edge("ouvert", "nsubj:pass", "forum").edge("ouvert", "obl:agent", "Ana");
        assertEquals(Set.of("PARTICIPANT person:ana-ruiz"), p.rows(reading, "ouvert"));
    }

    @Test
    void openingSomethingElseIsNoAttendance() {
        HandParse p = HandParse.of("Ana Ruiz a ouvert la voie au compromis.")
                .entity("Ana Ruiz", "person:ana-ruiz").edge("ouvert", "nsubj", "Ana").edge("ouvert", "obj", "voie");
        assertEquals(Set.of(), p.rows(reading, "ouvert"));
    }

    @Test
    void aStateThatOpensAConferenceHostsIt() {
        HandParse p = HandParse.of("Le Chili ouvre la conférence.")
                .entity("Chili", "country:CL").edge("ouvre", "nsubj", "Chili").edge("ouvre", "obj", "conférence");
        assertEquals(Set.of(), p.rows(reading, "ouvre"));
    }

    @Test
    void whoTheMeetingStartsWithAttends() {
        HandParse p = HandParse.of("La séance a débuté avec la présidente du comité, Ana Ruiz.")
                .entity("Ana Ruiz", "person:ana-ruiz").edge("débuté", "nsubj", "séance").edge("débuté", "obl:mod", "présidente").edge("présidente", "case", "avec")
                .edge("présidente", "appos", "Ana");
        assertEquals(Set.of("PARTICIPANT person:ana-ruiz"), p.rows(reading, "débuté"));
    }

    // (h19-host) an infinitive after a verb of motion in a relative clause: `qui` stands for the clause's antecedent
    @Test
    void whoComesToCloseTheMeetingInARelativeClauseAttends() {
        HandParse p = HandParse.of("Le bilan a été présenté par Ana Ruiz, qui est venue clôturer la conférence.")
                .entity("Ana Ruiz", "person:ana-ruiz")
                .edge("présenté", "obl:agent", "Ana").edge("Ana", "flat:name", "Ruiz").edge("Ana", "acl:relcl", "venue")
                .edge("venue", "nsubj", "qui").edge("venue", "aux", "est").edge("venue", "xcomp", "clôturer")
                .edge("clôturer", "obj", "conférence");
        assertEquals(Set.of("PARTICIPANT person:ana-ruiz"), p.rows(reading, "clôturer"));
    }

    @Test
    void aPronounForTheMeetingOfThePreviousSentence() {
        // (h21-gulf) `Il a été ouvert par X` after a sentence that opens on the meeting
        HandParse p = HandParse.of("Le sommet de Lindau a débuté lundi.", "Il a été ouvert par Ana Ruiz.")
                .entity("Ana Ruiz", "person:ana-ruiz").edge("ouvert", "nsubj:pass", "Il").edge("ouvert", "obl:agent", "Ana");
        assertEquals(Set.of("PARTICIPANT person:ana-ruiz"), p.rows(reading, "ouvert"));
    }

    @Test
    void aPronounForSomethingElseOpensNoMeeting() {
        // (h21-gulf) the previous sentence opens on a road, not on the meeting
        HandParse p = HandParse.of("Le pont de Lindau a rouvert avant le sommet.", "Il a été ouvert par Ana Ruiz.")
                .entity("Ana Ruiz", "person:ana-ruiz").edge("ouvert", "nsubj:pass", "Il").edge("ouvert", "obl:agent", "Ana");
        assertEquals(Set.of(), p.rows(reading, "ouvert"));
    }

    @Test
    void aMeetingTheParserHangsAsABareOblAfterAdverbialsIsStillOpened() {
        // (h26-amerique) `a officiellement ouvert mardi à Quito le 3e sommet`: the object parsed as `obl`, no preposition
        HandParse p = HandParse.of("La présidente Ana Ruiz a officiellement ouvert mardi à Quito le 3e sommet andin.")
                .entity("Ana Ruiz", "person:ana-ruiz").entity("Quito", "location:quito")
                .edge("ouvert", "nsubj", "présidente").edge("présidente", "appos", "Ana").edge("ouvert", "aux", "a")
                .edge("ouvert", "obl", "mardi").edge("ouvert", "obl:à", "Quito").edge("Quito", "case", "à")
                .edge("ouvert", "obl", "sommet").edge("sommet", "det", "le");
        assertEquals(Set.of("PARTICIPANT person:ana-ruiz"), p.rows(reading, "ouvert"));
    }

    @Test
    void aBareOblThatIsNoMeetingOpensNothing() {
        HandParse p = HandParse.of("La présidente Ana Ruiz a officiellement ouvert mardi à Quito le nouveau pont.")
                .entity("Ana Ruiz", "person:ana-ruiz").entity("Quito", "location:quito")
                .edge("ouvert", "nsubj", "présidente").edge("présidente", "appos", "Ana").edge("ouvert", "aux", "a")
                .edge("ouvert", "obl", "mardi").edge("ouvert", "obl:à", "Quito").edge("Quito", "case", "à")
                .edge("ouvert", "obl", "pont").edge("pont", "det", "le");
        assertEquals(Set.of(), p.rows(reading, "ouvert"));
    }
}
