package org.summitcoverage.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The output folder, written atomically file by file: every file is written under a temporary name beside its
 * final one and renamed into place only when the whole run has succeeded. Temporary files get fresh random
 * names and are created exclusively, so a file or link planted under a predictable name is never written
 * through. The commit first removes manifest.json (the folder then says "incomplete"), renames every other file,
 * and renames manifest.json last: a run killed at any point leaves either the previous complete folder, or a
 * folder without manifest.json, never a manifest that vouches for missing files. Files of an earlier run that
 * this run did not produce are removed only when that run's manifest lists them, never a user's own file.
 */
public final class OutputFolder {
    /** Every file a run may own. */
    public static final List<String> OWNED = owned();
    public static final String MANIFEST = "manifest.json";
    private static final String TMP_SUFFIX = ".tmp";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;
    private final Map<String, Path> pending = new LinkedHashMap<>();
    /** Earlier versions of pending files, still being read; removed at the latest by commit or abandon. */
    private final List<Path> superseded = new ArrayList<>();

    public OutputFolder(Path dir) throws IOException {
        this.dir = dir;
        Files.createDirectories(dir);
    }

    private static List<String> owned() {
        List<String> names = new ArrayList<>();
        for (ArticleTable t : ArticleTable.values()) {
            names.add(t.tableName() + ".csv");
        }
        for (String t : CorpusSteps.tableNames()) {
            names.add(t + ".csv");
        }
        names.addAll(List.of("articles.jsonl", "summary.json", "changes.csv", "report.html", MANIFEST));
        return List.copyOf(names);
    }

    public Path dir() {
        return dir;
    }

    /** A new, empty temporary file for {@code name}; it becomes {@code dir/name} at {@link #commit()}. */
    public Path temp(String name) throws IOException {
        if (!OWNED.contains(name)) {
            throw new IllegalArgumentException("not an output file of the contract: " + name);
        }
        Path previous = pending.put(name, newTemp(dir.resolve(name)));
        if (previous != null) {
            Files.deleteIfExists(previous);
        }
        return pending.get(name);
    }

    /**
     * A new, empty temporary file for {@code name} that takes the place of its pending one; the pending one stays
     * readable (for a copy that completes it) until {@link #commit} or {@link #abandon} removes it.
     */
    public Path successor(String name) throws IOException {
        Path previous = pending.get(name);
        if (previous == null) {
            throw new IllegalStateException("no pending " + name + " to complete");
        }
        pending.remove(name);
        superseded.add(previous);
        return temp(name);
    }

    /** Where {@code name} is now: its uncommitted version when this run wrote one, else the folder's file. */
    public Path current(String name) {
        Path p = pending.get(name);
        return p != null ? p : dir.resolve(name);
    }

    /**
     * Moves every pending file into place, manifest.json removed first and renamed last, then removes the files
     * the previous run's manifest lists that this run did not write, and temporary files left by killed runs.
     */
    public void commit() throws IOException {
        Set<String> previousFiles = filesOfPreviousRun();
        Files.deleteIfExists(dir.resolve(MANIFEST));
        for (Map.Entry<String, Path> e : pending.entrySet()) {
            if (!e.getKey().equals(MANIFEST)) {
                move(e.getValue(), dir.resolve(e.getKey()));
            }
        }
        for (String name : previousFiles) {
            if (!pending.containsKey(name)) {
                Files.deleteIfExists(dir.resolve(name));
            }
        }
        removeSuperseded();
        removeStaleTemporaryFiles();
        if (pending.containsKey(MANIFEST)) {
            move(pending.get(MANIFEST), dir.resolve(MANIFEST));
        }
        pending.clear();
    }

    /** Removes the temporary files of a run that failed. */
    public void abandon() {
        removeSuperseded();
        for (Path p : pending.values()) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // best effort: a leftover `.tmp` file is harmless and visibly not a result
            }
        }
        pending.clear();
    }

    /**
     * Replaces one file outside a run's folder (a report regenerated from an old run) the way {@link #commit}
     * does: written beside the target under a fresh name, then moved over it.
     */
    public static void replace(Path target, byte[] content) throws IOException {
        Path abs = target.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        Path tmp = newTemp(abs);
        try {
            Files.write(tmp, content, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
            move(tmp, abs);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private void removeSuperseded() {
        for (Path p : superseded) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // best effort: a leftover `.tmp` file is harmless, visibly not a result, and removed by the next run
            }
        }
        superseded.clear();
    }

    /** The owned files the manifest in the folder lists (all owned files for a manifest older than that list). */
    private Set<String> filesOfPreviousRun() {
        Path manifest = dir.resolve(MANIFEST);
        Set<String> out = new LinkedHashSet<>();
        if (!Files.isRegularFile(manifest)) {
            return out;
        }
        try {
            JsonNode files = new ObjectMapper().readTree(manifest.toFile()).path("files");
            if (files.isMissingNode()) {
                out.addAll(OWNED);
            }
            files.forEach(f -> {
                if (OWNED.contains(f.asText())) {
                    out.add(f.asText());
                }
            });
        } catch (IOException | RuntimeException unreadable) {
            // a manifest we cannot read vouches for nothing: remove nothing
        }
        return out;
    }

    private void removeStaleTemporaryFiles() throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "." + "*" + TMP_SUFFIX)) {
            for (Path p : files) {
                String n = p.getFileName().toString();
                if (OWNED.stream().anyMatch(o -> n.startsWith("." + o + ".")) && !pending.containsValue(p)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** A fresh random name beside {@code target}, created exclusively, with the default permissions. */
    private static Path newTemp(Path target) throws IOException {
        while (true) {
            Path tmp = target.resolveSibling("." + target.getFileName() + "."
                    + Long.toUnsignedString(RANDOM.nextLong(), 36) + TMP_SUFFIX);
            try {
                Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return tmp;
            } catch (java.nio.file.FileAlreadyExistsException taken) {
                // a name already there (ours or planted): draw another
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
