package org.summitcoverage.nlp;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The texts the models see keep the cleaned text's length, so that offsets match (no model loaded). */
class CoreNlpAnnotatorTextTest {
    @Test
    void taggerTextHasPlainApostrophesAndSpaces() {
        String text = "L’Inde a signé\u00A0: « oui\u202F»";
        String tagged = CoreNlpAnnotator.forTagger(text);
        assertEquals(text.length(), tagged.length());
        assertEquals("L'Inde a signé : « oui »", tagged);
    }

    @Test
    void parserTextUnglueslElidedConjunctionsAtTheSameLength() {
        String text = "Lorsqu’il signe, la France suit, puisqu'elle l'a promis; quoiqu'il arrive, jusqu'à Paris.";
        String parsed = CoreNlpAnnotator.forParser(text);
        assertEquals(text.length(), parsed.length());
        assertEquals("Quand  il signe, la France suit, comme  elle l'a promis; quoiqu'il arrive, jusqu'à Paris.", parsed);
    }
}
