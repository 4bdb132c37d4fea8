package org.summitcoverage.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.summitcoverage.corpus.CorpusItem;
import org.summitcoverage.corpus.ExtractedPage;
import org.summitcoverage.corpus.Hashing;
import org.summitcoverage.corpus.HtmlArticleExtractor;
import org.summitcoverage.corpus.TextDecoder;
import org.summitcoverage.model.Article;
import org.summitcoverage.model.ArticleMeta;
import org.summitcoverage.model.Status;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
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
    private final HtmlArticleExtractor html = new HtmlArticleExtractor();

    InputDecoder(long maxBytes) {
        this.maxBytes = maxBytes;
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

    // ---- txt / html: CorpusReader.readFile ----

    private CorpusItem wholeFile(InputFile f, FileSystemSource files) {
        String id = f.articleId();
        String ext = f.extension();
        if (!ext.equals("txt") && !ext.equals("html") && !ext.equals("htm")) {
            return rejected(f, id, Status.SKIPPED, "unsupported file type" + (ext.isEmpty() ? "" : " ." + ext));
        }
        long size = f.size();
        if (size > maxBytes) {
            return new CorpusItem.Rejected(baseMeta(f, id, null, size), Status.SKIPPED,
                    "too large: " + size + " bytes > limit of " + maxBytes + " bytes (--max-bytes)");
        }
        byte[] bytes;
        try {
            bytes = files.readAll(f.uri());
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return rejected(f, id, Status.ERROR, "unreadable: " + describe(e));
        }
        ArticleMeta meta = baseMeta(f, id, Hashing.sha256(bytes), bytes.length);
        if (bytes.length == 0 || isBlank(bytes)) {
            return new CorpusItem.Rejected(withSidecar(f, meta, files), Status.SKIPPED, "empty file");
        }
        if (TextDecoder.looksBinary(bytes)) {
            return new CorpusItem.Rejected(withSidecar(f, meta, files), Status.SKIPPED, "binary content, not text");
        }
        if (ext.equals("txt")) {
            return new CorpusItem.Readable(new Article(withSidecar(f, meta, files), TextDecoder.decode(bytes), false));
        }
        ExtractedPage page = html.extract(bytes, "");
        ArticleMeta fromPage = meta.withMetadata(page.url(), page.title(), page.published(), page.source());
        return new CorpusItem.Readable(new Article(withSidecar(f, fromPage, files), page.text(), true));
    }

    private static ArticleMeta withSidecar(InputFile f, ArticleMeta meta, FileSystemSource files) {
        if (f.sidecarUri() == null) {
            return meta;
        }
        try {
            JsonNode node = JSON.readTree(files.readAll(f.sidecarUri()));
            if (node == null) {
                return meta;
            }
            return meta.withMetadata(text(node, "url"), text(node, "title"), text(node, "published"),
                    text(node, "source"));
        } catch (IOException | UncheckedIOException e) {
            // A broken sidecar must not cost us the article: keep what the file itself says.
            return meta;
        }
    }

    // ---- JSON Lines: CorpusReader.JsonLinesCursor.next ----

    private CorpusItem jsonLine(WorkItem w) {
        String line = w.line();
        int lineNumber = w.lineNumber();
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        ArticleMeta meta = new ArticleMeta(w.file().articleId() + "#" + lineNumber, w.sourcePath(), null, null, null,
                null, Hashing.sha256(bytes), bytes.length);
        if (bytes.length > maxBytes) {
            return new CorpusItem.Rejected(meta, Status.SKIPPED,
                    "too large: " + bytes.length + " bytes > limit of " + maxBytes + " bytes (--max-bytes)");
        }
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (IOException e) {
            return new CorpusItem.Rejected(meta, Status.ERROR,
                    "malformed JSON at line " + lineNumber + ": " + firstLine(e.getMessage()));
        }
        if (node == null || !node.isObject()) {
            return new CorpusItem.Rejected(meta, Status.ERROR, "line " + lineNumber + " is not a JSON object");
        }
        String id = text(node, "id");
        if (id != null && !id.isBlank()) {
            meta = meta.withArticleId(id.strip());
        }
        meta = meta.withMetadata(text(node, "url"), text(node, "title"), text(node, "published"),
                text(node, "source"));
        String body = text(node, "text");
        String markup = text(node, "html");
        if ((body == null || body.isBlank()) && markup != null && !markup.isBlank()) {
            ExtractedPage page = html.extract(markup.getBytes(StandardCharsets.UTF_8), "");
            meta = meta.withMetadata(null, page.title(), page.published(), page.source());
            return new CorpusItem.Readable(new Article(meta, page.text(), true));
        }
        if (body == null || body.isBlank()) {
            return new CorpusItem.Rejected(meta, Status.SKIPPED, "empty record: no 'text' or 'html' field");
        }
        return new CorpusItem.Readable(new Article(meta, Normalizer.normalize(body, Normalizer.Form.NFC), false));
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
            String line;
            try {
                do {
                    line = reader.readLine();
                    lineNumber++;
                } while (line != null && line.isBlank());
            } catch (IOException e) {
                line = null;
            }
            if (line == null) {
                done = true;
                close();
                return false;
            }
            next = WorkItem.jsonLine(file, lineNumber, line);
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

    private static ArticleMeta baseMeta(InputFile f, String id, String sha, long size) {
        return new ArticleMeta(id, f.relative(), null, null, null, null, sha, size);
    }

    private static CorpusItem rejected(InputFile f, String id, Status status, String reason) {
        return new CorpusItem.Rejected(baseMeta(f, id, null, 0), status, reason);
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace((char) (b & 0xff)) && (b & 0xff) != 0xEF && (b & 0xff) != 0xBB
                    && (b & 0xff) != 0xBF) {
                return false;
            }
        }
        return true;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String describe(Exception e) {
        String msg = e.getMessage();
        return e.getClass().getSimpleName() + (msg == null ? "" : " " + msg);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
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
