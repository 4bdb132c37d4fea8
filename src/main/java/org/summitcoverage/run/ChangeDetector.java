package org.summitcoverage.run;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.summitcoverage.report.SpreadsheetCells;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What changed since a previous run (issue 6): entities and role assertions that appeared or
 * disappeared, keyed by entity (and role and event), each with the articles that support it; and (issue 18) the
 * corpus-level events, the consolidated roles of event_roles.csv and their conflicts, each with its articles
 * (through event_articles.csv) and its number of distinct reports (articles.csv → {@code duplicate_of}). A
 * previous run written before those files existed has no events: they all count as added.
 */
public final class ChangeDetector {
    private ChangeDetector() {
    }

    /** A key of the comparison with its display fields and supporting articles. */
    private record Item(String kind, String entityId, String type, String name, String role, String eventId,
                        String conflict, TreeSet<String> articles) {
    }

    /** The entities, role assertions and events of one run, keyed for the comparison. */
    public static final class Snapshot {
        private final Map<String, Item> items = new TreeMap<>();
        /** article → the report it belongs to (itself, or the article it is a copy of). */
        private final Map<String, String> reportOf = new HashMap<>();
    }

    /**
     * The previous run in {@code dir}, read before the analysis so that a damaged one costs nothing: an empty
     * snapshot (with a note on stderr) when the folder holds no run yet.
     *
     * @throws IOException naming the file and what is wrong with it, when it cannot be read as a run
     */
    public static Snapshot read(Path dir, java.io.PrintStream err) throws IOException {
        if (Files.isRegularFile(dir.resolve("entities.csv")) && Files.isRegularFile(dir.resolve("roles.csv"))) {
            return snapshot(dir::resolve);
        }
        // The first night of a schedule has nothing to compare with: everything is new, not a failure.
        err.println("summit-coverage: no previous run in " + dir + "; every row counts as added");
        return new Snapshot();
    }

