package org.summitcoverage.spark;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.summitcoverage.model.ArticleAnalysis;
import org.summitcoverage.report.ArticleTable;

import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;

/** The rows of one per-article table, from the cached analyses, lazily, typed for the table's schema. */
final class TableRows implements FlatMapFunction<Iterator<ArticleAnalysis>, Row> {
    private static final long serialVersionUID = 1L;
    private final ArticleTable table;
    private final StructType schema;
    private final FailOnce failOnce;
    private final boolean csv;

    TableRows(ArticleTable table, FailOnce failOnce, boolean csv) {
        this.table = table;
        this.schema = SparkTables.schema(table.columns());
        this.failOnce = failOnce;
        this.csv = csv;
    }

    StructType schema() {
        return schema;
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
                    current = table.rows(it.next()).iterator();
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
