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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What changed since a previous run (issue 6): entities and role assertions that appeared or
 * disappeared, keyed by entity (and role and event), each with the articles that support it.
 */
public final class ChangeDetector {
    private ChangeDetector() {
    }

    /** A key of the comparison with its display fields and supporting articles. */
    private record Item(String kind, String entityId, String type, String name, String role, String eventId,
                        TreeSet<String> articles) {
    }

    /** The entities and role assertions of one run, keyed for the comparison. */
    public static final class Snapshot {
        private final Map<String, Item> items = new TreeMap<>();
    }

    /**
     * The previous run in {@code dir}, read before the analysis so that a damaged one costs nothing: an empty
     * snapshot (with a note on stderr) when the folder holds no run yet.
     *
     * @throws IOException naming the file and what is wrong with it, when it cannot be read as a run
     */
    public static Snapshot read(Path dir, java.io.PrintStream err) throws IOException {
        Snapshot s = new Snapshot();
        Path entities = dir.resolve("entities.csv");
        Path roles = dir.resolve("roles.csv");
        if (Files.isRegularFile(entities) && Files.isRegularFile(roles)) {
            readEntities(entities, s.items);
            readRoles(roles, s.items);
        } else {
            // The first night of a schedule has nothing to compare with: everything is new, not a failure.
            err.println("summit-coverage: no previous run in " + dir + "; every row counts as added");
        }
        return s;
    }

    /** What was added and removed between {@code before} and the current run's entity and role files. */
    public static List<Map<String, Object>> compare(Snapshot before, Path currentEntities, Path currentRoles)
            throws IOException {
        Map<String, Item> after = new TreeMap<>();
        readEntities(currentEntities, after);
        readRoles(currentRoles, after);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map.Entry<String, Item> e : after.entrySet()) {
            if (!before.items.containsKey(e.getKey())) {
                out.add(row("added", e.getValue()));
            }
        }
        for (Map.Entry<String, Item> e : before.items.entrySet()) {
            if (!after.containsKey(e.getKey())) {
                out.add(row("removed", e.getValue()));
            }
        }
        return out;
    }

    private static void readEntities(Path file, Map<String, Item> into) throws IOException {
        for (Map<String, String> r : records(file, List.of("article_id", "entity_id", "type", "canonical_name"))) {
            String key = "entity|" + r.get("entity_id");
            into.computeIfAbsent(key, k -> new Item("entity", r.get("entity_id"), r.get("type"),
                    r.get("canonical_name"), "", "", new TreeSet<>())).articles().add(r.get("article_id"));
        }
    }

    private static void readRoles(Path file, Map<String, Item> into) throws IOException {
        for (Map<String, String> r : records(file, List.of("article_id", "role", "entity_id", "type", "canonical_name",
                "event_id"))) {
            String key = "role|" + r.get("role") + "|" + r.get("entity_id") + "|" + r.get("event_id");
            into.computeIfAbsent(key, k -> new Item("role", r.get("entity_id"), r.get("type"), r.get("canonical_name"),
                    r.get("role"), r.get("event_id"), new TreeSet<>())).articles().add(r.get("article_id"));
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

    private static Map<String, Object> row(String change, Item i) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("change", change);
        r.put("kind", i.kind());
        r.put("entity_id", i.entityId());
        r.put("type", i.type());
        r.put("canonical_name", i.name());
        r.put("role", i.role());
        r.put("event_id", i.eventId());
        r.put("articles", String.join(";", i.articles()));
        return r;
    }
}
