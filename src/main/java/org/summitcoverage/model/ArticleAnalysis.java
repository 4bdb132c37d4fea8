package org.summitcoverage.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything the pipeline says about one article: the row of articles.csv plus its entities,
 * mentions and roles. A skipped or errored article has a reason and empty lists.
 */
public record ArticleAnalysis(ArticleMeta meta, Status status, String reason, String language, String text,
                              int sentences, int tokens, List<Entity> entities, List<Mention> mentions,
                              List<Role> roles, StageTimes times) implements java.io.Serializable {
    public ArticleAnalysis {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(status, "status");
        reason = reason == null ? "" : reason;
        language = language == null ? "" : language;
        text = text == null ? "" : text;
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
        roles = List.copyOf(roles);
        times = times == null ? StageTimes.NONE : times;
    }

    public static ArticleAnalysis notAnalysed(ArticleMeta meta, Status status, String reason, String language) {
        return new ArticleAnalysis(meta, status, reason, language, "", 0, 0, List.of(), List.of(), List.of(), null);
    }

    public String articleId() {
        return meta.articleId();
    }
}
