package org.summitcoverage.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The files of one run's output folder, read into memory for the HTML report. A missing file is
 * not an error: it is recorded in {@link #missingFiles} and the report says so.
 */
public final class ReportData {

    static final String ARTICLES = "articles.csv";
    static final String ROLES = "roles.csv";
    static final String SUMMARY = "summary.csv";
    static final String MANIFEST = "manifest.json";
    static final String CHANGES = "changes.csv";
    static final String EVENTS = "events.csv";
    static final String EVENT_ROLES = "event_roles.csv";
    static final String EVENT_ARTICLES = "event_articles.csv";

    record ArticleRow(String articleId, String sourcePath, String url, String title, String published,
            String source, String language, String status, String reason, String duplicateOf) {
    }

    record RoleRow(String articleId, String role, String entityId, String type, String canonicalName,
            String eventId, String onBehalfOf, String trigger, int sentenceIndex, String evidence,
            double confidence) {
    }

    /** {@code reports} is -1 for a summary.csv written before the column existed. */
    record SummaryRow(String entityId, String type, String canonicalName, String countryCode, long articles,
            long mentions, long reports) {
    }

    record ChangeRow(String change, String kind, String entityId, String type, String canonicalName,
            String role, String eventId, List<String> articles, long reports, String conflict) {
    }

    /** A row of events.csv. */
    record EventRow(String eventId, String canonicalName, List<String> names, String place, String countryCode,
            String startDate, long articles, long reports) {
    }

    /** A row of event_roles.csv. */
    record EventRoleRow(String eventId, String role, String entityId, String type, String canonicalName,
            long reports, long articles, String firstPublished, String evidenceArticleId, String evidence,
            String conflict) {
    }

    record Skipped(String articleId, String sourcePath, String status, String reason) {
    }

    /** What manifest.json says about the run; fields are empty when the manifest is missing. */
    record Manifest(boolean present, String toolVersion, String startedAt, String finishedAt,
            Map<String, Long> counts, List<Skipped> skipped, Map<String, String> options,
            Map<String, String> other) {
    }

    final List<ArticleRow> articles;
    final Map<String, ArticleRow> articlesById;
    final List<RoleRow> roles;
    final List<SummaryRow> summary;
    final Map<String, SummaryRow> summaryById;
    /** {@code null} when the run has no changes.csv (nothing was compared). */
    final List<ChangeRow> changes;
    /** {@code null} for a run written before events.csv, event_roles.csv and event_articles.csv existed. */
    final Events events;
    final Manifest manifest;
    final List<String> missingFiles;

    /** The three event files of a run. */
    record Events(List<EventRow> events, List<EventRoleRow> roles, Map<String, String> eventOfLocal) {
        /** The corpus event of an article's own event id ("" for its roles of no event). */
        String eventOf(String articleId, String localEventId) {
            return eventOfLocal.getOrDefault(articleId + "\n" + localEventId, "");
        }
    }

    private ReportData(List<ArticleRow> articles, List<RoleRow> roles, List<SummaryRow> summary,
            List<ChangeRow> changes, Events events, Manifest manifest, List<String> missingFiles) {
        this.articles = List.copyOf(articles);
        Map<String, ArticleRow> byId = new HashMap<>();
        for (ArticleRow a : articles) {
            byId.putIfAbsent(a.articleId(), a);
        }
        this.articlesById = Collections.unmodifiableMap(byId);
        this.roles = List.copyOf(roles);
        this.summary = List.copyOf(summary);
        Map<String, SummaryRow> sById = new HashMap<>();
        for (SummaryRow s : summary) {
            sById.putIfAbsent(s.entityId(), s);
        }
        this.summaryById = Collections.unmodifiableMap(sById);
        this.changes = changes == null ? null : List.copyOf(changes);
        this.events = events;
        this.manifest = manifest;
        this.missingFiles = List.copyOf(missingFiles);
    }

    static ReportData load(Path dir) throws IOException {
        return load(dir::resolve);
    }

    /** Reads the run's files wherever {@code file} says they are (a committed folder, or a run's pending files). */
    public static ReportData load(java.util.function.Function<String, Path> file) throws IOException {
        List<String> missing = new ArrayList<>();
        List<ArticleRow> articles = new ArrayList<>();
        readCsv(file.apply(ARTICLES), missing, r -> articles.add(new ArticleRow(
                get(r, "article_id"), get(r, "source_path"), get(r, "url"), get(r, "title"),
                get(r, "published"), get(r, "source"), get(r, "language"), get(r, "status"),
                get(r, "reason"), get(r, "duplicate_of"))));
        List<RoleRow> roles = new ArrayList<>();
        readCsv(file.apply(ROLES), missing, r -> roles.add(new RoleRow(
                get(r, "article_id"), get(r, "role"), get(r, "entity_id"), get(r, "type"),
                get(r, "canonical_name"), get(r, "event_id"), get(r, "on_behalf_of"), get(r, "trigger"),
                (int) parseLong(get(r, "sentence_index"), -1), get(r, "evidence"),
                parseDouble(get(r, "confidence")))));
        List<SummaryRow> summary = new ArrayList<>();
        readCsv(file.apply(SUMMARY), missing, r -> summary.add(new SummaryRow(
                get(r, "entity_id"), get(r, "type"), get(r, "canonical_name"), get(r, "country_code"),
                parseLong(get(r, "articles"), 0), parseLong(get(r, "mentions"), 0), parseLong(get(r, "reports"), -1))));
        List<ChangeRow> changes = null;
        Path changesFile = file.apply(CHANGES);
        if (Files.isRegularFile(changesFile)) {
            List<ChangeRow> rows = new ArrayList<>();
            readCsv(changesFile, missing, r -> rows.add(new ChangeRow(
                    get(r, "change"), get(r, "kind"), get(r, "entity_id"), get(r, "type"),
                    get(r, "canonical_name"), get(r, "role"), get(r, "event_id"),
                    splitIds(get(r, "articles")), parseLong(get(r, "reports"), -1), get(r, "conflict"))));
            changes = rows;
        }
        Events events = readEvents(file, missing);
        Manifest manifest = readManifest(file.apply(MANIFEST), missing);
        return new ReportData(articles, roles, summary, changes, events, manifest, missing);
    }

    /** The event files, or null when the run has none of them (written before they existed). */
    private static Events readEvents(java.util.function.Function<String, Path> file, List<String> missing)
            throws IOException {
        List<String> names = List.of(EVENTS, EVENT_ROLES, EVENT_ARTICLES);
        if (names.stream().noneMatch(n -> Files.isRegularFile(file.apply(n)))) {
            return null;
        }
        List<EventRow> events = new ArrayList<>();
        readCsv(file.apply(EVENTS), missing, r -> events.add(new EventRow(get(r, "event_id"), get(r, "canonical_name"),
                splitNames(get(r, "names")), get(r, "place"), get(r, "country_code"), get(r, "start_date"),
                parseLong(get(r, "articles"), 0), parseLong(get(r, "reports"), 0))));
        List<EventRoleRow> roles = new ArrayList<>();
        readCsv(file.apply(EVENT_ROLES), missing, r -> roles.add(new EventRoleRow(get(r, "event_id"), get(r, "role"),
                get(r, "entity_id"), get(r, "type"), get(r, "canonical_name"), parseLong(get(r, "reports"), 0),
                parseLong(get(r, "articles"), 0), get(r, "first_published"), get(r, "evidence_article_id"),
                get(r, "evidence"), get(r, "conflict"))));
        Map<String, String> eventOf = new HashMap<>();
        readCsv(file.apply(EVENT_ARTICLES), missing, r -> eventOf.put(get(r, "article_id") + "\n"
                + get(r, "local_event_id"), get(r, "event_id")));
        return new Events(List.copyOf(events), List.copyOf(roles), Map.copyOf(eventOf));
    }

    private static List<String> splitNames(String s) {
        List<String> out = new ArrayList<>();
        for (String part : s.split(" \\| ")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- CSV

    private interface RowSink {
        void accept(CSVRecord record);
    }

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .get();

    private static void readCsv(Path file, List<String> missing, RowSink sink) throws IOException {
        if (!Files.isRegularFile(file)) {
            missing.add(file.getFileName().toString());
            return;
        }
        try (Reader reader = skipBom(Files.newBufferedReader(file, StandardCharsets.UTF_8));
                CSVParser parser = FORMAT.parse(reader)) {
            for (CSVRecord record : parser) {
                sink.accept(record);
            }
        } catch (UncheckedIOException e) {
            throw new IOException(file + ": " + e.getCause().getMessage(), e.getCause());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IOException(file + ": malformed CSV: " + e.getMessage(), e);
        }
    }

    private static Reader skipBom(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    /** The value of a column, or "" when the column is absent or the record is short. */
    private static String get(CSVRecord r, String column) {
        if (!r.isMapped(column) || !r.isSet(column)) {
            return "";
        }
        String v = SpreadsheetCells.unescape(r.get(column));
        return v == null ? "" : v.strip();
    }

    static long parseLong(String s, long fallback) {
        if (s == null || s.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            try {
                return (long) Double.parseDouble(s.strip());
            } catch (NumberFormatException e2) {
                return fallback;
            }
        }
    }

    private static double parseDouble(String s) {
        if (s == null || s.isBlank()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static List<String> splitIds(String s) {
        List<String> ids = new ArrayList<>();
        for (String part : s.split(";")) {
            String id = part.strip();
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        return ids;
    }

    // ---------------------------------------------------------------- manifest.json

    private static Manifest readManifest(Path file, List<String> missing) throws IOException {
        if (!Files.isRegularFile(file)) {
            missing.add(file.getFileName().toString());
            return new Manifest(false, "", "", "", Map.of(), List.of(), Map.of(), Map.of());
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException(file + ": malformed JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IOException(file + ": expected a JSON object");
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        JsonNode c = root.path("counts");
        for (Map.Entry<String, JsonNode> e : c.properties()) {
            if (e.getValue().isNumber() || e.getValue().isTextual()) {
                counts.put(e.getKey(), parseLong(e.getValue().asText(), 0));
            }
        }
        List<Skipped> skipped = new ArrayList<>();
        for (JsonNode s : root.path("skipped")) {
            skipped.add(new Skipped(text(s, "article_id"), text(s, "source_path"), text(s, "status"),
                    text(s, "reason")));
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : root.path("options").properties()) {
            options.put(e.getKey(), display(e.getValue()));
        }
        Map<String, String> other = new LinkedHashMap<>();
        List<String> handled = List.of("tool_version", "started_at", "finished_at", "counts", "skipped", "options");
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            if (!handled.contains(e.getKey())) {
                other.put(e.getKey(), summarize(e.getValue()));
            }
        }
        return new Manifest(true, text(root, "tool_version"), text(root, "started_at"),
                text(root, "finished_at"), counts, skipped, options, other);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isValueNode() && !v.isNull() ? v.asText().strip() : "";
    }

    /** A JSON value as one line of text: scalars as themselves, the rest as compact JSON. */
    private static String display(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "";
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }

    /** Like {@link #display} but a large array or object is reduced to its size. */
    private static String summarize(JsonNode v) {
        if (v.isArray() && v.size() > 5) {
            return v.size() + " éléments";
        }
        if (v.isObject()) {
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<String, JsonNode> e : v.properties()) {
                if (sb.length() > 0) {
                    sb.append(", ");
                }
                JsonNode val = e.getValue();
                sb.append(e.getKey()).append(" = ")
                        .append(val.isContainerNode() && val.size() > 5 ? val.size() + " éléments" : display(val));
            }
            return sb.toString();
        }
        return display(v);
    }
}