    /** What was added and removed between {@code before} and the current run's files (wherever {@code file} says). */
    public static List<Map<String, Object>> compare(Snapshot before, Function<String, Path> current) throws IOException {
        Snapshot after = snapshot(current);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map.Entry<String, Item> e : after.items.entrySet()) {
            if (!before.items.containsKey(e.getKey())) {
                out.add(row("added", e.getValue(), after));
            }
        }
        for (Map.Entry<String, Item> e : before.items.entrySet()) {
            if (!after.items.containsKey(e.getKey())) {
                out.add(row("removed", e.getValue(), before));
            }
        }
        return out;
    }

    private static Snapshot snapshot(Function<String, Path> file) throws IOException {
        Snapshot s = new Snapshot();
        Map<String, Item> into = s.items;
        Path articles = file.apply("articles.csv");
        if (Files.isRegularFile(articles)) {
            List<String> columns = header(articles).contains("duplicate_of") ? List.of("article_id", "duplicate_of")
                    : List.of("article_id");
            for (Map<String, String> r : records(articles, columns)) {
                String copyOf = r.getOrDefault("duplicate_of", "");
                s.reportOf.put(r.get("article_id"), copyOf.isEmpty() ? r.get("article_id") : copyOf);
            }
        }
        for (Map<String, String> r : records(file.apply("entities.csv"), List.of("article_id", "entity_id", "type",
                "canonical_name"))) {
            String key = "entity|" + r.get("entity_id");
            into.computeIfAbsent(key, k -> new Item("entity", r.get("entity_id"), r.get("type"),
                    r.get("canonical_name"), "", "", "", new TreeSet<>())).articles().add(r.get("article_id"));
        }
        List<Map<String, String>> roles = records(file.apply("roles.csv"), List.of("article_id", "role", "entity_id",
                "type", "canonical_name", "event_id"));
        for (Map<String, String> r : roles) {
            String key = "role|" + r.get("role") + "|" + r.get("entity_id") + "|" + r.get("event_id");
            into.computeIfAbsent(key, k -> new Item("role", r.get("entity_id"), r.get("type"), r.get("canonical_name"),
                    r.get("role"), r.get("event_id"), "", new TreeSet<>())).articles().add(r.get("article_id"));
        }
        Path events = file.apply("events.csv");
        Path eventRoles = file.apply("event_roles.csv");
        Path eventArticles = file.apply("event_articles.csv");
        if (Files.isRegularFile(events) && Files.isRegularFile(eventRoles) && Files.isRegularFile(eventArticles)) {
            readEvents(events, eventRoles, eventArticles, roles, into);
        }
        return s;
    }

    private static void readEvents(Path events, Path eventRoles, Path eventArticles, List<Map<String, String>> roles,
                                   Map<String, Item> into) throws IOException {
        Map<String, String> eventOf = new HashMap<>();
        Map<String, TreeSet<String>> articlesOf = new HashMap<>();
        for (Map<String, String> r : records(eventArticles, List.of("event_id", "article_id", "local_event_id"))) {
            eventOf.put(r.get("article_id") + "|" + r.get("local_event_id"), r.get("event_id"));
            articlesOf.computeIfAbsent(r.get("event_id"), k -> new TreeSet<>()).add(r.get("article_id"));
        }
        for (Map<String, String> r : records(events, List.of("event_id", "canonical_name"))) {
            into.put("event|" + r.get("event_id"), new Item("event", r.get("event_id"), "EVENT", r.get("canonical_name"),
                    "", r.get("event_id"), "", articlesOf.getOrDefault(r.get("event_id"), new TreeSet<>())));
        }
        // the articles of a consolidated role: its rows of roles.csv, their event read through event_articles.csv
        Map<String, TreeSet<String>> support = new HashMap<>();
        for (Map<String, String> r : roles) {
            String event = eventOf.getOrDefault(r.get("article_id") + "|" + r.get("event_id"), "");
            support.computeIfAbsent(event + "|" + r.get("role") + "|" + r.get("entity_id"), k -> new TreeSet<>())
                    .add(r.get("article_id"));
        }
        for (Map<String, String> r : records(eventRoles, List.of("event_id", "role", "entity_id", "type",
                "canonical_name", "conflict"))) {
            String key = r.get("event_id") + "|" + r.get("role") + "|" + r.get("entity_id");
            TreeSet<String> articles = support.getOrDefault(key, new TreeSet<>());
            into.put("event_role|" + key, new Item("event_role", r.get("entity_id"), r.get("type"),
                    r.get("canonical_name"), r.get("role"), r.get("event_id"), "", articles));
            if (!r.get("conflict").isEmpty()) {
                into.put("conflict|" + key, new Item("conflict", r.get("entity_id"), r.get("type"),
                        r.get("canonical_name"), r.get("role"), r.get("event_id"), r.get("conflict"), articles));
            }
        }
    }

    private static List<String> header(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            return p.getHeaderNames();
        } catch (java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new IOException(file + ": malformed CSV: " + e.getMessage(), e);
        }
    }
    /** The rows of a CSV file of the contract, values unescaped; a malformed file or a missing column throws. */
    private static List<Map<String, String>> records(Path file, List<String> columns) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            List<String> missing = new ArrayList<>(columns);
            missing.removeAll(p.getHeaderNames());
            if (!missing.isEmpty()) {
                throw new IOException(file + ": no column " + String.join(", ", missing));
            }
            List<Map<String, String>> out = new ArrayList<>();
            for (CSVRecord r : p) {
                if (!r.isConsistent()) {
                    throw new IOException(file + ": line " + r.getRecordNumber() + " has " + r.size() + " fields, not "
                            + p.getHeaderNames().size());
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (String c : columns) {
                    row.put(c, SpreadsheetCells.unescape(r.get(c)));
                }
                out.add(row);
            }
            return out;
        } catch (java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new IOException(file + ": malformed CSV: " + (e.getCause() != null ? e.getCause().getMessage()
                    : e.getMessage()), e);
        }
    }

    private static Map<String, Object> row(String change, Item i, Snapshot of) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("change", change);
        r.put("kind", i.kind());
        r.put("entity_id", i.entityId());
        r.put("type", i.type());
        r.put("canonical_name", i.name());
        r.put("role", i.role());
        r.put("event_id", i.eventId());
        r.put("articles", String.join(";", i.articles()));
        Set<String> reports = new HashSet<>();
        for (String a : i.articles()) {
            reports.add(of.reportOf.getOrDefault(a, a));
        }
        r.put("reports", reports.size());
        r.put("conflict", i.conflict());
        return r;
    }
}
