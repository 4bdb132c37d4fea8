package org.summitcoverage.report;

import org.summitcoverage.model.ArticleAnalysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The per-article tables of the contract: each article gives its rows to each table, in input order. The local
 * writer makes a CSV file of each, the Spark job a folder; both take the rows from here.
 */
public enum ArticleTable {
    ARTICLES("articles", Columns.ARTICLES, a -> List.of(Rows.article(a))),
    ENTITIES("entities", Columns.ENTITIES, a -> map(a, a.entities(), Rows::entity)),
    MENTIONS("mentions", Columns.MENTIONS, a -> map(a, a.mentions(), Rows::mention)),
    ROLES("roles", Columns.ROLES, a -> map(a, a.roles(), Rows::role));

    private final String tableName;
    private final List<String> columns;
    private final Function<ArticleAnalysis, List<Map<String, Object>>> rows;

    ArticleTable(String tableName, List<String> columns, Function<ArticleAnalysis, List<Map<String, Object>>> rows) {
        this.tableName = tableName;
        this.columns = columns;
        this.rows = rows;
    }

    public String tableName() {
        return tableName;
    }

    public List<String> columns() {
        return columns;
    }

    /** The rows {@code a} gives to this table, as ordered maps keyed by column name. */
    public List<Map<String, Object>> rows(ArticleAnalysis a) {
        return rows.apply(a);
    }

    private interface RowOf<T> {
        Map<String, Object> row(String articleId, T item);
    }

    private static <T> List<Map<String, Object>> map(ArticleAnalysis a, List<T> items, RowOf<T> row) {
        List<Map<String, Object>> out = new ArrayList<>(items.size());
        for (T item : items) {
            out.add(row.row(a.articleId(), item));
        }
        return out;
    }
}
