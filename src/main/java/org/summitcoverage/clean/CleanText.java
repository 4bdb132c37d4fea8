package org.summitcoverage.clean;

import java.util.Objects;

/**
 * The article body after furniture removal: paragraphs joined by blank lines. Every offset in the
 * output refers to {@code text}. {@code firstLineTitle} is the leading title-like line, when there is one.
 */
public record CleanText(String text, String firstLineTitle, int droppedLines) {
    public CleanText {
        Objects.requireNonNull(text, "text");
    }

    public boolean isEmpty() {
        return text.isBlank();
    }
}
