package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** (h30-marges) A witness phrase ends the search for an unnamed title's person: the witness signs nothing. */
class WitnessEndsTitlePhraseTest {
    private static final HolderReading READING = new VerbReading();

    @Test
    void theWitnessIsNoSigningTitlesPerson() {
        HandParse p = HandParse.of("Le traité a été signé par les ministres des deux pays sous les yeux du président Kofi Mensah.")
                .entity("Kofi Mensah", "person:kofi-mensah")
                .edge("signé", "nsubj:pass", "traité").edge("signé", "aux", "a").edge("signé", "aux:pass", "été")
                .edge("signé", "obl:agent", "ministres").edge("ministres", "case", "par").edge("ministres", "nmod:de", "pays")
                .edge("signé", "obl:sous", "yeux").edge("yeux", "nmod:de", "président").edge("président", "appos", "Kofi")
                .tag("signé", "VERB");
        assertEquals(Set.of(), p.rows(READING, "signé"));
    }

    @Test
    void aTitlesPersonRightAfterItStillSigns() {
        HandParse p = HandParse.of("Le traité a été signé par le ministre Kofi Mensah sous les yeux du roi.")
                .entity("Kofi Mensah", "person:kofi-mensah")
                .edge("signé", "nsubj:pass", "traité").edge("signé", "aux", "a").edge("signé", "aux:pass", "été")
                .edge("signé", "obl:agent", "ministre").edge("ministre", "case", "par").edge("ministre", "appos", "Kofi")
                .edge("signé", "obl:sous", "yeux").edge("yeux", "nmod:de", "roi")
                .tag("signé", "VERB");
        assertEquals(Set.of("SIGNATORY person:kofi-mensah"), p.rows(READING, "signé"));
    }
}
