package org.summitcoverage.model;

import java.util.Objects;

/**
 * One input article as read from the corpus, before any cleaning.
 * {@code rawText} is already decoded; {@code html} is true when it still holds markup.
 */
public record Article(ArticleMeta meta, String rawText, boolean html) {
    public Article {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(rawText, "rawText");
    }

    public String articleId() {
        return meta.articleId();
    }
}
