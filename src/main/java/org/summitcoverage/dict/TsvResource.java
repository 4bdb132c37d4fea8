package org.summitcoverage.dict;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the project's dictionary files: UTF-8 TSV under {@code src/main/resources}, '#' comment lines,
 * one header line. A malformed line fails loudly with the file name and line number.
 */
public final class TsvResource {
    private TsvResource() {
    }

    /** A data line with its origin, so later checks can point at it. */
    public record Row(String file, int line, String[] fields) {
        public String get(int i) {
            return i < fields.length ? fields[i].strip() : "";
        }

        public String where() {
            return file + ":" + line;
        }
    }

    public static List<Row> read(String resource, String... expectedHeader) {
        try (InputStream in = TsvResource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("dictionary not found on the classpath: " + resource);
            }
            return parse(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
                    expectedHeader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static List<Row> parse(String name, BufferedReader reader, String... expectedHeader) throws IOException {
        List<Row> rows = new ArrayList<>();
        String line;
        int n = 0;
        boolean headerSeen = false;
        while ((line = reader.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (!headerSeen) {
                headerSeen = true;
                if (!Arrays.equals(trim(fields), expectedHeader)) {
                    throw new IllegalStateException(name + ":" + n + ": expected header "
                            + String.join("\\t", expectedHeader) + " but found " + line);
                }
                continue;
            }
            if (fields.length != expectedHeader.length) {
                throw new IllegalStateException(name + ":" + n + ": expected " + expectedHeader.length
                        + " tab-separated fields, found " + fields.length + ": " + line);
            }
            rows.add(new Row(name, n, fields));
        }
        if (!headerSeen) {
            throw new IllegalStateException(name + ": no header line");
        }
        return rows;
    }

    /** Splits a '|'-separated list field; empty field gives an empty list. */
    public static List<String> list(String field) {
        if (field == null || field.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : field.split("\\|")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private static String[] trim(String[] a) {
        String[] out = new String[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].strip();
        }
        return out;
    }
}
