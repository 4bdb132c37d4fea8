package org.summitcoverage.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Reads a local corpus folder (recursively, in a stable order) as a lazy sequence of {@link CorpusItem}s:
 * {@code *.txt} with optional {@code .meta.json} sidecar, {@code *.html}/{@code *.htm}, and {@code *.jsonl}
 * (one article per line). Every file ends up as items, never as an exception: bad input becomes a
 * {@link CorpusItem.Rejected} with a reason. The rules are those of the Spark job: {@link CorpusListing},
 * {@link JsonLines}, {@link InputRules#decode} and {@link DuplicateIds}; only the file system differs.
 */
public final class CorpusReader {
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    private final Path root;
    private final InputRules rules;

    public CorpusReader(Path root, long maxBytes) {
        this.root = root;
        this.rules = new InputRules(maxBytes);
    }

    /** The input files in the order they will be read (relative path order, '/'-separated). */
    public List<CorpusFile> files() throws IOException {
        return CorpusListing.local(root);
    }

    /** How many items {@link #items} will yield (one per file, one per JSON Lines record). */
    public long countItems(List<CorpusFile> files) {
        long n = 0;
        for (CorpusFile f : files) {
            if (f.isInput()) {
                n += f.readsAsRecords() ? JsonLines.count(f, InputSource.LOCAL) : 1;
            }
        }
        return n;
    }

    /** A lazy iterator over all items; article ids are checked for duplicates as they come. */
    public Iterator<CorpusItem> items(List<CorpusFile> files) {
        Iterator<WorkItem> work = workItems(files, InputSource.LOCAL);
        DuplicateIds ids = new DuplicateIds();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return work.hasNext();
            }

            @Override
            public CorpusItem next() {
                return ids.apply(rules.decode(work.next(), InputSource.LOCAL));
            }
        };
    }

    /**
     * The work items of {@code files} in reading order: one per input file, one per JSON Lines record; sidecars
     * and files of other types take no item (and so no id).
     */
    public static Iterator<WorkItem> workItems(List<CorpusFile> files, InputSource source) {
        Iterator<CorpusFile> it = files.iterator();
        return new Iterator<>() {
            private Iterator<WorkItem> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && it.hasNext()) {
                    CorpusFile f = it.next();
                    if (f.isInput()) {
                        current = JsonLines.items(f, source);
                    }
                }
                return current.hasNext();
            }

            @Override
            public WorkItem next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }
}
