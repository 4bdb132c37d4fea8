package org.summitcoverage.spark;

import org.summitcoverage.model.ArticleAnalysis;
import org.summitcoverage.model.Entity;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.Role;
import org.summitcoverage.model.StageTimes;
import org.summitcoverage.report.Rows;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The output rows of one analysed article, built on the executor from {@link ArticleAnalysis} through
 * {@link Rows} (the same row builder the local writer uses), as plain serialisable values: this is what
 * Spark caches between the analysis and the writes. No CoreNLP object ever leaves the executor.
 */
final class ArticleRows implements Serializable {
    private static final long serialVersionUID = 1L;

    final long ordinal;
    final Object[] article;
    final List<Object[]> entities;
    final List<Object[]> mentions;
    final List<Object[]> roles;
    /** clean, language, nlp, parse, extract: nanoseconds spent on this article. */
    final long[] nanos;

    private ArticleRows(long ordinal, Object[] article, List<Object[]> entities, List<Object[]> mentions,
                        List<Object[]> roles, long[] nanos) {
        this.ordinal = ordinal;
        this.article = article;
        this.entities = entities;
        this.mentions = mentions;
        this.roles = roles;
        this.nanos = nanos;
    }

    static ArticleRows of(long ordinal, ArticleAnalysis a) {
        String id = a.articleId();
        List<Object[]> e = new ArrayList<>(a.entities().size());
        for (Entity x : a.entities()) {
            e.add(SparkTables.values(Rows.entity(id, x), SparkTables.ENTITIES));
        }
        List<Object[]> m = new ArrayList<>(a.mentions().size());
        for (Mention x : a.mentions()) {
            m.add(SparkTables.values(Rows.mention(id, x), SparkTables.MENTIONS));
        }
        List<Object[]> r = new ArrayList<>(a.roles().size());
        for (Role x : a.roles()) {
            r.add(SparkTables.values(Rows.role(id, x), SparkTables.ROLES));
        }
        StageTimes t = a.times();
        return new ArticleRows(ordinal, SparkTables.values(Rows.article(a), SparkTables.ARTICLES), e, m, r,
                new long[]{t.cleanNanos(), t.languageNanos(), t.nlpNanos(), t.parseNanos(), t.extractNanos()});
    }
}
