package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** (h30-marges) A clause passive of signing with `entre`: the parties signed. */
class SignedBetweenPartiesTest {
    private static final HolderReading READING = new SignedBetweenParties(new VerbReading());

    @Test
    void thePartiesOfAPassiveSigningSign() {
        HandParse p = HandParse.of("En marge du sommet, trois accords ont été signés entre le Niger et le Bénin.")
                .entity("Niger", "country:NE").entity("Bénin", "country:BJ")
                .edge("signés", "nsubj:pass", "accords").edge("signés", "aux", "ont").edge("signés", "aux:pass", "été")
                .edge("signés", "obl:entre", "Niger").edge("signés", "obl:entre", "Bénin").edge("Niger", "conj:et", "Bénin")
                .edge("Niger", "case", "entre").tag("signés", "VERB");
        assertEquals(Set.of("SIGNATORY country:NE", "SIGNATORY country:BJ"), p.rows(READING, "signés"));
    }

    @Test
    void aBareParticipleOnItsNounNamesNoParty() {
        HandParse p = HandParse.of("Les dirigeants ont salué l'accord signé entre le Niger et le Bénin.")
                .entity("Niger", "country:NE").entity("Bénin", "country:BJ")
                .edge("salué", "obj", "accord").edge("accord", "acl", "signé")
                .edge("signé", "obl:entre", "Niger").edge("signé", "obl:entre", "Bénin").edge("Niger", "case", "entre")
                .tag("signé", "VERB");
        assertEquals(Set.of(), p.rows(READING, "signé"));
    }

    @Test
    void anAdoptionIsNoSigningBetweenParties() {
        HandParse p = HandParse.of("La déclaration a été adoptée entre le Niger et le Bénin.")
                .entity("Niger", "country:NE").entity("Bénin", "country:BJ")
                .edge("adoptée", "nsubj:pass", "déclaration").edge("adoptée", "aux:pass", "été")
                .edge("adoptée", "obl:entre", "Niger").edge("adoptée", "obl:entre", "Bénin").edge("Niger", "case", "entre")
                .tag("adoptée", "VERB");
        assertEquals(Set.of(), p.rows(READING, "adoptée"));
    }
}
