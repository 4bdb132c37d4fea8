package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;
import org.summitcoverage.extract.HandTokens;
import org.summitcoverage.extract.roles.RoleCueLexicon.Hit;
import org.summitcoverage.nlp.Sentence;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** What `scope=clause` hands the parser: the clauses of the cues, never a list or a subject cut off. */
class ParseScopeTest {
    private static String scoped(String text, String... cueWords) {
        Sentence s = HandTokens.sentence(text);
        List<Hit> hits = HandParse.CUES.find(s.tokens()).stream()
                .filter(h -> h.role() != null && List.of(cueWords).contains(s.tokens().get(h.first()).word())).toList();
        assertEquals(cueWords.length, hits.stream().map(h -> s.tokens().get(h.first()).word()).distinct().count(), "cues of " + text);
        Sentence part = ParseScope.around(HandParse.WORDS, s, hits);
        return text.substring(part.start(), part.end());
    }

    @Test
    void aSemicolonEndsTheClauseOfTheCue() {
        assertEquals("le Gabon a signé la charte", scoped("La réunion s'est tenue à huis clos dans la matinée ; le Gabon a signé la charte", "signé"));
    }

    @Test
    void aSubordinateClauseWithItsOwnSubjectIsLeftOut() {
        assertEquals("Le Gabon a signé la charte", scoped("Le Gabon a signé la charte, tandis que le Tchad a demandé un délai.", "signé"));
        assertEquals("tandis que le Tchad a signé la charte.",
                scoped("Le Gabon a demandé un délai, tandis que le Tchad a signé la charte.", "signé"));
    }

    @Test
    void aCommaBeforeMaisKeepsTheSharedSubject() {
        String text = "Le Gabon a participé aux travaux, mais n'a pas signé la charte.";
        assertEquals(text, scoped(text, "signé"));
    }

    @Test
    void semicolonsAfterAColonSeparateListItems() {
        String text = "Ont signé la charte : le Gabon ; le Tchad ; le Niger.";
        assertEquals(text, scoped(text, "signé"));
    }

    @Test
    void semicolonsBetweenItemsOfAListAfterCommasBoundNothing() {
        String after = "La réunion a rassemblé les ministres du Gabon, du Tchad ; les envoyés du Niger et du Mali.";
        assertEquals(after, scoped(after, "rassemblé"));
        String before = "Les ministres du Gabon, du Tchad ; les envoyés du Niger et du Mali ont signé la charte.";
        assertEquals(before, scoped(before, "signé"));
    }

    @Test
    void cuesInTwoClausesKeepBoth() {
        String text = "Le Gabon a signé la charte ; le Tchad a refusé de signer.";
        assertEquals(text, scoped(text, "signé", "refusé"));
    }

    @Test
    void aCueCarriedFromThePreviousSentenceKeepsTheWholeSentence() {
        Sentence s = HandTokens.sentence("Parmi eux, le Gabon ; le Tchad.");
        Hit carried = new Hit(HandParse.CUES.find(HandTokens.sentence("a signé").tokens()).get(0).cue(), -1, -1, "signé");
        assertSame(s, ParseScope.around(HandParse.WORDS, s, List.of(carried)));
    }
}
