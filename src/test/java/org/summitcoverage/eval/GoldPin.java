package org.summitcoverage.eval;

import org.summitcoverage.corpus.Hashing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The gold files an evaluation test scores are pinned: a checksum list names every {@code *.gold.json} of
 * the folder with its SHA-256, in the format {@code sha256sum} prints ({@code <hash>  <relative path>}, lines
 * starting with {@code #} are comments). A gold file changed, added or removed by accident then fails the
 * test that scores the folder, instead of quietly moving its figures.
 */
final class GoldPin {
    private static final String SUFFIX = ".gold.json";

    private GoldPin() {
    }

    /** The checksums of the gold files under {@code goldDir}, by path relative to it ({@code /}-separated, sorted). */
    static Map<String, String> checksums(Path goldDir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(goldDir)) {
            for (Path f : walk.filter(p -> p.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(p)).toList()) {
                out.put(goldDir.relativize(f).toString().replace('\\', '/'), Hashing.sha256(Files.readAllBytes(f)));
            }
        }
        return out;
    }

    /** The pinned checksums of a list file. */
    static Map<String, String> read(Path pinFile) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        int n = 0;
        for (String line : Files.readAllLines(pinFile)) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(" [ *]", 2);
            if (parts.length != 2 || !parts[0].matches("[0-9a-f]{64}")) {
                throw new IOException(pinFile + ":" + n + ": not '<sha256>  <path>': " + line);
            }
            out.put(parts[1], parts[0]);
        }
        return out;
    }

    /** What differs between the folder and its pin, one line per file; empty when they agree. */
    static List<String> differences(Path goldDir, Path pinFile) throws IOException {
        Map<String, String> pinned = read(pinFile);
        Map<String, String> actual = checksums(goldDir);
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : pinned.entrySet()) {
            String now = actual.get(e.getKey());
            if (now == null) {
                out.add("removed: " + e.getKey());
            } else if (!Objects.equals(now, e.getValue())) {
                out.add("changed: " + e.getKey());
            }
        }
        for (String path : actual.keySet()) {
            if (!pinned.containsKey(path)) {
                out.add("added: " + path);
            }
        }
        return out;
    }

    /** Fails, naming every difference and the command that re-pins the folder, unless it matches its pin. */
    static void assertMatches(Path goldDir, Path pinFile) throws IOException {
        List<String> diff = differences(goldDir, pinFile);
        if (!diff.isEmpty()) {
            throw new AssertionError(goldDir + " no longer matches " + pinFile + " (" + diff.size() + " file(s)):\n  "
                    + String.join("\n  ", diff) + "\nIf the change is intended, review it, then re-pin with:\n  "
                    + repinCommand(goldDir, pinFile));
        }
    }

    static String repinCommand(Path goldDir, Path pinFile) {
        return "(cd " + goldDir + " && find . -name '*" + SUFFIX + "' | sed 's|^\\./||' | LC_ALL=C sort | xargs sha256sum)"
                + " | cat <(grep '^#' " + pinFile + ") - > " + pinFile + ".new && mv " + pinFile + ".new " + pinFile;
    }
}
