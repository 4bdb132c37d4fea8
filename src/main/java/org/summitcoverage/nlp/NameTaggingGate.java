package org.summitcoverage.nlp;

import java.util.BitSet;
import java.util.List;

/** Decides which sentences, and which words in them, the statistical name tagger has to read. */
@FunctionalInterface
public interface NameTaggingGate {
    /** The raw tagger, as the NER baseline needs it: every word of every sentence. */
    NameTaggingGate EVERY_SENTENCE = tokens -> {
        BitSet all = new BitSet(tokens.size());
        all.set(0, tokens.size());
        return all;
    };

    /**
     * The positions of the words whose label only the tagger can give; empty when the sentence needs no tagger.
     * {@code tokens}: the sentence's tokens as the tokenizer wrote them, not yet labelled.
     */
    BitSet wordsToTag(List<Token> tokens);

    default boolean needsTagger(List<Token> tokens) {
        return !wordsToTag(tokens).isEmpty();
    }
}
