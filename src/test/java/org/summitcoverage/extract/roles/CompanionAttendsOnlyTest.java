package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import org.summitcoverage.model.Mention;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** (h30-marges) A companion set off after `accompagné de` attends; the item after `, et le` holds the role again. */
class CompanionAttendsOnlyTest {
    private static final HolderReading READING = new CompanionAttendsOnly(new VerbReading());

    private static HandParse chairs(String sentence) {
        return HandParse.of(sentence)
                .entity("Hassan Idrissi", "person:hassan-idrissi").entity("Karim Idrissi", "person:karim-idrissi")
                .entity("Oumar Keita", "person:oumar-keita")
                .edge("présidé", "nsubj", "roi").edge("roi", "appos", "Hassan").edge("roi", "conj", "président")
                .edge("roi", "acl", "accompagné").edge("accompagné", "obl:de", "prince").edge("prince", "appos", "Karim")
                .edge("président", "appos", "Oumar").edge("présidé", "aux", "ont").edge("présidé", "obj", "cérémonie")
                .tag("présidé", "VERB");
    }

    @Test
    void theCompanionAttendsAndTheOtherItemChairs() {
        HandParse p = chairs("Le roi Hassan Idrissi, accompagné du prince Karim Idrissi, et le président Oumar Keita ont présidé la cérémonie.")
                .edge("prince", "conj", "Oumar");
        assertEquals(Set.of("CHAIR person:hassan-idrissi", "CHAIR person:oumar-keita", "PARTICIPANT person:karim-idrissi"),
                p.rows(READING, "présidé"));
    }

    @Test
    void aCompanionCoordinatedByEtDeAttendsToo() {
        HandParse p = HandParse.of("Le roi Hassan Idrissi, accompagné du prince Karim Idrissi et du prince Oumar Keita, a présidé la cérémonie.")
                .entity("Hassan Idrissi", "person:hassan-idrissi").entity("Karim Idrissi", "person:karim-idrissi")
                .entity("Oumar Keita", "person:oumar-keita");
        SentenceGraph g = p.graph();
        Mention keita = p.mentions().stream().filter(m -> m.entityId().equals("person:oumar-keita")).findFirst().orElseThrow();
        Mention king = p.mentions().stream().filter(m -> m.entityId().equals("person:hassan-idrissi")).findFirst().orElseThrow();
        assertTrue(CompanionAttendsOnly.isCompanion(g, keita));
        assertFalse(CompanionAttendsOnly.isCompanion(g, king));
    }
}
