package org.summitcoverage.nlp;

import java.util.List;

/** A sentence of the cleaned text with its tokens; {@code index} counts from 0 in the article. */
public record Sentence(int index, int start, int end, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public String text(String document) {
        return document.substring(start, end);
    }
}
