package org.summitcoverage.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitcoverage.ArticleAnalyzer;
import org.summitcoverage.report.Columns;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `analyze` as a user runs it: a corpus with good and bad inputs in, the eight files out. */
class EndToEndIT {
    @TempDir
    Path tmp;

    private Path corpus() throws IOException {
        Path c = tmp.resolve("corpus");
        Files.createDirectories(c);
        Files.copy(Path.of("corpus/sommet-paris-ia-maroc.txt"), c.resolve("sommet-paris-ia-maroc.txt"));
        Files.write(c.resolve("vide.txt"), new byte[0]);
        Files.write(c.resolve("image.txt"), new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H'});
        Files.write(c.resolve("latin1.txt"), ("Le sommet de Dakar s'est achevé vendredi. Le Sénégal et la Gambie ont signé "
                + "la déclaration finale, coprésidée par le Ghana. Les délégations ont salué un accord équilibré.")
                .getBytes(Charset.forName("windows-1252")));
        Files.writeString(c.resolve("english.txt"), "The summit ended on Tuesday with a declaration signed by sixty "
                + "countries. The United States and the United Kingdom did not sign it, officials said.");
        Files.write(c.resolve("huge.txt"), new byte[6 * 1024 * 1024]);
        Files.createSymbolicLink(c.resolve("introuvable.txt"), c.resolve("nulle-part"));
        Files.writeString(c.resolve("fil.jsonl"), "{\"id\": \"d1\", \"text\": \"Le Kenya accueillera la prochaine "
                + "conférence. Le Kenya l'a annoncé mardi à Nairobi.\"}\n{\"id\": \"d2\", \"text\": \n");
        return c;
    }

    private static Map<String, CSVRecord> byId(Path csv) throws IOException {
        Map<String, CSVRecord> out = new HashMap<>();
        for (CSVRecord r : OutputCsv.records(csv)) {
            out.put(r.get("article_id"), r);
        }
        return out;
    }

    private RunOutcome run(Path corpus, Path out, int threads) {
        return run(corpus, out, threads, false);
    }

    private RunOutcome run(Path corpus, Path out, int threads, boolean incremental) {
        RunOptions o = new RunOptions(corpus, out, threads, true, 5L * 1024 * 1024, null, null, null, incremental, true,
                false, List.of("test"));
        return new LocalRunner(ArticleAnalyzer::shared, new PrintStream(new ByteArrayOutputStream())).run(o);
    }

    @Test
    void incrementalRunReusesUnchangedArticlesAndGivesTheSameOutput() throws IOException {
        Path c = corpus();
        Path out = tmp.resolve("incremental");
        run(c, out, 2);
        List<String> before = Files.readAllLines(out.resolve("entities.csv"));
        Files.writeString(c.resolve("latin1.txt"), "Le Ghana a signé la déclaration finale du sommet de Dakar. "
                + "La délégation ghanéenne a salué un texte équilibré et ambitieux.");
        RunOutcome again = run(c, out, 2, true);
        // readable and unchanged: the sample, the English article and the JSON Lines record; the edited file is new
        assertEquals(3, again.counts().reused());
        List<String> after = Files.readAllLines(out.resolve("entities.csv"));
        assertEquals(before.stream().filter(l -> l.startsWith("sommet-paris-ia-maroc,")).toList(),
                after.stream().filter(l -> l.startsWith("sommet-paris-ia-maroc,")).toList(),
                "reused rows are the previous rows");
        assertTrue(after.stream().anyMatch(l -> l.startsWith("latin1,country:GH,")), "the edited article was analysed again");
        assertFalse(after.stream().anyMatch(l -> l.startsWith("latin1,country:SN,")));
    }

    @Test
    void goodAndBadInputsAllBecomeRowsAndTheEightFilesAreWritten() throws IOException {
        Path c = corpus();
        Path out = tmp.resolve("out");
        RunOutcome o = run(c, out, 2);
        assertEquals(ExitCodes.ARTICLE_ERRORS, o.exitCode(), "an unreadable file and a malformed record are errors");
        for (String f : List.of("articles.csv", "entities.csv", "mentions.csv", "roles.csv", "summary.csv",
                "articles.jsonl", "summary.json", "manifest.json", "report.html")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        assertEquals(String.join(",", Columns.ARTICLES), Files.readAllLines(out.resolve("articles.csv")).get(0));
        assertEquals(String.join(",", Columns.ROLES), Files.readAllLines(out.resolve("roles.csv")).get(0));
        Map<String, CSVRecord> articles = byId(out.resolve("articles.csv"));
        assertEquals("ok", articles.get("sommet-paris-ia-maroc").get("status"));
        assertEquals("skipped", articles.get("vide").get("status"));
        assertEquals("empty file", articles.get("vide").get("reason"));
        assertTrue(articles.get("image").get("reason").startsWith("binary"));
        assertEquals("ok", articles.get("latin1").get("status"));
        assertTrue(articles.get("english").get("reason").contains("eng"), articles.get("english").get("reason"));
        assertTrue(articles.get("huge").get("reason").startsWith("too large"));
        assertEquals("error", articles.get("introuvable").get("status"));
        assertEquals("ok", articles.get("d1").get("status"));
        assertEquals("error", articles.get("fil#2").get("status"));
        assertEquals(9, articles.size());

        List<CSVRecord> entities = OutputCsv.records(out.resolve("entities.csv"));
        assertTrue(entities.stream().anyMatch(r -> r.get("article_id").equals("latin1") && r.get("entity_id").equals("country:SN")),
                "the Windows-1252 article was decoded and analysed");
        assertTrue(OutputCsv.records(out.resolve("roles.csv")).stream().anyMatch(r -> r.get("article_id").equals("d1")
                && r.get("role").equals("HOST") && r.get("entity_id").equals("country:KE")));
        assertEquals(List.of("represented-by"), OutputCsv.records(out.resolve("roles.csv")).stream()
                .filter(r -> r.get("article_id").equals("sommet-paris-ia-maroc") && r.get("role").equals("DELEGATION_HEAD"))
                .map(r -> r.get("rule")).toList(), "each row names the reading that gave it");
        Map<String, CSVRecord> summary = new HashMap<>();
        for (CSVRecord r : OutputCsv.records(out.resolve("summary.csv"))) {
            summary.put(r.get("entity_id"), r);
        }
        assertEquals("Maroc", summary.get("country:MA").get("canonical_name"));
        assertEquals("1", summary.get("country:MA").get("signatory"));

        ObjectMapper json = new ObjectMapper();
        List<String> lines = Files.readAllLines(out.resolve("articles.jsonl"));
        assertEquals(9, lines.size(), "one object per article");
        for (String line : lines) {
            JsonNode n = json.readTree(line);
            assertTrue(n.has("text") && n.path("entities").isArray() && n.path("mentions").isArray()
                    && n.path("roles").isArray(), line);
        }
        JsonNode manifest = json.readTree(out.resolve("manifest.json").toFile());
        assertEquals(9, manifest.path("counts").path("articles").asInt());
        assertEquals(2, manifest.path("counts").path("error").asInt());
        assertEquals(9, manifest.path("inputs").size());
        assertTrue(manifest.path("timings").has("nlp_ms"));
        assertFalse(Files.exists(out.resolve(RunLock.FILE)), "the lock is released");
    }

    @Test
    void outputIsByteIdenticalWhateverTheThreadCountAndASecondRunReplacesTheFirst() throws IOException {
        Path c = corpus();
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        run(c, one, 1);
        run(c, two, 2);
        for (String f : List.of("articles.csv", "entities.csv", "mentions.csv", "roles.csv", "summary.csv", "articles.jsonl")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f);
        }
        Files.delete(c.resolve("latin1.txt"));
        run(c, two, 2);
        assertFalse(byId(two.resolve("articles.csv")).containsKey("latin1"), "the second run replaced the first");
        try (var files = Files.list(two)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void aLiveLockStopsASecondRunAndAStaleOneIsTakenOver() throws IOException {
        Path c = corpus();
        Path out = tmp.resolve("locked");
        Files.createDirectories(out);
        Files.writeString(out.resolve(RunLock.FILE), ProcessHandle.current().parent().orElseThrow().pid() + " now\n");
        assertEquals(ExitCodes.LOCKED, run(c, out, 1).exitCode());
        Files.writeString(out.resolve(RunLock.FILE), "999999999 long-ago\n");
        assertEquals(ExitCodes.ARTICLE_ERRORS, run(c, out, 1).exitCode());
    }
}
