package org.summitcoverage.run;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

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

    public static List<Map<String, Object>> compare(Path previousDir, Path currentEntities, Path currentRoles)
            throws IOException {
        Map<String, Item> before = new TreeMap<>();
        Map<String, Item> after = new TreeMap<>();
        Path prevEntities = previousDir.resolve("entities.csv");
        Path prevRoles = previousDir.resolve("roles.csv");
        if (Files.isRegularFile(prevEntities) && Files.isRegularFile(prevRoles)) {
            readEntities(prevEntities, before);
            readRoles(prevRoles, before);
        } else {
            // The first night of a schedule has nothing to compare with: everything is new, not a failure.
            System.err.println("summit-coverage: no previous run in " + previousDir + "; every row counts as added");
        }
        readEntities(currentEntities, after);
        readRoles(currentRoles, after);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map.Entry<String, Item> e : after.entrySet()) {
            if (!before.containsKey(e.getKey())) {
                out.add(row("added", e.getValue()));
            }
        }
        for (Map.Entry<String, Item> e : before.entrySet()) {
            if (!after.containsKey(e.getKey())) {
                out.add(row("removed", e.getValue()));
            }
        }
        return out;
    }

    private static void readEntities(Path file, Map<String, Item> into) throws IOException {
        for (CSVRecord r : records(file)) {
            String key = "entity|" + r.get("entity_id");
            into.computeIfAbsent(key, k -> new Item("entity", r.get("entity_id"), r.get("type"),
                    r.get("canonical_name"), "", "", new TreeSet<>())).articles().add(r.get("article_id"));
        }
    }

    private static void readRoles(Path file, Map<String, Item> into) throws IOException {
        for (CSVRecord r : records(file)) {
            String key = "role|" + r.get("role") + "|" + r.get("entity_id") + "|" + r.get("event_id");
            into.computeIfAbsent(key, k -> new Item("role", r.get("entity_id"), r.get("type"), r.get("canonical_name"),
                    r.get("role"), r.get("event_id"), new TreeSet<>())).articles().add(r.get("article_id"));
        }
    }

    private static List<CSVRecord> records(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            return p.getRecords();
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
