package org.summitcoverage.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The output folder, written atomically file by file: every file is written under a temporary name
 * beside its final one and renamed into place only when the whole run has succeeded, manifest last.
 * A crashed run leaves the previous results and some `.tmp` files, never a half-written CSV under a real name.
 */
public final class OutputFolder {
    /** Every file a run owns; those a run does not produce this time are removed at commit. */
    public static final List<String> OWNED = owned();
    private static final String TMP_SUFFIX = ".tmp";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;
    private final Map<String, Path> pending = new LinkedHashMap<>();

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
        names.addAll(List.of("articles.jsonl", "summary.json", "changes.csv", "report.html", "manifest.json"));
        return List.copyOf(names);
    }

    /** Where {@code name} is now: its uncommitted version when this run wrote one, else the folder's file. */
    public Path current(String name) {
        Path p = pending.get(name);
        return p != null ? p : dir.resolve(name);
    }

    /**
     * Replaces one file outside a run's folder (a report regenerated from an old run) the way {@link #commit}
     * does: written beside the target, then moved over it.
     */
    public static void replace(Path target, byte[] content) throws IOException {
        Path abs = target.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        // a fresh random name created exclusively (never an existing file or link), with the default permissions
        Path tmp = abs.resolveSibling("." + abs.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36)
                + TMP_SUFFIX);
        try {
            Files.write(tmp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            move(tmp, abs);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public Path dir() {
        return dir;
    }

    /** A temporary path for {@code name}; it becomes {@code dir/name} at {@link #commit()}. */
    public Path temp(String name) {
        if (!OWNED.contains(name)) {
            throw new IllegalArgumentException("not an output file of the contract: " + name);
        }
        Path tmp = dir.resolve("." + name + TMP_SUFFIX);
        pending.put(name, tmp);
        return tmp;
    }

    /** Moves every pending file into place (manifest.json last) and removes owned files this run did not write. */
    public void commit() throws IOException {
        List<String> order = new ArrayList<>(pending.keySet());
        order.remove("manifest.json");
        if (pending.containsKey("manifest.json")) {
            order.add("manifest.json");
        }
        for (String name : OWNED) {
            if (!pending.containsKey(name)) {
                Files.deleteIfExists(dir.resolve(name));
            }
        }
        for (String name : order) {
            move(pending.get(name), dir.resolve(name));
        }
        pending.clear();
    }

    /** Removes the temporary files of a run that failed. */
    public void abandon() {
        for (Path p : pending.values()) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // best effort: a leftover `.tmp` file is harmless and visibly not a result
            }
        }
        pending.clear();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
