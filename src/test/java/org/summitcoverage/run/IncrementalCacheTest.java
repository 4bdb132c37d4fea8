package org.summitcoverage.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitcoverage.model.ArticleAnalysis;
import org.summitcoverage.model.ArticleMeta;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Issue 20, case 3: a damaged `--incremental` cache is never fatal, and a record of the wrong shape is not reused. */
class IncrementalCacheTest {
    private static final String VERSION = "0.1.0+test";
    private static final String SHA_A = "a".repeat(64);
    private static final String SHA_B = "b".repeat(64);

    @TempDir
    Path out;

    private static String record(String id, String sha, String sentences) {
        return "{\"article_id\":\"" + id + "\",\"source_path\":\"" + id + ".txt\",\"url\":\"\",\"title\":\"Sommet\","
                + "\"published\":\"\",\"source\":\"\",\"language\":\"fr\",\"status\":\"ok\",\"reason\":\"\",\"chars\":12,"
                + "\"sentences\":" + sentences + ",\"tokens\":3,\"entities\":[{\"article_id\":\"" + id + "\","
                + "\"entity_id\":\"country:SN\",\"type\":\"COUNTRY\",\"canonical_name\":\"Sénégal\",\"country_code\":\"SN\","
                + "\"mentions\":1,\"first_start\":0}],\"roles\":[],\"sha256\":\"" + sha + "\",\"text\":\"Le Sénégal.\","
                + "\"mentions\":[]}\n";
    }

    private void manifest(String content) throws IOException {
        Files.writeString(out.resolve("manifest.json"), content);
    }

    private static ArticleMeta meta(String id, String sha) {
        return new ArticleMeta(id, id + ".txt", null, null, null, null, sha, 12);
    }

    @Test
    void aGarbledManifestMeansNoCacheNotAFailure() throws IOException {
        manifest("{\"pipeline_version\": \"" + VERSION);
        Files.writeString(out.resolve("articles.jsonl"), record("a", SHA_A, "1"));
        try (IncrementalCache cache = IncrementalCache.open(out, VERSION)) {
            assertNull(cache.reuse(meta("a", SHA_A)));
        }
    }

    @Test
    void aTruncatedArticlesFileKeepsTheRecordsBeforeTheDamage() throws IOException {
        manifest("{\"pipeline_version\": \"" + VERSION + "\"}");
        String second = record("b", SHA_B, "1");
        Files.writeString(out.resolve("articles.jsonl"), record("a", SHA_A, "1") + second.substring(0, second.length() / 2));
        try (IncrementalCache cache = IncrementalCache.open(out, VERSION)) {
            ArticleAnalysis a = cache.reuse(meta("a", SHA_A));
            assertNotNull(a);
            assertEquals("country:SN", a.entities().get(0).entityId());
            assertNull(cache.reuse(meta("b", SHA_B)));
        }
    }

    @Test
    void aRecordWithAFieldOfTheWrongTypeIsNotReused() throws IOException {
        manifest("{\"pipeline_version\": \"" + VERSION + "\"}");
        Files.writeString(out.resolve("articles.jsonl"), record("a", SHA_A, "\"deux\"")
                + record("b", SHA_B, "2").replace("\"mentions\":1", "\"mentions\":\"une\""));
        try (IncrementalCache cache = IncrementalCache.open(out, VERSION)) {
            assertNull(cache.reuse(meta("a", SHA_A)), "sentences is not a number");
            assertNull(cache.reuse(meta("b", SHA_B)), "an entity's mentions is not a number");
        }
    }

    @Test
    void aSoundRecordIsReused() throws IOException {
        manifest("{\"pipeline_version\": \"" + VERSION + "\"}");
        Files.writeString(out.resolve("articles.jsonl"), record("a", SHA_A, "1"));
        try (IncrementalCache cache = IncrementalCache.open(out, VERSION)) {
            ArticleAnalysis a = cache.reuse(meta("a", SHA_A));
            assertEquals(1, a.sentences());
            assertEquals("Sommet", a.meta().title());
        }
    }
}
