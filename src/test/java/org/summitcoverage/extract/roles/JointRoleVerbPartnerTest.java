package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * (h23-otan) A cue verb of a shared role (`copréside`) needs its partners: `avec` past the commas of an adverbial still
 * names them, where after a plain `préside` it only tells of company.
 */
class JointRoleVerbPartnerTest {
    private final AgentReading reading = new AgentReading();

    @Test
    void theAvecPhraseBetweenCommasNamesTheCoChairs() {
        HandParse p = HandParse.of("Le président Kofi Addaba copréside lundi, avec le chancelier suédois Lars Berg et la Première ministre péruvienne Ana Ruiz, une réunion de la coalition.")
                .entity("Kofi Addaba", "person:kofi-addaba").entity("suédois", "country:SE").entity("Lars Berg", "person:lars-berg")
                .entity("péruvienne", "country:PE").entity("Ana Ruiz", "person:ana-ruiz")
                .edge("copréside", "nsubj", "président").edge("président", "appos", "Kofi").edge("copréside", "obl:mod", "chancelier")
                .edge("copréside", "obl:mod", "ministre").edge("copréside", "obj", "réunion");
        assertEquals(Set.of("CHAIR person:lars-berg", "CHAIR person:ana-ruiz"), p.rows(reading, "copréside"));
    }

    @Test
    void afterAPlainChairVerbTheSamePhraseNamesNoPartner() {
        HandParse p = HandParse.of("Le président Kofi Addaba préside lundi, avec le chancelier suédois Lars Berg, une réunion de la coalition.")
                .entity("Kofi Addaba", "person:kofi-addaba").entity("suédois", "country:SE").entity("Lars Berg", "person:lars-berg")
                .edge("préside", "nsubj", "président").edge("président", "appos", "Kofi").edge("préside", "obl:mod", "chancelier")
                .edge("préside", "obj", "réunion");
        assertEquals(Set.of(), p.rows(reading, "préside"));
    }

    @Test
    void besideAfterAJointRoleVerbNamesTheCoChair() {
        HandParse p = HandParse.of("Le Kenya a coprésidé la session plénière aux côtés de la Norvège.")
                .entity("Kenya", "country:KE").entity("Norvège", "country:NO")
                .edge("coprésidé", "nsubj", "Kenya").edge("coprésidé", "obj", "session").edge("session", "nmod:de", "Norvège");
        assertEquals(Set.of("CHAIR country:NO"), p.rows(reading, "coprésidé"));
    }

    @Test
    void besideAfterAPlainChairVerbNamesNoPartner() {
        HandParse p = HandParse.of("Le Kenya a présidé la session plénière aux côtés de la Norvège.")
                .entity("Kenya", "country:KE").entity("Norvège", "country:NO")
                .edge("présidé", "nsubj", "Kenya").edge("présidé", "obj", "session").edge("session", "nmod:de", "Norvège");
        assertEquals(Set.of(), p.rows(reading, "présidé"));
    }

    @Test
    void aCoChairNamedByHisTitleAloneIsHisState() {
        HandParse p = HandParse.of("Le Kenya a coprésidé la session plénière avec le président ghanéen.")
                .entity("Kenya", "country:KE").entity("ghanéen", "country:GH")
                .edge("coprésidé", "nsubj", "Kenya").edge("coprésidé", "obj", "session").edge("session", "nmod:avec", "président")
                .edge("président", "amod", "ghanéen");
        assertEquals(Set.of("CHAIR country:GH"), p.rows(reading, "coprésidé"));
    }
}
