package org.summitcoverage.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.summitcoverage.model.ArticleAnalysis;
import org.summitcoverage.model.Entity;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.Role;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams analysed articles into the output files as they come (rows are written, not kept), keeps only
 * the corpus roll-up, and at {@link #finish} writes the summaries, manifest and report and commits the
 * folder atomically.
 */
public final class RunWriter implements Closeable {
    public static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private final OutputFolder folder;
    private final CsvTable articles;
    private final CsvTable entities;
    private final CsvTable mentions;
    private final CsvTable roles;
    private final BufferedWriter jsonl;
    private final CorpusRollup rollup = new CorpusRollup();
    private boolean closed;

    public RunWriter(OutputFolder folder) throws IOException {
        this.folder = folder;
        this.articles = new CsvTable(folder.temp("articles.csv"), Columns.ARTICLES);
        this.entities = new CsvTable(folder.temp("entities.csv"), Columns.ENTITIES);
        this.mentions = new CsvTable(folder.temp("mentions.csv"), Columns.MENTIONS);
        this.roles = new CsvTable(folder.temp("roles.csv"), Columns.ROLES);
        this.jsonl = Files.newBufferedWriter(folder.temp("articles.jsonl"), StandardCharsets.UTF_8);
    }

    public void write(ArticleAnalysis a) throws IOException {
        String id = a.articleId();
        Map<String, Object> articleRow = Rows.article(a);
        articles.write(articleRow);
        List<Map<String, Object>> e = new ArrayList<>();
        for (Entity x : a.entities()) {
            Map<String, Object> row = Rows.entity(id, x);
            entities.write(row);
            e.add(row);
        }
        List<Map<String, Object>> m = new ArrayList<>();
        for (Mention x : a.mentions()) {
            Map<String, Object> row = Rows.mention(id, x);
            mentions.write(row);
            m.add(row);
        }
        List<Map<String, Object>> r = new ArrayList<>();
        for (Role x : a.roles()) {
            Map<String, Object> row = Rows.role(id, x);
            roles.write(row);
            r.add(row);
        }
        Map<String, Object> obj = new LinkedHashMap<>(articleRow);
        obj.put("text", a.text());
        obj.put("entities", e);
        obj.put("mentions", m);
        obj.put("roles", r);
        jsonl.write(JSON.writeValueAsString(obj));
        jsonl.write('\n');
        rollup.add(a);
    }

    /** Writes summary.csv, summary.json (with {@code runTotals} and {@code changes} when given), and the manifest, then commits. */
    public List<Map<String, Object>> finish(Map<String, Object> runTotals, List<Map<String, Object>> changes,
                                            Map<String, Object> manifest) throws IOException {
        close();
        List<Map<String, Object>> summary = rollup.rows();
        try (CsvTable t = new CsvTable(folder.temp("summary.csv"), Columns.SUMMARY)) {
            for (Map<String, Object> row : summary) {
                t.write(row);
            }
        }
        if (changes != null) {
            try (CsvTable t = new CsvTable(folder.temp("changes.csv"), Columns.CHANGES)) {
                for (Map<String, Object> row : changes) {
                    t.write(row);
                }
            }
        }
        Map<String, Object> summaryJson = new LinkedHashMap<>();
        summaryJson.put("run", runTotals);
        summaryJson.put("entities", summary);
        if (changes != null) {
            summaryJson.put("changes", changes);
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(folder.temp("summary.json").toFile(), summaryJson);
        JSON.writerWithDefaultPrettyPrinter().writeValue(folder.temp("manifest.json").toFile(), manifest);
        return summary;
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
        articles.close();
        entities.close();
        mentions.close();
        roles.close();
        jsonl.close();
    }
}
