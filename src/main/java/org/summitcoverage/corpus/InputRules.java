package org.summitcoverage.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.summitcoverage.model.Article;
import org.summitcoverage.model.ArticleMeta;
import org.summitcoverage.model.Status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The rules that turn one input into a {@link CorpusItem}, whatever the file system: size limit, empty and
 * binary content, decoding, sidecar metadata, HTML extraction, JSON Lines records and their reasons. The
 * local {@link CorpusReader} and the Spark job both call {@link #decode}, so an input gets the same row in both.
 */
public final class InputRules {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Bytes from wherever the input lives (local disk, HDFS, S3...). */
    @FunctionalInterface
    public interface ByteSource {
        byte[] read() throws IOException;
    }

    private final long maxBytes;
    private final HtmlArticleExtractor htmlExtractor = new HtmlArticleExtractor();

    public InputRules(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * The item a work item becomes, in both runners: the same id, source path, metadata, status and reason.
     * Never throws: whatever a file system or a parser throws for one input stays with that input.
     */
    public CorpusItem decode(WorkItem w, InputSource source) {
        try {
            CorpusFile f = w.file();
            if (f.problem() != null) {
                return rejected(f.articleId(), f.relative(), f.problem().status(), f.problem().reason());
            }
            if (f.isJsonLines()) {
                return w.line() == null
                        ? rejected(f.articleId(), f.relative(), Status.ERROR, "unreadable: cannot open file")
                        : jsonLine(f.articleId(), w.sourcePath(), w.lineNumber(), w.line(), w.note());
            }
            return file(f.articleId(), f.relative(), f.extension(), f.size(), () -> source.readAll(f.location()),
                    f.sidecarLocation() == null ? null : () -> source.readAll(f.sidecarLocation()));
        } catch (RuntimeException e) {
            return rejected(w.fallbackId(), w.sourcePath(), Status.ERROR, "unreadable: " + describe(e));
        }
    }

    /** The article id {@link #decode} will give, without reading files or extracting HTML (for the duplicate rule). */
    public String articleId(WorkItem w) {
        return w.line() == null ? w.file().articleId() : jsonLineId(w.fallbackId(), w.line());
    }

    /**
     * One `.txt`/`.html`/`.htm` file (anything else is reported as unsupported).
     *
     * @param sidecar the `.meta.json` beside it, or null when there is none
     */
    private CorpusItem file(String id, String sourcePath, String extension, long size, ByteSource content,
                           ByteSource sidecar) {
        if (!extension.equals("txt") && !extension.equals("html") && !extension.equals("htm")) {
            return rejected(id, sourcePath, Status.SKIPPED,
                    "unsupported file type" + (extension.isEmpty() ? "" : " ." + extension));
        }
        if (size > maxBytes) {
            return new CorpusItem.Rejected(new ArticleMeta(id, sourcePath, null, null, null, null, null, size),
                    Status.SKIPPED, tooLarge(size));
        }
        byte[] bytes;
        try {
            bytes = content.read();
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return rejected(id, sourcePath, Status.ERROR, "unreadable: " + describe(e));
        }
        ArticleMeta meta = new ArticleMeta(id, sourcePath, null, null, null, null, Hashing.sha256(bytes), bytes.length);
        if (bytes.length == 0 || isBlank(bytes)) {
            return new CorpusItem.Rejected(withSidecar(meta, sidecar), Status.SKIPPED, "empty file");
        }
        if (TextDecoder.looksBinary(bytes)) {
            return new CorpusItem.Rejected(withSidecar(meta, sidecar), Status.SKIPPED, "binary content, not text");
        }
        if (extension.equals("txt")) {
            TextDecoder.Decoded text = TextDecoder.decodeNoted(bytes);
            return new CorpusItem.Readable(new Article(withSidecar(meta, sidecar), text.text(), false, text.note()));
        }
        ExtractedPage page = htmlExtractor.extract(bytes, "");
        ArticleMeta fromPage = meta.withMetadata(page.url(), page.title(), page.published(), page.source());
        return new CorpusItem.Readable(new Article(withSidecar(fromPage, sidecar), page.text(), true));
    }

    /** One non-blank line of a JSON Lines file; {@code fileId} gives the fallback id `fileId#line`. */
    private CorpusItem jsonLine(String fileId, String sourcePath, int lineNumber, String line, String note) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        ArticleMeta meta = new ArticleMeta(fileId + "#" + lineNumber, sourcePath, null, null, null, null,
                Hashing.sha256(bytes), bytes.length);
        if (bytes.length > maxBytes) {
            return new CorpusItem.Rejected(meta, Status.SKIPPED, tooLarge(bytes.length));
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
        meta = meta.withArticleId(idField(node, meta.articleId()));
        meta = meta.withMetadata(text(node, "url"), text(node, "title"), text(node, "published"), text(node, "source"));
        String body = text(node, "text");
        String html = text(node, "html");
        if ((body == null || body.isBlank()) && html != null && !html.isBlank()) {
            ExtractedPage page = htmlExtractor.extract(html.getBytes(StandardCharsets.UTF_8), "");
            meta = meta.withMetadata(null, page.title(), page.published(), page.source());
            return new CorpusItem.Readable(new Article(meta, page.text(), true));
        }
        if (body == null || body.isBlank()) {
            return new CorpusItem.Rejected(meta, Status.SKIPPED, "empty record: no 'text' or 'html' field");
        }
        return new CorpusItem.Readable(new Article(meta, Normalizer.normalize(body, Normalizer.Form.NFC), false, note));
    }

    /** The id of a JSON Lines record: its `id` field, else {@code fallback} (also for a line that is no object). */
    private String jsonLineId(String fallback, String line) {
        if (line.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            return fallback;
        }
        try {
            JsonNode node = JSON.readTree(line);
            return node != null && node.isObject() ? idField(node, fallback) : fallback;
        } catch (IOException e) {
            return fallback;
        }
    }

    private static String idField(JsonNode node, String fallback) {
        String id = text(node, "id");
        return id != null && !id.isBlank() ? id.strip() : fallback;
    }

    public static CorpusItem rejected(String id, String sourcePath, Status status, String reason) {
        return new CorpusItem.Rejected(new ArticleMeta(id, sourcePath, null, null, null, null, null, 0), status, reason);
    }

    private String tooLarge(long size) {
        return "too large: " + size + " bytes > limit of " + maxBytes + " bytes (--max-bytes)";
    }

    private static ArticleMeta withSidecar(ArticleMeta meta, ByteSource sidecar) {
        if (sidecar == null) {
            return meta;
        }
        try {
            JsonNode node = JSON.readTree(sidecar.read());
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

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            int c = b & 0xff;
            if (!Character.isWhitespace((char) c) && c != 0xEF && c != 0xBB && c != 0xBF) {
                return false;
            }
        }
        return true;
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static String describe(Exception e) {
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
}
