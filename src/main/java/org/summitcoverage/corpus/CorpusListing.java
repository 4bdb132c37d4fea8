package org.summitcoverage.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The one listing rule of a corpus, whatever the file system: every file under the root (sidecars included),
 * sorted by relative path, each linked to its {@code .meta.json} sidecar. The local runner lists with
 * {@link #local}; the Spark job hands what a Hadoop file system lists to {@link #index}.
 */
public final class CorpusListing {
    private CorpusListing() {
    }

    /** A file as a file system lists it, before the corpus rules apply. */
    public record Found(String relative, String location, long size) {
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
                    locationByRelative.get(sidecarOf(f.relative()))));
        }
        return out;
    }

    /**
     * The files under a local folder, or the one file {@code root} names. Directory links are not followed;
     * a dangling link is listed (reading it gives its `error` row).
     */
    public static List<CorpusFile> local(Path root) throws IOException {
        Path r = root.toAbsolutePath().normalize();
        if (Files.isRegularFile(r)) {
            return index(List.of(found(r.getParent(), r)));
        }
        List<Found> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(r)) {
            walk.filter(p -> !Files.isDirectory(p)).forEach(p -> found.add(found(r, p)));
        }
        return index(found);
    }

    private static Found found(Path base, Path p) {
        long size;
        try {
            size = Files.size(p);
        } catch (IOException e) {
            size = 0; // unreadable (a dangling link): reading it later gives the `error` row
        }
        return new Found(base.relativize(p).toString().replace('\\', '/'), p.toUri().toString(), size);
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
