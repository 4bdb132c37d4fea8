package org.summitcoverage.model;

import java.util.Objects;

/** What we know about an input before analysing it: identity, provenance and metadata. */
public record ArticleMeta(String articleId, String sourcePath, String url, String title,
                          String published, String source, String sha256, long bytes) implements java.io.Serializable {
    public ArticleMeta {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(sourcePath, "sourcePath");
        if (articleId.isBlank()) {
            throw new IllegalArgumentException("articleId must not be blank");
        }
    }

    public ArticleMeta withMetadata(String newUrl, String newTitle, String newPublished, String newSource) {
        return new ArticleMeta(articleId, sourcePath, firstNonBlank(newUrl, url), firstNonBlank(newTitle, title),
                firstNonBlank(newPublished, published), firstNonBlank(newSource, source), sha256, bytes);
    }

    public ArticleMeta withArticleId(String newId) {
        return new ArticleMeta(newId, sourcePath, url, title, published, source, sha256, bytes);
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
