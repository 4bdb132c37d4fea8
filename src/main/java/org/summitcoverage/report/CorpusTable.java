package org.summitcoverage.report;

import java.util.List;
import java.util.Map;

/**
 * A table computed over the whole corpus by a {@link CorpusStep}: its name (summary → summary.csv, or the
 * summary/ folder on Spark), its columns, its rows in output order, and the key under which summary.json
 * repeats them (null: not in summary.json).
 */
public record CorpusTable(String name, List<String> columns, List<Map<String, Object>> rows, String summaryJsonKey) {
    public CorpusTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
