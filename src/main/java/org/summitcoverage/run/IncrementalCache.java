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

    static IncrementalCache open(Path outDir, String pipelineVersion) throws IOException {
        Path manifest = outDir.resolve("manifest.json");
        Path jsonl = outDir.resolve("articles.jsonl");
        if (!Files.isRegularFile(manifest) || !Files.isRegularFile(jsonl)) {
            return none();
        }
        JsonNode m = JSON.readTree(manifest.toFile());
        if (!pipelineVersion.equals(m.path("pipeline_version").asText())) {
            return none();
        }
        IncrementalCache cache = new IncrementalCache(new RandomAccessFile(jsonl.toFile(), "r"));
        cache.index(jsonl);
        return cache;
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

    private static ArticleAnalysis fromJson(JsonNode n, ArticleMeta current) {
        ArticleMeta meta = current.withMetadata(text(n, "url"), text(n, "title"), text(n, "published"),
                text(n, "source"));
        List<Entity> entities = new ArrayList<>();
        for (JsonNode e : n.path("entities")) {
            entities.add(new Entity(e.path("entity_id").asText(), EntityType.valueOf(e.path("type").asText()),
                    e.path("canonical_name").asText(), e.path("country_code").asText(), e.path("mentions").asInt(),
                    e.path("first_start").asInt()));
        }
        List<Mention> mentions = new ArrayList<>();
        for (JsonNode m : n.path("mentions")) {
            mentions.add(new Mention(m.path("entity_id").asText(), EntityType.valueOf(m.path("type").asText()),
                    m.path("text").asText(), m.path("sentence_index").asInt(), m.path("start").asInt(),
                    m.path("end").asInt(), m.path("ner_label").asText(), m.path("method").asText()));
        }
        List<Role> roles = new ArrayList<>();
        for (JsonNode r : n.path("roles")) {
            roles.add(new Role(RoleType.valueOf(r.path("role").asText()), r.path("entity_id").asText(),
                    EntityType.valueOf(r.path("type").asText()), r.path("canonical_name").asText(),
                    r.path("event_id").asText(), r.path("on_behalf_of").asText(), r.path("trigger").asText(),
                    r.path("sentence_index").asInt(), r.path("evidence").asText(), r.path("confidence").asDouble()));
        }
        Status status = Status.valueOf(n.path("status").asText().toUpperCase(Locale.ROOT));
        return new ArticleAnalysis(meta, status, n.path("reason").asText(), n.path("language").asText(),
                n.path("text").asText(), n.path("sentences").asInt(), n.path("tokens").asInt(), entities, mentions,
                roles, null);
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
