package org.summitcoverage.report;

import org.summitcoverage.model.ArticleAnalysis;
import org.summitcoverage.model.ArticleMeta;
import org.summitcoverage.model.Entity;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.Role;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One place that turns the records into output rows, as ordered maps keyed by column name, so the CSV
 * files and the JSON objects always carry the same fields with the same values.
 */
public final class Rows {
    private Rows() {
    }

    public static Map<String, Object> article(ArticleAnalysis a) {
        ArticleMeta m = a.meta();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("article_id", m.articleId());
        r.put("source_path", m.sourcePath());
        r.put("url", nz(m.url()));
        r.put("title", nz(m.title()));
        r.put("published", nz(m.published()));
        r.put("source", nz(m.source()));
        r.put("language", a.language());
        r.put("status", a.status().label());
        r.put("reason", a.reason());
        r.put("chars", a.text().length());
        r.put("sentences", a.sentences());
        r.put("tokens", a.tokens());
        r.put("entities", a.entities().size());
        r.put("roles", a.roles().size());
        r.put("sha256", nz(m.sha256()));
        return r;
    }

    public static Map<String, Object> entity(String articleId, Entity e) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("article_id", articleId);
        r.put("entity_id", e.entityId());
        r.put("type", e.type().name());
        r.put("canonical_name", e.canonicalName());
        r.put("country_code", e.countryCode());
        r.put("mentions", e.mentions());
        r.put("first_start", e.firstStart());
        return r;
    }

    public static Map<String, Object> mention(String articleId, Mention m) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("article_id", articleId);
        r.put("entity_id", m.entityId());
        r.put("type", m.type().name());
        r.put("text", m.text());
        r.put("sentence_index", m.sentenceIndex());
        r.put("start", m.start());
        r.put("end", m.end());
        r.put("ner_label", m.nerLabel());
        r.put("method", m.method());
        return r;
    }

    public static Map<String, Object> role(String articleId, Role x) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("article_id", articleId);
        r.put("role", x.role().name());
        r.put("entity_id", x.entityId());
        r.put("type", x.type().name());
        r.put("canonical_name", x.canonicalName());
        r.put("event_id", x.eventId());
        r.put("on_behalf_of", x.onBehalfOf());
        r.put("trigger", x.trigger());
        r.put("sentence_index", x.sentenceIndex());
        r.put("evidence", x.evidence());
        r.put("confidence", formatConfidence(x.confidence()));
        r.put("rule", x.rule());
        return r;
    }

    /** Confidence with two decimals and a '.' whatever the locale, so CSVs are byte-stable; a number in JSON. */
    static java.math.BigDecimal formatConfidence(double c) {
        return java.math.BigDecimal.valueOf(c).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    static List<Object> values(Map<String, Object> row, List<String> columns) {
        return columns.stream().map(c -> {
            Object v = row.get(c);
            return v == null ? "" : v;
        }).toList();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
