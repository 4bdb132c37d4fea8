package org.summitcoverage.spark;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.summitcoverage.model.ArticleAnalysis;
import org.summitcoverage.report.ArticleTable;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The rows of one per-article table, from the cached analyses, lazily, typed for the table's schema; articles →
 * {@code duplicate_of} from the broadcast groups of copies.
 */
final class TableRows implements FlatMapFunction<Iterator<ArticleAnalysis>, Row> {
    private static final long serialVersionUID = 1L;
    private final ArticleTable table;
    private final StructType schema;
    private final FailOnce failOnce;
    private final boolean csv;
    private final Broadcast<HashMap<String, String>> duplicates;

    TableRows(ArticleTable table, FailOnce failOnce, boolean csv, Broadcast<HashMap<String, String>> duplicates) {
        this.table = table;
        this.schema = SparkTables.schema(table.columns());
        this.failOnce = failOnce;
        this.csv = csv;
        this.duplicates = duplicates;
    }

    StructType schema() {
        return schema;
    }

    private java.util.List<Map<String, Object>> rows(ArticleAnalysis a) {
        java.util.List<Map<String, Object>> rows = table.rows(a);
        if (table != ArticleTable.ARTICLES) {
            return rows;
        }
        Map<String, Object> row = new LinkedHashMap<>(rows.get(0));
        row.put("duplicate_of", duplicates.value().getOrDefault(a.articleId(), ""));
        return java.util.List.of(row);
    }

    @Override
    public Iterator<Row> call(Iterator<ArticleAnalysis> it) {
        boolean armed = failOnce.armed();
        return new Iterator<>() {
            Iterator<Map<String, Object>> current = Collections.emptyIterator();
            int emitted;

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && it.hasNext()) {
                    current = rows(it.next()).iterator();
                }
                return current.hasNext();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                failOnce.check(armed, emitted++);
                return SparkTables.row(current.next(), schema, csv);
            }
        };
    }
}
