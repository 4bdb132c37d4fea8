package org.summitcoverage.nlp;

/** A token of the cleaned text: its word, character offsets (end exclusive) and the raw NER label. */
public record Token(int index, String word, int start, int end, String ner) {
    public boolean isCapitalized() {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }
}
