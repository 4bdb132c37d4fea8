package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** (h21-passing) A market analyst quoted on a summit comments from outside: no attendance. */
class CommentatorIsNoParticipantTest {
    private final HolderReading reading = new CommentatorIsNoParticipant(new QuotedSpeakerReading());

    @Test
    void anAnalystQuotedAfterTheQuotationAttendsNothing() {
        HandParse p = HandParse.of("Le sommet de Lindau s'ouvre lundi.",
                        "« Les marchés restent calmes », commente Paul Borel, analyste de Nordbank.")
                .entity("Paul Borel", "person:paul-borel")
                .edge("commente", "nsubj", "Paul").edge("Paul", "appos", "analyste");
        assertEquals(Set.of(), p.rows(reading, "commente"));
    }

    @Test
    void anAnalystNamedSoInAnEarlierSentenceAttendsNothing() {
        HandParse p = HandParse.of("Le sommet de Lindau s'ouvre lundi.", "Les marchés sont calmes, détaille Paul Borel, analyste de Nordbank.",
                        "« Tout dépend du sommet », note M. Borel.")
                .entity("Paul Borel", "person:paul-borel").entity("Borel", "person:paul-borel")
                .edge("note", "nsubj", "Borel");
        assertEquals(Set.of(), p.rows(reading, "note"));
    }

    @Test
    void aMinisterQuotedStillAttends() {
        HandParse p = HandParse.of("Le sommet de Lindau s'ouvre lundi.",
                        "« Il faut agir », a déclaré Paul Borel, ministre chilien des Finances.")
                .entity("Paul Borel", "person:paul-borel").entity("chilien", "country:CL")
                .edge("déclaré", "nsubj", "Paul").edge("Paul", "appos", "ministre");
        assertEquals(Set.of("PARTICIPANT person:paul-borel"), p.rows(reading, "déclaré"));
    }
}
