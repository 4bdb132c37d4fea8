package org.summitcoverage.nlp;

import java.util.List;

/** Decides which sentences the statistical name tagger has to read. */
@FunctionalInterface
public interface NameTaggingGate {
    /** The raw tagger, as the NER baseline needs it. */
    NameTaggingGate EVERY_SENTENCE = tokens -> true;

    /** {@code tokens}: the sentence's tokens as the tokenizer wrote them, not yet labelled. */
    boolean needsTagger(List<Token> tokens);
}
