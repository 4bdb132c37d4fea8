package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;
import org.summitcoverage.nlp.Sentence;
import org.summitcoverage.nlp.Token;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class SourcePrefixTest {
    private static final RoleWords WORDS = RoleWords.load(org.summitcoverage.dict.Dictionaries.shared());

    private static String words(Sentence s) {
        return s.tokens().stream().map(Token::word).collect(Collectors.joining(" "));
    }

    @Test
    void theSourceBeforeTheCuesIsLeftOutOfTheParse() {
        HandParse p = HandParse.of("Selon l'agence Lindau Presse, le Chili et le Pérou font partie des pays qui n'ont pas signé la charte.");
        Sentence parsed = SourcePrefix.without(p.last(), List.of(p.hit("signé")), WORDS);
        assertEquals("le Chili et le Pérou font partie des pays qui n' ont pas signé la charte .", words(parsed));
        assertEquals(p.last().tokens().stream().filter(t -> t.word().equals("le")).findFirst().orElseThrow().start(), parsed.start());
    }

    @Test
    void aCueInsideTheSourceOrNoSourceKeepsTheWholeSentence() {
        HandParse p = HandParse.of("Selon les pays signataires, la charte du sommet de Lindau entre en vigueur demain.");
        assertSame(p.last(), SourcePrefix.without(p.last(), List.of(p.hit("signataires")), WORDS));
        HandParse q = HandParse.of("Le Chili et le Pérou, selon l'agence, n'ont pas signé la charte.");
        assertSame(q.last(), SourcePrefix.without(q.last(), List.of(q.hit("signé")), WORDS));
    }

    @Test
    void theNameOfASpokesmanInAppositionBelongsToTheSource() {
        HandParse p = HandParse.of("D'après le porte-parole du ministère, Paul Durand, le Chili et le Pérou n'ont pas signé la charte.");
        assertEquals("le Chili et le Pérou n' ont pas signé la charte .", words(SourcePrefix.without(p.last(), List.of(p.hit("signé")), WORDS)));
        HandParse q = HandParse.of("Selon la liste, Paul Durand, Ana Soto et Li Wei ont signé la charte.");
        assertEquals("Paul Durand , Ana Soto et Li Wei ont signé la charte .", words(SourcePrefix.without(q.last(), List.of(q.hit("signé")), WORDS)));
    }
}
