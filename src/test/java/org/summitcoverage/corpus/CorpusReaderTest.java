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

    /** Issue 20, case 2: a file of another type beside an article never takes the article's id. */
    @Test
    void aSiblingFileOfAnotherTypeNeverTakesTheArticlesId() throws IOException {
        Files.write(dir.resolve("sommet.jpg"), new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0});
        Files.writeString(dir.resolve("sommet.txt"), "Le sommet de Lomé s'est ouvert lundi.");
        Files.writeString(dir.resolve("notes.docx"), "x");
        Map<String, CorpusItem> items = readAll(CorpusReader.DEFAULT_MAX_BYTES);
        assertEquals(List.of("sommet"), List.copyOf(items.keySet()), "only the article is an item");
        CorpusItem.Readable r = assertInstanceOf(CorpusItem.Readable.class, items.get("sommet"));
        assertEquals("sommet.txt", r.meta().sourcePath());
    }

    /** Issue 20, case 7: a UTF-8 file with a few damaged bytes stays UTF-8; the bad bytes become U+FFFD. */
    @Test
    void aUtf8FileWithAFewBadBytesIsReadAsUtf8() throws IOException {
        byte[] good = "Le Sénégal et la Côte d'Ivoire ont signé l'accord à Abidjan ; la Guinée-Bissau a été "
                .getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xE9, (byte) 0xFF, (byte) 0xFE, (byte) 0x80, (byte) 0x81, (byte) 0xC3, (byte) 0x28, (byte) 0xE8};
        byte[] tail = " représentée par sa ministre déléguée.".getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("abime.txt"), concat(good, bad, tail));
        CorpusItem.Readable r = assertInstanceOf(CorpusItem.Readable.class,
                readAll(CorpusReader.DEFAULT_MAX_BYTES).get("abime"));
        String text = r.article().rawText();
        assertTrue(text.startsWith("Le Sénégal et la Côte d'Ivoire ont signé l'accord à Abidjan"), text);
        assertTrue(text.endsWith(" représentée par sa ministre déléguée."), text);
        assertEquals(7, text.chars().filter(c -> c == 0xFFFD).count(), text);
    }

    @Test
    void latin1RecordsOfAJsonLinesFileAreDecodedOneByOne() throws IOException {
        byte[] utf8 = "{\"id\": \"u\", \"text\": \"La Côte d'Ivoire a signé.\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "{\"id\": \"l\", \"text\": \"Le Sénégal a signé à Dakar.\"}\n".getBytes(Charset.forName("ISO-8859-1"));
        Files.write(dir.resolve("fil.jsonl"), concat(utf8, latin1, new byte[0]));
        Map<String, CorpusItem> items = readAll(CorpusReader.DEFAULT_MAX_BYTES);
        assertEquals("La Côte d'Ivoire a signé.", assertInstanceOf(CorpusItem.Readable.class, items.get("u")).article().rawText());
        assertEquals("Le Sénégal a signé à Dakar.", assertInstanceOf(CorpusItem.Readable.class, items.get("l")).article().rawText());
    }

    @Test
    void aByteOrderMarkDoesNotCostTheFirstRecordOfAJsonLinesFile() throws IOException {
        Files.write(dir.resolve("fil.jsonl"), concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "{\"id\": \"premier\", \"text\": \"Le Mali a signé.\"}\n".getBytes(StandardCharsets.UTF_8), new byte[0]));
        Map<String, CorpusItem> items = readAll(CorpusReader.DEFAULT_MAX_BYTES);
        assertEquals(List.of("premier"), List.copyOf(items.keySet()));
        assertInstanceOf(CorpusItem.Readable.class, items.get("premier"));
    }

    @Test
    void utf16WithAByteOrderMarkIsDecoded() throws IOException {
        Files.write(dir.resolve("utf16.txt"), "Le Niger a signé la déclaration de Niamey.".getBytes(StandardCharsets.UTF_16));
        CorpusItem.Readable r = assertInstanceOf(CorpusItem.Readable.class,
                readAll(CorpusReader.DEFAULT_MAX_BYTES).get("utf16"));
        assertEquals("Le Niger a signé la déclaration de Niamey.", r.article().rawText());
    }

    /**
     * Issue 20, case 8: a folder that cannot be read is one `error` row and the rest is read; a link to a folder
     * gets a row; a link to a file outside the corpus is not read. (As root, permissions do not stop a read, so
     * the unreadable folder is one whose path is longer than the system allows.)
     */
    @Test
    void anUnreadableFolderAndLinksBecomeRowsAndTheRestIsRead() throws IOException, InterruptedException {
        Files.writeString(dir.resolve("lisible.txt"), "Le Togo a signé.");
        Path outside = Files.createDirectories(dir.getParent().resolve(dir.getFileName() + "-ailleurs"));
        Files.writeString(outside.resolve("secret.txt"), "Données hors du corpus.");
        Files.createSymbolicLink(dir.resolve("raccourci"), outside);
        Files.createSymbolicLink(dir.resolve("fuite.txt"), outside.resolve("secret.txt"));
        String level = "n".repeat(250);
        Process p = new ProcessBuilder("sh", "-c", "cd '" + dir + "' && mkdir profond && cd profond && for i in $(seq 1 20); do mkdir "
                + level + " && cd " + level + " || break; done").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        p.waitFor();
        try {
            Map<String, CorpusItem> items = readAll(CorpusReader.DEFAULT_MAX_BYTES);
            assertInstanceOf(CorpusItem.Readable.class, items.get("lisible"));
            assertRejected(items.get("raccourci"), Status.SKIPPED, "link to a folder, not followed");
            assertRejected(items.get("fuite"), Status.SKIPPED, "link to a file outside the corpus, not read");
            CorpusItem unreadable = items.values().stream()
                    .filter(i -> i.meta().articleId().startsWith("profond/")).findFirst().orElseThrow();
            assertRejected(unreadable, Status.ERROR, "unreadable: FileSystemException");
            assertEquals(4, items.size(), items.keySet().toString());
        } finally {
            new ProcessBuilder("rm", "-rf", dir.resolve("profond").toString()).start().waitFor();
        }
    }

    private static byte[] concat(byte[] a, byte[] b, byte[] c) {
        byte[] out = new byte[a.length + b.length + c.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        System.arraycopy(c, 0, out, a.length + b.length, c.length);
        return out;
    }

    private static void assertRejected(CorpusItem item, Status status, String reasonStart) {
        CorpusItem.Rejected r = assertInstanceOf(CorpusItem.Rejected.class, item);
        assertEquals(status, r.status());
        assertTrue(r.reason().startsWith(reasonStart), r.reason());
    }
}
