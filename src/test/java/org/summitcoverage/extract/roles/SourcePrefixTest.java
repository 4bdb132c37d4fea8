package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;
import org.summitcoverage.nlp.Sentence;
import org.summitcoverage.nlp.Token;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class SourcePrefixTest {
    private static String words(Sentence s) {
        return s.tokens().stream().map(Token::word).collect(Collectors.joining(" "));
    }

    @Test
    void theSourceBeforeTheCuesIsLeftOutOfTheParse() {
        HandParse p = HandParse.of("Selon l'agence Lindau Presse, le Chili et le Pérou font partie des pays qui n'ont pas signé la charte.");
        Sentence parsed = SourcePrefix.without(p.last(), List.of(p.hit("signé")));
        assertEquals("le Chili et le Pérou font partie des pays qui n' ont pas signé la charte .", words(parsed));
        assertEquals(p.last().tokens().stream().filter(t -> t.word().equals("le")).findFirst().orElseThrow().start(), parsed.start());
    }

    @Test
    void aCueInsideTheSourceOrNoSourceKeepsTheWholeSentence() {
        HandParse p = HandParse.of("Selon les pays signataires, la charte du sommet de Lindau entre en vigueur demain.");
        assertSame(p.last(), SourcePrefix.without(p.last(), List.of(p.hit("signataires"))));
        HandParse q = HandParse.of("Le Chili et le Pérou, selon l'agence, n'ont pas signé la charte.");
        assertSame(q.last(), SourcePrefix.without(q.last(), List.of(q.hit("signé"))));
    }
}
