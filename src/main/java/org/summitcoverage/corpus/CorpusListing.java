package org.summitcoverage.corpus;

import org.summitcoverage.model.Status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one listing rule of a corpus, whatever the file system: every file under the root (sidecars included),
 * sorted by relative path, each linked to its {@code .meta.json} sidecar. The local runner lists with
 * {@link #local}; the Spark job hands what a Hadoop file system lists to {@link #index}.
 */
public final class CorpusListing {
    private CorpusListing() {
    }

    /** A file as a file system lists it, before the corpus rules apply; {@code problem} is null when readable. */
    public record Found(String relative, String location, long size, CorpusFile.Problem problem) {
        public Found(String relative, String location, long size) {
            this(relative, location, size, null);
        }
    }

    /** Sorts {@code found} into reading order, indexes it and links each file to its sidecar. */
    public static List<CorpusFile> index(List<Found> found) {
        List<Found> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing(Found::relative));
        Map<String, String> locationByRelative = new HashMap<>();
        for (Found f : sorted) {
            locationByRelative.put(f.relative(), f.location());
        }
        List<CorpusFile> out = new ArrayList<>(sorted.size());
        for (Found f : sorted) {
            out.add(new CorpusFile(out.size(), f.location(), f.relative(), f.size(),
                    locationByRelative.get(sidecarOf(f.relative())), f.problem()));
        }
        return out;
    }

    /**
     * The files under a local folder, or the one file {@code root} names. Never fails part-way: a folder that
     * cannot be read, a link to a folder (not followed) and a link to a file outside the corpus (not read)
     * are listed with their problem, and the walk goes on. A dangling link is listed as a file (reading it
     * gives its `error` row).
     */
    public static List<CorpusFile> local(Path root) throws IOException {
        Path r = root.toAbsolutePath().normalize();
        if (Files.isRegularFile(r)) {
            return index(List.of(found(r.getParent(), r, null)));
        }
        // The corpus may itself be reached through a link: walk the folder it names.
        Path realRoot = r.toRealPath();
        List<Found> found = new ArrayList<>();
        Files.walkFileTree(realRoot, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) {
                found.add(found(realRoot, p, attrs.isSymbolicLink() ? linkProblem(p, realRoot) : null));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path p, IOException e) throws IOException {
                if (p.equals(realRoot)) {
                    throw e; // the corpus itself cannot be read: the run is fatal
                }
                found.add(found(realRoot, p, new CorpusFile.Problem(Status.ERROR, "unreadable: " + InputRules.describe(e),
                        !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))));
                return FileVisitResult.CONTINUE;
            }
        });
        return index(found);
    }

    private static CorpusFile.Problem linkProblem(Path link, Path realRoot) {
        Path target;
        try {
            target = link.toRealPath();
        } catch (IOException dangling) {
            return null;
        }
        if (Files.isDirectory(target)) {
            return new CorpusFile.Problem(Status.SKIPPED, "link to a folder, not followed", true);
        }
        if (!target.startsWith(realRoot)) {
            return new CorpusFile.Problem(Status.SKIPPED, "link to a file outside the corpus, not read", false);
        }
        return null;
    }

    private static Found found(Path base, Path p, CorpusFile.Problem problem) {
        long size;
        try {
            size = Files.size(p);
        } catch (IOException e) {
            size = 0; // unreadable (a dangling link): reading it later gives the `error` row
        }
        return new Found(base.relativize(p).toString().replace('\\', '/'), p.toUri().toString(), size, problem);
    }

    /** The listed files that are no input of the run, with why, for the manifest. */
    public static List<Map<String, Object>> ignored(List<CorpusFile> files) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (CorpusFile f : files) {
            if (!f.isInput() && !f.isSidecar()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("path", f.relative());
                m.put("reason", "not an article: " + (f.extension().isEmpty() ? "no extension" : "." + f.extension()
                        + " is not one of " + String.join(", ", new java.util.TreeSet<>(CorpusFile.INPUT_TYPES))));
                out.add(m);
            }
        }
        return out;
    }

    /** {@code dir/name.txt} → {@code dir/name.meta.json}. */
    static String sidecarOf(String relative) {
        int slash = relative.lastIndexOf('/');
        String dir = slash < 0 ? "" : relative.substring(0, slash + 1);
        String name = relative.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        return dir + (dot > 0 ? name.substring(0, dot) : name) + CorpusFile.SIDECAR_SUFFIX;
    }
}
