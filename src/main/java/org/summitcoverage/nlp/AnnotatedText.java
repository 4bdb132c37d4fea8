package org.summitcoverage.nlp;

import java.util.List;

/** The cleaned text with sentences, tokens and NER labels: the output of the nlp stage. */
public record AnnotatedText(String text, List<Sentence> sentences) {
    public AnnotatedText {
        sentences = List.copyOf(sentences);
    }

    public int tokenCount() {
        int n = 0;
        for (Sentence s : sentences) {
            n += s.tokens().size();
        }
        return n;
    }
}
