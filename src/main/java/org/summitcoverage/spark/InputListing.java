package org.summitcoverage.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.summitcoverage.corpus.CorpusFile;
import org.summitcoverage.corpus.CorpusListing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists a corpus on any Hadoop-compatible file system (local, HDFS, S3A, GCS, ABFS...) and hands it to the
 * corpus's own listing rule ({@link CorpusListing}). Runs on the driver; only paths and sizes are read here.
 */
final class InputListing {
    private InputListing() {
    }

    /** The files under {@code corpus} (or {@code corpus} itself when it is a file), indexed in reading order. */
    static List<CorpusFile> list(Configuration conf, String corpus) throws IOException {
        Path root = new Path(corpus);
        FileSystem fs = root.getFileSystem(conf);
        FileStatus rootStatus = fs.getFileStatus(root);
        Path qualified = rootStatus.getPath();
        if (fs instanceof LocalFileSystem) {
            // The local runner's own walk. Hadoop's listFiles() would also fork a process per file to read its
            // permissions: seconds for a few thousand files.
            return CorpusListing.local(java.nio.file.Path.of(qualified.toUri()));
        }
        List<FileStatus> found = new ArrayList<>();
        String base;
        if (rootStatus.isFile()) {
            found.add(rootStatus);
            base = qualified.getParent().toUri().getPath();
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
        List<CorpusListing.Found> rows = new ArrayList<>(found.size());
        for (FileStatus s : found) {
            String path = s.getPath().toUri().getPath();
            String rel = path.startsWith(prefix) ? path.substring(prefix.length()) : s.getPath().getName();
            rows.add(new CorpusListing.Found(rel, s.getPath().toUri().toString(), s.getLen()));
        }
        return CorpusListing.index(rows);
    }
}
