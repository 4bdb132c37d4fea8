package org.summitcoverage.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.summitcoverage.model.ArticleAnalysis;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams analysed articles into the output files of the local runner as they come (rows are written, not
 * kept): one CSV per {@link ArticleTable} and articles.jsonl. {@link #finish} writes the corpus-level tables,
 * summary.json and the manifest into the same uncommitted folder.
 */
public final class RunWriter implements Closeable {
    public static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private final OutputFolder folder;
    private final Map<ArticleTable, CsvTable> tables = new EnumMap<>(ArticleTable.class);
    private final BufferedWriter jsonl;
    private boolean closed;

    public RunWriter(OutputFolder folder) throws IOException {
        this.folder = folder;
        for (ArticleTable t : ArticleTable.values()) {
            tables.put(t, new CsvTable(folder.temp(t.tableName() + ".csv"), t.columns()));
        }
        this.jsonl = Files.newBufferedWriter(folder.temp("articles.jsonl"), StandardCharsets.UTF_8);
    }

    public void write(ArticleAnalysis a) throws IOException {
        Map<String, Object> obj = new LinkedHashMap<>();
        for (ArticleTable t : ArticleTable.values()) {
            List<Map<String, Object>> rows = t.rows(a);
            for (Map<String, Object> row : rows) {
                tables.get(t).write(row);
            }
            if (t == ArticleTable.ARTICLES) {
                obj.putAll(rows.get(0));
                obj.put("text", a.text());
            } else {
                obj.put(t.tableName(), rows);
            }
        }
        jsonl.write(JSON.writeValueAsString(obj));
        jsonl.write('\n');
    }

    /**
     * Writes the corpus-level tables, changes.csv (when {@code changes} is given), summary.json (the run's
     * totals, the tables that name a key, the changes) and the manifest.
     */
    public void finish(Map<String, Object> runTotals, List<CorpusTable> corpusTables,
                       List<Map<String, Object>> changes, byte[] manifest) throws IOException {
        close();
        Map<String, Object> summaryJson = new LinkedHashMap<>();
        summaryJson.put("run", runTotals);
        for (CorpusTable t : corpusTables) {
            writeCsv(t.name(), t.columns(), t.rows());
            if (t.summaryJsonKey() != null) {
                summaryJson.put(t.summaryJsonKey(), t.rows());
            }
        }
        if (changes != null) {
            writeCsv("changes", Columns.CHANGES, changes);
            summaryJson.put("changes", changes);
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(folder.temp("summary.json").toFile(), summaryJson);
        Files.write(folder.temp("manifest.json"), manifest);
    }

    private void writeCsv(String name, List<String> columns, List<Map<String, Object>> rows) throws IOException {
        try (CsvTable t = new CsvTable(folder.temp(name + ".csv"), columns)) {
            for (Map<String, Object> row : rows) {
                t.write(row);
            }
        }
    }

    public OutputFolder folder() {
        return folder;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        for (CsvTable t : tables.values()) {
            t.close();
        }
        jsonl.close();
    }
}
