package org.summitcoverage.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.summitcoverage.corpus.CorpusItem;
import org.summitcoverage.corpus.InputRules;
import org.summitcoverage.model.Status;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Turns a {@link WorkItem} into the {@link CorpusItem} the local {@code CorpusReader} makes of the same
 * input: same article id, source path, metadata, status and reason, so both runners write the same rows.
 * It reads through the Hadoop file system API instead of {@code java.nio}; the rules (sidecars, HTML
 * metadata, size limit, empty and binary files, JSON Lines fields and fallbacks) are the reader's.
 * Never throws for bad input: every problem becomes a {@link CorpusItem.Rejected}.
 */
final class InputDecoder {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final long maxBytes;
    private final InputRules rules;

    InputDecoder(long maxBytes) {
        this.maxBytes = maxBytes;
        this.rules = new InputRules(maxBytes);
    }

    CorpusItem decode(WorkItem w, FileSystemSource files) {
        InputFile f = w.file();
        if (f.isJsonLines()) {
            if (w.line() == null) {
                return rejected(f, f.articleId(), Status.ERROR, "unreadable: cannot open file");
            }
            return jsonLine(w);
        }
        return wholeFile(f, files);
    }

    // The rules themselves are the local reader's (InputRules): only the bytes come from Hadoop here.

    private CorpusItem wholeFile(InputFile f, FileSystemSource files) {
        return rules.file(f.articleId(), f.relative(), f.extension(), f.size(), () -> files.readAll(f.uri()),
                f.sidecarUri() == null ? null : () -> files.readAll(f.sidecarUri()));
    }

    private CorpusItem jsonLine(WorkItem w) {
        return rules.jsonLine(w.file().articleId(), w.sourcePath(), w.lineNumber(), w.line());
    }

    /** The article id a JSON Lines record will get, without the cost of extracting HTML (for the duplicate check). */
    String jsonLineId(WorkItem w) {
        InputFile f = w.file();
        String fallback = w.line() == null ? f.articleId() : f.articleId() + "#" + w.lineNumber();
        if (w.line() == null || w.line().getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            return fallback;
        }
        try {
            JsonNode node = JSON.readTree(w.line());
            if (node == null || !node.isObject()) {
                return fallback;
            }
            String id = text(node, "id");
            return id != null && !id.isBlank() ? id.strip() : fallback;
        } catch (IOException e) {
            return fallback;
        }
    }

    /**
     * The non-blank lines of a JSON Lines file as work items, read lazily; one item with a null line when the
     * file cannot be opened. A read error part-way ends the file, as in the local reader.
     */
    static Iterator<WorkItem> jsonLines(InputFile f, FileSystemSource files) {
        BufferedReader reader;
        try {
            reader = new BufferedReader(new InputStreamReader(files.open(f.uri()), StandardCharsets.UTF_8));
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return java.util.List.of(WorkItem.wholeFile(f)).iterator();
        }
        return new LineIterator(f, reader);
    }

    private static final class LineIterator implements Iterator<WorkItem>, Closeable {
        private final InputFile file;
        private final BufferedReader reader;
        private int lineNumber;
        private WorkItem next;
        private boolean done;

        LineIterator(InputFile file, BufferedReader reader) {
            this.file = file;
            this.reader = reader;
        }

        @Override
        public boolean hasNext() {
            if (next != null) {
                return true;
            }
            if (done) {
                return false;
            }
            InputRules.NumberedLine line = InputRules.nextNonBlank(reader, lineNumber);
            if (line == null) {
                done = true;
                close();
                return false;
            }
            lineNumber = line.number();
            next = WorkItem.jsonLine(file, lineNumber, line.text());
            return true;
        }

        @Override
        public WorkItem next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            WorkItem w = next;
            next = null;
            return w;
        }

        @Override
        public void close() {
            try {
                reader.close();
            } catch (IOException ignored) {
                // every line read so far is already an item
            }
        }
    }

    // ---- helpers, as in CorpusReader ----

    private static CorpusItem rejected(InputFile f, String id, Status status, String reason) {
        return InputRules.rejected(id, f.relative(), status, reason);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** Reads files by URI; the Hadoop implementation below, a plain one in tests if ever needed. */
    interface FileSystemSource {
        java.io.InputStream open(String uri) throws IOException;

        default byte[] readAll(String uri) throws IOException {
            try (java.io.InputStream in = open(uri)) {
                return in.readAllBytes();
            }
        }
    }

    /**
     * Opens files through Hadoop's FileSystem (cached per scheme and authority by Hadoop itself), except
     * {@code file:} URIs, read with java.nio as the local reader does: same errors, and no checksum-file
     * lookup (Hadoop's local file system cannot even build that path for a name with a ':').
     */
    static FileSystemSource hadoop(org.apache.hadoop.conf.Configuration conf) {
        return uri -> {
            java.net.URI u = java.net.URI.create(uri);
            if ("file".equals(u.getScheme())) {
                return java.nio.file.Files.newInputStream(java.nio.file.Path.of(u));
            }
            Path p = new Path(u);
            FileSystem fs = p.getFileSystem(conf);
            FSDataInputStream in = fs.open(p);
            return in;
        };
    }
}
