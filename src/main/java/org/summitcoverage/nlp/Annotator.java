package org.summitcoverage.nlp;

/** The nlp stage: what the extractors need from a statistical toolkit. */
public interface Annotator {
    /** Sentences, tokens and NER labels of the whole text. */
    AnnotatedText annotate(String text);

    /** The dependency parse of one sentence of {@code doc}; called only for sentences with a role cue. */
    ParsedSentence parse(AnnotatedText doc, Sentence sentence);
}
