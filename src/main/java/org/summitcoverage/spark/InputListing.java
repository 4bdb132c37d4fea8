package org.summitcoverage.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists a corpus on any Hadoop-compatible file system (local, HDFS, S3A, GCS, ABFS...) the way the local
 * {@code CorpusReader} walks a folder: recursively, every file (sidecars included), sorted by relative
 * path. Runs on the driver; only paths and sizes are read here, never file contents.
 */
final class InputListing {
    private InputListing() {
    }

    /** The files under {@code corpus} (or {@code corpus} itself when it is a file), indexed in reading order. */
    static List<InputFile> list(Configuration conf, String corpus) throws IOException {
        Path root = new Path(corpus);
        FileSystem fs = root.getFileSystem(conf);
        FileStatus rootStatus = fs.getFileStatus(root);
        Path qualified = rootStatus.getPath();
        List<FileStatus> found = new ArrayList<>();
        String base;
        if (rootStatus.isFile()) {
            found.add(rootStatus);
            base = qualified.getParent().toUri().getPath();
        } else if (fs instanceof LocalFileSystem) {
            // The local reader's own walk (java.nio: directory links not followed, a dangling link listed and
            // later reported as unreadable). Hadoop's listFiles() would also fork a process per file to read
            // its permissions: seconds for a few thousand files.
            return localWalk(java.nio.file.Path.of(qualified.toUri()));
        } else {
            // On object stores a recursive listFiles() is one flat, paginated listing: much faster than a walk.
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(qualified, true);
            while (it.hasNext()) {
                LocatedFileStatus s = it.next();
                if (s.isFile()) {
                    found.add(s);
                }
            }
            base = qualified.toUri().getPath();
        }
        String prefix = base.endsWith("/") ? base : base + "/";
        List<String[]> rows = new ArrayList<>(found.size());
        Map<String, Long> sizes = new HashMap<>();
        for (FileStatus s : found) {
            String path = s.getPath().toUri().getPath();
            String rel = path.startsWith(prefix) ? path.substring(prefix.length()) : s.getPath().getName();
            rows.add(new String[]{rel, s.getPath().toUri().toString()});
            sizes.put(rel, s.getLen());
        }
        return indexed(rows, sizes);
    }

    /** Sorts {relative, uri} rows as the local reader does and links each file to its sidecar. */
    private static List<InputFile> indexed(List<String[]> rows, Map<String, Long> sizes) {
        rows.sort(Comparator.comparing(r -> r[0]));
        Map<String, String> uriByRelative = new HashMap<>();
        for (String[] r : rows) {
            uriByRelative.put(r[0], r[1]);
        }
        List<InputFile> out = new ArrayList<>(rows.size());
        for (String[] r : rows) {
            String sidecar = uriByRelative.get(sidecarOf(r[0]));
            out.add(new InputFile(out.size(), r[1], r[0], sizes.get(r[0]), sidecar));
        }
        return out;
    }

    private static List<InputFile> localWalk(java.nio.file.Path root) throws IOException {
        List<java.nio.file.Path> paths;
        try (java.util.stream.Stream<java.nio.file.Path> walk = java.nio.file.Files.walk(root)) {
            paths = walk.filter(p -> !java.nio.file.Files.isDirectory(p)).toList();
        }
        List<String[]> rows = new ArrayList<>(paths.size());
        Map<String, Long> sizes = new HashMap<>();
        for (java.nio.file.Path p : paths) {
            String rel = root.relativize(p).toString().replace('\\', '/');
            rows.add(new String[]{rel, p.toUri().toString()});
            long size;
            try {
                size = java.nio.file.Files.size(p);
            } catch (IOException e) {
                size = 0; // unreadable (a dangling link): reading it later gives the `error` row
            }
            sizes.put(rel, size);
        }
        return indexed(rows, sizes);
    }

    /** {@code dir/name.txt} → {@code dir/name.meta.json}, as the local reader looks it up. */
    static String sidecarOf(String relative) {
        int slash = relative.lastIndexOf('/');
        String dir = slash < 0 ? "" : relative.substring(0, slash + 1);
        String name = relative.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        return dir + (dot > 0 ? name.substring(0, dot) : name) + InputFile.SIDECAR_SUFFIX;
    }
}
