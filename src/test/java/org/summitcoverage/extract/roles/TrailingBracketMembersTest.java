package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A counted set of states as the subject, spelled out by the bracket that closes the sentence. */
class TrailingBracketMembersTest {
    private final SubjectReading reading = new SubjectReading();

    @Test
    void theClosingBracketListsTheCountedSubject() {
        HandParse p = HandParse.of("Trois pays ont signé la charte (le Ghana, le Mali et le Sénégal).")
                .entity("Ghana", "country:GH").entity("Mali", "country:ML").entity("Sénégal", "country:SN")
                .edge("signé", "nsubj", "pays").edge("pays", "nummod", "Trois").edge("signé", "obj", "charte")
                .edge("charte", "appos", "Ghana").edge("Ghana", "conj", "Mali").edge("Ghana", "conj", "Sénégal");
        assertEquals(Set.of("SIGNATORY country:GH", "SIGNATORY country:ML", "SIGNATORY country:SN"), p.rows(reading, "signé"));
    }

    @Test
    void aQuantityNounCountsItsComplement() {
        HandParse p = HandParse.of("Une vingtaine d'États ont adopté la charte (Ghana, Mali, Sénégal).")
                .entity("Ghana", "country:GH").entity("Mali", "country:ML").entity("Sénégal", "country:SN")
                .edge("adopté", "nsubj", "vingtaine").edge("vingtaine", "nmod:d'", "États").edge("adopté", "obj", "charte")
                .edge("charte", "appos", "Ghana").edge("Ghana", "conj", "Mali").edge("Ghana", "conj", "Sénégal");
        assertEquals(Set.of("SIGNATORY country:GH", "SIGNATORY country:ML", "SIGNATORY country:SN"), p.rows(reading, "adopté"));
    }

    @Test
    void oneNameInBracketsIsAGlossNotASet() {
        HandParse p = HandParse.of("Trente pays ont signé un accord créant la Zone de libre-échange (Zlec).")
                .entity("Zone de libre-échange", "org:zle").entity("Zlec", "org:zle")
                .edge("signé", "nsubj", "pays").edge("pays", "nummod", "Trente").edge("signé", "obj", "accord");
        assertEquals(Set.of(), p.rows(reading, "signé"));
    }

    @Test
    void aBracketThatSaysMoreThanNamesListsNoOne() {
        HandParse p = HandParse.of("Trois pays ont signé la charte (selon le Ghana et le Mali).")
                .entity("Ghana", "country:GH").entity("Mali", "country:ML")
                .edge("signé", "nsubj", "pays").edge("pays", "nummod", "Trois").edge("signé", "obj", "charte");
        assertEquals(Set.of(), p.rows(reading, "signé"));
    }

    @Test
    void aBracketInsideTheClauseListsNoOne() {
        HandParse p = HandParse.of("Trois pays (Ghana, Mali) et la Banque ont signé la charte à Accra.")
                .entity("Ghana", "country:GH").entity("Mali", "country:ML").entity("Banque", "org:banque")
                .edge("signé", "nsubj", "pays").edge("pays", "nummod", "Trois").edge("pays", "conj:et", "Banque")
                .edge("signé", "nsubj", "Banque").edge("signé", "obj", "charte");
        assertEquals(Set.of("SIGNATORY org:banque"), p.rows(reading, "signé"));
    }
}
