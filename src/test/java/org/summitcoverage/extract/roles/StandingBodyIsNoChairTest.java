package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Chairing a standing body is no role of the summit (ANNOTATION.md § Roles). */
class StandingBodyIsNoChairTest {
    private static final HolderReading READING = new StandingBodyIsNoChair(new VerbReading());

    @Test
    void anAcronymOfAnOrganisationIsThatStandingBody() {
        // (h27-arabe) `qui préside l'OEA`: the Organisation's standing presidency, even in an article on its summit
        HandParse p = HandParse.of("Le 9e Sommet de l'OEA s'est ouvert à Lima.",
                        "Le Pérou, qui préside l'OEA, cédera sa place au Chili.")
                .entity("Sommet de l'OEA", "event:9e-sommet-de-l-oea").entity("Pérou", "country:PE")
                .entity("OEA", "org:organisation-des-etats-americains").entity("Chili", "country:CL")
                .edge("Pérou", "acl:relcl", "préside").edge("préside", "nsubj", "qui").edge("préside", "obj", "OEA")
                .edge("cédera", "nsubj", "Pérou").tag("préside", "VERB");
        assertEquals(Set.of(), p.rows(READING, "préside"));
    }

    @Test
    void aGroupNamedAfterNoStandingNounStillChairsItsSummit() {
        // `qui préside le G20` in an article on the G20's summit chairs it
        HandParse p = HandParse.of("Le Sommet du G20 s'est ouvert à Lima.",
                        "Le Pérou, qui préside le G20, a pris la parole.")
                .entity("Sommet du G20", "event:sommet-du-g20").entity("Pérou", "country:PE").entity("G20", "org:groupe-des-vingt")
                .edge("Pérou", "acl:relcl", "préside").edge("préside", "nsubj", "qui").edge("préside", "obj", "G20")
                .tag("préside", "VERB");
        assertEquals(Set.of("CHAIR country:PE"), p.rows(READING, "préside"));
    }

    @Test
    void theParticipleOfAStandingBodyChairsNoMeeting() {
        // (h28-ia) `Le Conseil des ministres, présidé mercredi par X, a adopté une communication sur le sommet`
        HandParse p = HandParse.of("Le Conseil des ministres, présidé mercredi par Paulo Neves, a adopté une communication sur le sommet.")
                .entity("Paulo Neves", "person:paulo-neves")
                .edge("adopté", "nsubj", "Conseil").edge("Conseil", "acl", "présidé").edge("présidé", "obl:agent", "Paulo")
                .edge("Paulo", "flat:name", "Neves").tag("présidé", "VERB");
        assertEquals(Set.of(), p.rows(READING, "présidé"));
    }

    @Test
    void theParticipleOfAMeetingStillChairsIt() {
        HandParse p = HandParse.of("La réunion, présidée mercredi par Paulo Neves, a adopté une déclaration.")
                .entity("Paulo Neves", "person:paulo-neves")
                .edge("adopté", "nsubj", "réunion").edge("réunion", "acl", "présidée").edge("présidée", "obl:agent", "Paulo")
                .edge("Paulo", "flat:name", "Neves").tag("présidée", "VERB");
        assertEquals(Set.of("CHAIR person:paulo-neves"), p.rows(READING, "présidée"));
    }

    @Test
    void thePassiveSubjectThatIsAStandingBodyChairsNoMeeting() {
        HandParse p = HandParse.of("La Commission a été présidée par Paulo Neves jusqu'en mai.")
                .entity("Paulo Neves", "person:paulo-neves")
                .edge("présidée", "nsubj:pass", "Commission").edge("présidée", "obl:agent", "Paulo")
                .edge("Paulo", "flat:name", "Neves").tag("présidée", "VERB");
        assertEquals(Set.of(), p.rows(READING, "présidée"));
    }

    @Test
    void aChairForATermOfOfficeIsTheStandingBodys() {
        // (h28-asie) `présidera le forum pour les deux prochaines années`: a term of office, not the meeting's days
        HandParse p = HandParse.of("Le Chili présidera le forum pour les deux prochaines années.")
                .entity("Chili", "country:CL").edge("présidera", "nsubj", "Chili").edge("présidera", "obj", "forum")
                .edge("présidera", "obl:pour", "années").tag("présidera", "VERB");
        assertEquals(Set.of(), p.rows(READING, "présidera"));
    }

    @Test
    void aChairForTheMeetingsDaysStillChairs() {
        HandParse p = HandParse.of("Le Chili présidera le forum pour deux jours.")
                .entity("Chili", "country:CL").edge("présidera", "nsubj", "Chili").edge("présidera", "obj", "forum")
                .edge("présidera", "obl:pour", "jours").tag("présidera", "VERB");
        assertEquals(Set.of("CHAIR country:CL"), p.rows(READING, "présidera"));
    }
}
