package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;
import org.summitcoverage.extract.HandTokens;
import org.summitcoverage.nlp.Token;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SaidWhenTest {
    private static List<Token> tokens(String... words) {
        return HandTokens.words(words);
    }

    @Test
    void aDateBetweenTheVerbOfSayingAndQueIsPassedOver() {
        // (h25-climat) `a annoncé in extremis, mercredi 29 novembre, qu'elle assisterait`: the verb is `annoncé`
        List<Token> toks = tokens("X", "a", "annoncé", "in", "extremis", ",", "mercredi", "29", "novembre", ",", "qu'", "elle", "assisterait");
        assertEquals(2, SaidWhen.before(HandParse.WORDS, toks, 9));
        toks = tokens("X", "a", "annoncé", "mercredi", "qu'", "elle", "assisterait");
        assertEquals(2, SaidWhen.before(HandParse.WORDS, toks, 3));
    }

    @Test
    void anyOtherWordEndsTheDate() {
        // `a annoncé le texte qu'elle …`: `texte` is no date; the word before `que` stays the one looked at
        List<Token> toks = tokens("X", "a", "annoncé", "le", "texte", "qu'", "elle", "signerait");
        assertEquals(4, SaidWhen.before(HandParse.WORDS, toks, 4));
    }
}
