package org.summitcoverage.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.summitcoverage.link.Reprints;
import org.summitcoverage.model.ArticleAnalysis;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams analysed articles into the output files of the local runner as they come (rows are written, not
 * kept): one CSV per {@link ArticleTable} and articles.jsonl. {@link #completeArticles} adds to articles.csv what
 * only the whole corpus says; {@link #writeCorpusTables} and {@link #finish} write the corpus-level tables,
 * summary.json and the manifest into the same uncommitted folder.
 *
 * <p>articles.csv → {@code duplicate_of} depends on articles not yet read when a row is due. Its rows are written
 * as they come with the column empty, into a held-back temporary file; once the corpus is complete,
 * {@link #completeArticles} copies that file record by record into the real one, filling the column from the
 * groups of copies. Memory stays flat (one record at a time; the groups are the run's {@link Reprints}), and the
 * cost is one more pass over articles.csv, whose rows are short. articles.jsonl is not rewritten (its records hold
 * whole texts): it keeps what the article alone says, and is what {@code --incremental} reads back.
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

    /** Copies the held-back articles.csv into its final file with {@code duplicate_of} filled (see the class). */
    public void completeArticles(Reprints reprints) throws IOException {
        close();
        Path held = folder.current("articles.csv");
        Path done = folder.successor("articles.csv");
        int duplicateOf = Columns.ARTICLES.indexOf("duplicate_of");
        try (Reader in = Files.newBufferedReader(held, StandardCharsets.UTF_8);
             CSVParser records = CsvTable.FORMAT.parse(in);
             CSVPrinter out = new CSVPrinter(Files.newBufferedWriter(done, StandardCharsets.UTF_8), CsvTable.FORMAT)) {
            int ordinal = -1;
            for (CSVRecord r : records) {
                List<String> values = new ArrayList<>(r.toList());
                if (ordinal >= 0) {
                    // the values are already as the file writes them: only the new cell needs the formula policy
                    values.set(duplicateOf, SpreadsheetCells.escape(reprints.duplicateOf(ordinal)));
                }
                out.printRecord(values);
                ordinal++;
            }
            if (ordinal != reprints.size()) {
                throw new IOException("articles.csv holds " + ordinal + " rows for " + reprints.size() + " articles");
            }
        }
        Files.deleteIfExists(held);
    }

    /** Writes the corpus-level tables. */
    public void writeCorpusTables(List<CorpusTable> corpusTables) throws IOException {
        close();
        for (CorpusTable t : corpusTables) {
            writeCsv(t.name(), t.columns(), t.rows());
        }
    }

    /**
     * Writes changes.csv (when {@code changes} is given), summary.json (the run's totals, the corpus tables that
     * name a key, the changes) and the manifest.
     */
    public void finish(Map<String, Object> runTotals, List<CorpusTable> corpusTables,
                       List<Map<String, Object>> changes, byte[] manifest) throws IOException {
        close();
        Map<String, Object> summaryJson = new LinkedHashMap<>();
        summaryJson.put("run", runTotals);
        for (CorpusTable t : corpusTables) {
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
