package org.summitcoverage.nlp;

import org.summitcoverage.dict.TextFolding;

import java.util.Objects;

/**
 * A token of the cleaned text: its word, character offsets (end exclusive) and the raw NER label. A value, compared
 * and hashed by those five fields as the record it was; a class so that it can keep its folded word.
 */
public final class Token {
    private final int index;
    private final String word;
    private final int start;
    private final int end;
    private final String ner;
    /** {@link TextFolding#fold} of the word, on first use (a pure function, so a race only computes it twice). */
    private String folded;

    public Token(int index, String word, int start, int end, String ner) {
        this.index = index;
        this.word = word;
        this.start = start;
        this.end = end;
        this.ner = ner;
    }

    public int index() {
        return index;
    }

    public String word() {
        return word;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public String ner() {
        return ner;
    }

    /**
     * The word folded ({@link TextFolding#fold}: case, accents, apostrophes). The rules compare every token with their
     * lists many times over; folding each token once was 10 % of their time.
     */
    public String folded() {
        String f = folded;
        if (f == null) {
            f = TextFolding.fold(word);
            folded = f;
        }
        return f;
    }

    public boolean isCapitalized() {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && index == t.index && start == t.start && end == t.end
                && Objects.equals(word, t.word) && Objects.equals(ner, t.ner);
    }

    /** The record's hash (each field in turn, {@code 31 * h + field}), so that hashed collections keep their order. */
    @Override
    public int hashCode() {
        int h = Integer.hashCode(index);
        h = 31 * h + Objects.hashCode(word);
        h = 31 * h + Integer.hashCode(start);
        h = 31 * h + Integer.hashCode(end);
        return 31 * h + Objects.hashCode(ner);
    }

    @Override
    public String toString() {
        return "Token[index=" + index + ", word=" + word + ", start=" + start + ", end=" + end + ", ner=" + ner + "]";
    }
}
