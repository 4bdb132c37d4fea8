package org.summitcoverage.model;

import java.util.Objects;

/**
 * One input article as read from the corpus, before any cleaning.
 * {@code rawText} is already decoded; {@code html} is true when it still holds markup; {@code note} says what
 * reading it lost (bytes that were not valid text), for the row's reason, or is "".
 */
public record Article(ArticleMeta meta, String rawText, boolean html, String note) {
    public Article {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(rawText, "rawText");
        note = note == null ? "" : note;
    }

    public Article(ArticleMeta meta, String rawText, boolean html) {
        this(meta, rawText, html, "");
    }

    public String articleId() {
        return meta.articleId();
    }
}
