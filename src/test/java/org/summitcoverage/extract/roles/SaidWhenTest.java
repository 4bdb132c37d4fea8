package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SaidWhenTest {
    private static List<Token> tokens(String... words) {
        List<Token> out = new ArrayList<>();
        int pos = 0;
        for (String w : words) {
            out.add(new Token(out.size(), w, pos, pos + w.length(), ""));
            pos += w.length() + 1;
        }
        return out;
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
