package org.summitcoverage.run;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.summitcoverage.model.ArticleAnalysis;
import org.summitcoverage.model.ArticleMeta;
import org.summitcoverage.model.Entity;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.Role;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.model.Status;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * `--incremental`: the previous run's articles.jsonl, indexed by article id (sha256 and where its line is,
 * not its content, so memory stays small). An article whose bytes and pipeline version are unchanged is
 * read back instead of analysed again.
 */
final class IncrementalCache implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, long[]> lines = new HashMap<>();
    private final Map<String, String> shas = new HashMap<>();
    private final RandomAccessFile file;

    private IncrementalCache(RandomAccessFile file) {
        this.file = file;
    }

    static IncrementalCache none() {
        return new IncrementalCache(null);
    }

    static IncrementalCache open(Path outDir, String pipelineVersion) {
        return open(outDir, pipelineVersion, System.err);
    }

    /**
     * The previous run in {@code outDir} as a cache. Never fatal: a manifest that cannot be read means no cache,
     * and a damaged articles.jsonl keeps the records before the damage; {@code err} says so, and the articles
     * without a usable record are analysed again.
     */
    static IncrementalCache open(Path outDir, String pipelineVersion, java.io.PrintStream err) {
        Path manifest = outDir.resolve("manifest.json");
        Path jsonl = outDir.resolve("articles.jsonl");
        if (!Files.isRegularFile(manifest) || !Files.isRegularFile(jsonl)) {
            return none();
        }
        try {
            JsonNode m = JSON.readTree(manifest.toFile());
            if (m == null || !pipelineVersion.equals(m.path("pipeline_version").asText())) {
                return none();
            }
        } catch (IOException | RuntimeException e) {
            err.println("summit-coverage: warning: --incremental: " + manifest + " cannot be read (" + firstLine(e)
                    + "); every article is analysed again");
            return none();
        }
        IncrementalCache cache;
        try {
            cache = new IncrementalCache(new RandomAccessFile(jsonl.toFile(), "r"));
        } catch (IOException e) {
            err.println("summit-coverage: warning: --incremental: " + jsonl + " cannot be read (" + firstLine(e)
                    + "); every article is analysed again");
            return none();
        }
        try {
            cache.index(jsonl);
        } catch (IOException | RuntimeException e) {
            err.println("summit-coverage: warning: --incremental: " + jsonl + " is damaged after " + cache.lines.size()
                    + " records (" + firstLine(e) + "); the articles without a record are analysed again");
        }
        return cache;
    }

    private static String firstLine(Exception e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /**
     * One streaming pass over the previous articles.jsonl: for each object, its id, status, sha256 and byte
     * range. Arrays are skipped unread, so memory does not depend on the size of the file.
     */
    private void index(Path jsonl) throws IOException {
        try (JsonParser p = JSON.getFactory().createParser(jsonl.toFile())) {
            while (p.nextToken() == JsonToken.START_OBJECT) {
                long start = p.currentTokenLocation().getByteOffset();
                String id = null;
                String sha = null;
                String status = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken value = p.nextToken();
                    if (value == JsonToken.START_ARRAY || value == JsonToken.START_OBJECT) {
                        p.skipChildren();
                    } else if (name.equals("article_id")) {
                        id = p.getText();
                    } else if (name.equals("sha256")) {
                        sha = p.getText();
                    } else if (name.equals("status")) {
                        status = p.getText();
                    }
                }
                long end = p.currentLocation().getByteOffset();
                if (id != null && sha != null && !sha.isEmpty() && !"error".equals(status)) {
                    lines.put(id, new long[]{start, end - start});
                    shas.put(id, sha);
                }
            }
        }
    }

    /** The previous result for this article when its bytes are unchanged, else null. */
    ArticleAnalysis reuse(ArticleMeta meta) {
        if (file == null || meta.sha256() == null || !meta.sha256().equals(shas.get(meta.articleId()))) {
            return null;
        }
        long[] at = lines.get(meta.articleId());
        try {
            byte[] bytes = new byte[(int) at[1]];
            file.seek(at[0]);
            file.readFully(bytes);
            return fromJson(JSON.readTree(bytes), meta);
        } catch (IOException | RuntimeException e) {
            return null; // an unreadable old line just means the article is analysed again
        }
    }

    /**
     * The previous record as an analysis; any field of the wrong type (a damaged or hand-edited file) throws, so
     * that the article is analysed again rather than reused with a zero or an empty list.
     */
    private static ArticleAnalysis fromJson(JsonNode n, ArticleMeta current) {
        ArticleMeta meta = current.withMetadata(text(n, "url"), text(n, "title"), text(n, "published"),
                text(n, "source"));
        List<Entity> entities = new ArrayList<>();
        for (JsonNode e : array(n, "entities")) {
            entities.add(new Entity(str(e, "entity_id"), EntityType.valueOf(str(e, "type")), str(e, "canonical_name"),
                    str(e, "country_code"), integer(e, "mentions"), integer(e, "first_start")));
        }
        List<Mention> mentions = new ArrayList<>();
        for (JsonNode m : array(n, "mentions")) {
            mentions.add(new Mention(str(m, "entity_id"), EntityType.valueOf(str(m, "type")), str(m, "text"),
                    integer(m, "sentence_index"), integer(m, "start"), integer(m, "end"), str(m, "ner_label"),
                    str(m, "method")));
        }
        List<Role> roles = new ArrayList<>();
        for (JsonNode r : array(n, "roles")) {
            JsonNode confidence = r.path("confidence");
            if (!confidence.isNumber()) {
                throw new IllegalArgumentException("confidence is not a number");
            }
            roles.add(new Role(RoleType.valueOf(str(r, "role")), str(r, "entity_id"),
                    EntityType.valueOf(str(r, "type")), str(r, "canonical_name"), str(r, "event_id"),
                    str(r, "on_behalf_of"), str(r, "trigger"), integer(r, "sentence_index"), str(r, "evidence"),
                    confidence.asDouble(), r.path("rule").asText("")));
        }
        Status status = Status.valueOf(str(n, "status").toUpperCase(Locale.ROOT));
        return new ArticleAnalysis(meta, status, str(n, "reason"), str(n, "language"), str(n, "text"),
                integer(n, "sentences"), integer(n, "tokens"), entities, mentions, roles, null);
    }

    private static JsonNode array(JsonNode n, String f) {
        JsonNode v = n.path(f);
        if (!v.isArray()) {
            throw new IllegalArgumentException(f + " is not an array");
        }
        return v;
    }

    private static String str(JsonNode n, String f) {
        JsonNode v = n.path(f);
        if (!v.isTextual()) {
            throw new IllegalArgumentException(f + " is not a string");
        }
        return v.asText();
    }

    private static int integer(JsonNode n, String f) {
        JsonNode v = n.path(f);
        if (!v.isInt()) {
            throw new IllegalArgumentException(f + " is not an integer");
        }
        return v.asInt();
    }

    private static String text(JsonNode n, String f) {
        String s = n.path(f).asText("");
        return s.isEmpty() ? null : s;
    }

    @Override
    public void close() throws IOException {
        if (file != null) {
            file.close();
        }
    }
}
