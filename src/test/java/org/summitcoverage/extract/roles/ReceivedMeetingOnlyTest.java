package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;
import org.summitcoverage.model.RoleType;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReceivedMeetingOnlyTest {
    private static final HolderReading READING = new ReceivedMeetingOnly(new VerbReading());

    @Test
    void whoReceivesAMeetingHostsIt() {
        HandParse p = HandParse.of("La Mongolie, qui reçoit le forum, a renforcé la sécurité.")
                .entity("Mongolie", "country:MN").edge("Mongolie", "acl:relcl", "reçoit").edge("reçoit", "nsubj", "qui")
                .edge("reçoit", "obj", "forum").edge("renforcé", "nsubj", "Mongolie");
        assertEquals(Set.of("HOST country:MN"), p.rows(READING, "reçoit", RoleType.HOST));
    }

    @Test
    void whoReceivesGuestsOrAPresidencyHostsNothing() {
        HandParse p = HandParse.of("La Mongolie a reçu ses homologues du forum.")
                .entity("Mongolie", "country:MN").edge("reçu", "nsubj", "Mongolie").edge("reçu", "obj", "homologues");
        assertEquals(Set.of(), p.rows(READING, "reçu", RoleType.HOST));
        HandParse q = HandParse.of("La Mongolie a reçu la présidence du forum.")
                .entity("Mongolie", "country:MN").edge("reçu", "nsubj", "Mongolie").edge("reçu", "obj", "présidence");
        assertEquals(Set.of(), q.rows(READING, "reçu", RoleType.HOST));
    }

    @Test
    void whoConvenesAMeetingHostsIt() {
        HandParse p = HandParse.of("La réunion a été convoquée par le Malawi.")
                .entity("Malawi", "country:MW").edge("convoquée", "nsubj:pass", "réunion")
                .edge("convoquée", "aux:pass", "été").edge("convoquée", "obl:agent", "Malawi");
        assertEquals(Set.of("HOST country:MW"), p.rows(READING, "convoquée", RoleType.HOST));
        HandParse q = HandParse.of("Une réunion convoquée par le Malawi a suivi.")
                .entity("Malawi", "country:MW").edge("réunion", "acl", "convoquée").edge("convoquée", "obl:agent", "Malawi")
                .edge("suivi", "nsubj", "réunion");
        assertEquals(Set.of("HOST country:MW"), q.rows(READING, "convoquée", RoleType.HOST));
    }

    @Test
    void whoIsSummonedHostsNothing() {
        HandParse p = HandParse.of("L'ambassadeur a été convoqué par le ministre Paul Banda.")
                .entity("Paul Banda", "person:paul-banda").edge("convoqué", "nsubj:pass", "ambassadeur")
                .edge("convoqué", "aux:pass", "été").edge("convoqué", "obl:agent", "ministre").edge("ministre", "appos", "Paul");
        assertEquals(Set.of(), p.rows(READING, "convoqué", RoleType.HOST));
    }

    @Test
    void aCoordinatedClauseEndsTheListOfAgents() {
        // the parser hangs the clause `et a vu …` and what follows it on the first agent
        HandParse p = HandParse.of("La réunion a été convoquée par le Malawi, la Zambie et la Suède et a vu la participation"
                        + " des ministres de l'Inde, ainsi que des représentants de l'OMS.")
                .entity("Malawi", "country:MW").entity("Zambie", "country:ZM").entity("Suède", "country:SE")
                .entity("Inde", "country:IN").entity("OMS", "org:organisation-mondiale-de-la-sante")
                .edge("convoquée", "nsubj:pass", "réunion").edge("convoquée", "aux", "a").edge("convoquée", "aux:pass", "été")
                .edge("convoquée", "obl:agent", "Malawi").edge("Malawi", "conj", "Zambie").edge("Malawi", "conj", "Suède")
                .edge("Malawi", "conj", "vu").edge("vu", "aux", "a#2").edge("vu", "obj", "participation")
                .edge("participation", "nmod:de", "ministres").edge("ministres", "nmod:de", "Inde")
                .edge("Malawi", "conj", "représentants").edge("représentants", "nmod:de", "OMS").tag("vu", "VERB");
        assertEquals(Set.of("HOST country:MW", "HOST country:ZM", "HOST country:SE"),
                p.rows(READING, "convoquée", RoleType.HOST));
    }
}
