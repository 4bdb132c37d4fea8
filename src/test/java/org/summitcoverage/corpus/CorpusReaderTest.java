package org.summitcoverage.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitcoverage.model.Status;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusReaderTest {
    @TempDir
    Path dir;

    private Map<String, CorpusItem> readAll(long maxBytes) throws IOException {
        CorpusReader r = new CorpusReader(dir, maxBytes);
        var files = r.files();
        Map<String, CorpusItem> out = new LinkedHashMap<>();
        Iterator<CorpusItem> it = r.items(files);
        List<CorpusItem> all = new ArrayList<>();
        while (it.hasNext()) {
            all.add(it.next());
        }
        assertEquals(r.countItems(files), all.size(), "countItems must announce exactly what items() yields");
        for (CorpusItem i : all) {
            out.put(i.meta().articleId(), i);
        }
        return out;
    }

    @Test
    void txtWithSidecarTakesItsMetadataAndNestedIdsUseSlashes() throws IOException {
        Files.createDirectories(dir.resolve("2025"));
        Files.writeString(dir.resolve("2025/paris-ia.txt"), "Le sommet s'est achevé mardi à Paris.");
        Files.writeString(dir.resolve("2025/paris-ia.meta.json"),
                "{\"url\":\"https://exemple.fr/a\",\"title\":\"Sommet\",\"published\":\"2025-02-11\",\"source\":\"Exemple\"}");
        Map<String, CorpusItem> items = readAll(CorpusReader.DEFAULT_MAX_BYTES);
        assertEquals(List.of("2025/paris-ia"), List.copyOf(items.keySet()));
        CorpusItem.Readable r = assertInstanceOf(CorpusItem.Readable.class, items.get("2025/paris-ia"));
        assertEquals("https://exemple.fr/a", r.meta().url());
        assertEquals("2025-02-11", r.meta().published());
        assertEquals("Exemple", r.meta().source());
        assertEquals(64, r.meta().sha256().length());
    }

    @Test
    void everyBadInputBecomesAnItemWithAReason() throws IOException {
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("image.txt"), new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        Files.write(dir.resolve("latin1.txt"), "Le Sénégal a signé la déclaration à Dakar.".getBytes(Charset.forName("ISO-8859-1")));
        Files.write(dir.resolve("huge.txt"), new byte[2048]);
        Files.createSymbolicLink(dir.resolve("ghost.txt"), dir.resolve("does-not-exist"));
        Files.writeString(dir.resolve("notes.docx"), "x");
        Files.writeString(dir.resolve("fil.jsonl"), String.join("\n",
                "{\"id\": \"d1\", \"text\": \"Le Maroc a signé.\"}",
                "{\"id\": \"d2\", \"text\": ",
                "",
                "{\"id\": \"d3\", \"title\": \"sans texte\"}",
                "{\"text\": \"Sans identifiant.\"}") + "\n", StandardCharsets.UTF_8);
        Map<String, CorpusItem> items = readAll(1024);

        assertRejected(items.get("empty"), Status.SKIPPED, "empty file");
        assertRejected(items.get("image"), Status.SKIPPED, "binary content");
        assertRejected(items.get("huge"), Status.SKIPPED, "too large: 2048 bytes");
        assertRejected(items.get("ghost"), Status.ERROR, "unreadable");
        assertRejected(items.get("notes"), Status.SKIPPED, "unsupported file type .docx");
        assertRejected(items.get("fil#2"), Status.ERROR, "malformed JSON at line 2");
        assertRejected(items.get("d3"), Status.SKIPPED, "empty record");
        CorpusItem.Readable latin = assertInstanceOf(CorpusItem.Readable.class, items.get("latin1"));
        assertEquals("Le Sénégal a signé la déclaration à Dakar.", latin.article().rawText());
        CorpusItem.Readable d1 = assertInstanceOf(CorpusItem.Readable.class, items.get("d1"));
        assertEquals("fil.jsonl:1", d1.meta().sourcePath());
        assertInstanceOf(CorpusItem.Readable.class, items.get("fil#5"), "a record without id falls back to file#line");
    }

    @Test
    void duplicateArticleIdIsReportedNotOverwritten() throws IOException {
        Files.writeString(dir.resolve("a.jsonl"), "{\"id\":\"same\",\"text\":\"Premier texte.\"}\n{\"id\":\"same\",\"text\":\"Second texte.\"}\n");
        Map<String, CorpusItem> items = readAll(CorpusReader.DEFAULT_MAX_BYTES);
        assertInstanceOf(CorpusItem.Readable.class, items.get("same"));
        assertRejected(items.get("same~2"), Status.SKIPPED, "duplicate article_id 'same'");
    }

    private static void assertRejected(CorpusItem item, Status status, String reasonStart) {
        CorpusItem.Rejected r = assertInstanceOf(CorpusItem.Rejected.class, item);
        assertEquals(status, r.status());
        assertTrue(r.reason().startsWith(reasonStart), r.reason());
    }
}
