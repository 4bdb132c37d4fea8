package org.summitcoverage.corpus;

import org.summitcoverage.model.ArticleMeta;
import org.summitcoverage.model.Status;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * Reads a corpus folder (recursively, in a stable order) as a lazy sequence of {@link CorpusItem}s:
 * {@code *.txt} with optional {@code .meta.json} sidecar, {@code *.html}/{@code *.htm}, and
 * {@code *.jsonl} (one article per line). Every file ends up as items, never as an exception:
 * bad input becomes a {@link CorpusItem.Rejected} with a reason.
 */
public final class CorpusReader {
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
    private static final String SIDECAR_SUFFIX = ".meta.json";

    private final Path root;
    private final InputRules rules;

    public CorpusReader(Path root, long maxBytes) {
        this.root = root.toAbsolutePath().normalize();
        this.rules = new InputRules(maxBytes);
    }

    /** The input files in the order they will be read (relative path order, '/'-separated). */
    public List<Path> files() throws IOException {
        if (Files.isRegularFile(root)) {
            return List.of(root);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> !Files.isDirectory(p))
                    .sorted((a, b) -> relative(a).compareTo(relative(b)))
                    .toList();
        }
    }

    /** How many items {@link #items()} will yield (one per file, one per JSON Lines line). */
    public long countItems(List<Path> files) {
        long n = 0;
        for (Path f : files) {
            if (isSidecar(f)) {
                continue;
            }
            if (extension(f).equals("jsonl") && Files.isReadable(f)) {
                try (Stream<String> lines = Files.lines(f, StandardCharsets.UTF_8)) {
                    n += lines.filter(l -> !l.isBlank()).count();
                } catch (IOException | UncheckedIOException e) {
                    n++;
                }
            } else {
                n++;
            }
        }
        return n;
    }

    /** A lazy iterator over all items; article ids are checked for duplicates as they come. */
    public Iterator<CorpusItem> items(List<Path> files) {
        return new ItemIterator(files);
    }

    private final class ItemIterator implements Iterator<CorpusItem> {
        private final Iterator<Path> files;
        private final Deque<CorpusItem> pending = new ArrayDeque<>();
        private final Map<String, String> seenIds = new HashMap<>();
        private JsonLinesCursor jsonl;

        ItemIterator(List<Path> files) {
            this.files = files.iterator();
        }

        @Override
        public boolean hasNext() {
            while (pending.isEmpty()) {
                if (jsonl != null) {
                    CorpusItem next = jsonl.next();
                    if (next != null) {
                        pending.add(next);
                        break;
                    }
                    jsonl.close();
                    jsonl = null;
                }
                if (!files.hasNext()) {
                    return false;
                }
                Path f = files.next();
                if (isSidecar(f)) {
                    continue;
                }
                if (extension(f).equals("jsonl")) {
                    jsonl = openJsonLines(f);
                    if (jsonl == null) {
                        pending.add(rejected(f, idOf(f), Status.ERROR, "unreadable: cannot open file"));
                    }
                } else {
                    pending.add(readFile(f));
                }
            }
            return true;
        }

        @Override
        public CorpusItem next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return checkDuplicate(pending.poll());
        }

        private CorpusItem checkDuplicate(CorpusItem item) {
            String id = item.meta().articleId();
            String firstPath = seenIds.putIfAbsent(id, item.meta().sourcePath());
            if (firstPath == null) {
                return item;
            }
            // Keep both rows distinguishable in the output: the duplicate gets a suffixed id and a reason.
            int n = 2;
            while (seenIds.containsKey(id + "~" + n)) {
                n++;
            }
            ArticleMeta renamed = item.meta().withArticleId(id + "~" + n);
            seenIds.put(renamed.articleId(), renamed.sourcePath());
            return new CorpusItem.Rejected(renamed, Status.SKIPPED,
                    "duplicate article_id '" + id + "' (first seen in " + firstPath + ")");
        }
    }

    private CorpusItem readFile(Path f) {
        String id = idOf(f);
        long size;
        try {
            size = Files.size(f);
        } catch (IOException e) {
            return rejected(f, id, Status.ERROR, "unreadable: " + InputRules.describe(e));
        }
        Path sidecar = sidecarOf(f);
        return rules.file(id, relative(f), extension(f), size, () -> Files.readAllBytes(f),
                Files.isRegularFile(sidecar) ? () -> Files.readAllBytes(sidecar) : null);
    }

    private JsonLinesCursor openJsonLines(Path f) {
        try {
            return new JsonLinesCursor(f);
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /** Reads one JSON Lines file line by line, so an archive of any size streams. */
    private final class JsonLinesCursor {
        private final Path file;
        private final BufferedReader reader;
        private final String fileId;
        private int lineNumber;

        JsonLinesCursor(Path file) throws IOException {
            this.file = file;
            this.reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8));
            this.fileId = idOf(file);
        }

        CorpusItem next() {
            InputRules.NumberedLine line = InputRules.nextNonBlank(reader, lineNumber);
            if (line == null) {
                return null;
            }
            lineNumber = line.number();
            return rules.jsonLine(fileId, relative(file) + ":" + lineNumber, lineNumber, line.text());
        }

        void close() {
            try {
                reader.close();
            } catch (IOException ignored) {
                // nothing left to lose: every line was already turned into an item
            }
        }

        @Override
        public String toString() {
            return file.toString();
        }
    }

    private CorpusItem rejected(Path f, String id, Status status, String reason) {
        return InputRules.rejected(id, relative(f), status, reason);
    }

    /** The article id: path relative to the root, '/'-separated, extension removed. */
    String idOf(Path f) {
        String rel = relative(f);
        int dot = rel.lastIndexOf('.');
        int slash = rel.lastIndexOf('/');
        return dot > slash + 1 ? rel.substring(0, dot) : rel;
    }

    String relative(Path f) {
        Path base = Files.isRegularFile(root) ? root.getParent() : root;
        return base.relativize(f.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private static Path sidecarOf(Path f) {
        String name = f.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return f.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + SIDECAR_SUFFIX);
    }

    private static boolean isSidecar(Path f) {
        return f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(SIDECAR_SUFFIX);
    }

    private static String extension(Path f) {
        String name = f.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    /** Lists the inputs a run would read, as relative paths; used by the manifest. */
    public List<String> relativePaths(List<Path> files) {
        List<String> out = new ArrayList<>(files.size());
        for (Path f : files) {
            out.add(relative(f));
        }
        return out;
    }
}
