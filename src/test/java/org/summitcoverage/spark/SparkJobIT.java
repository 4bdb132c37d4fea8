package org.summitcoverage.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.TaskFailedReason;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitcoverage.ArticleAnalyzer;
import org.summitcoverage.report.Columns;
import org.summitcoverage.report.SpreadsheetCells;
import org.summitcoverage.run.ExitCodes;
import org.summitcoverage.run.LocalRunner;
import org.summitcoverage.run.RunCounts;
import org.summitcoverage.run.RunOptions;
import org.summitcoverage.run.RunOutcome;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark job in {@code local[2]} (with up to 2 attempts per task: {@code local[2,2]}) against the local
 * runner on the same input: every table must hold exactly the same rows (compared as multisets, so a
 * duplicate row fails too), whatever the output format, with bad inputs and with task retries.
 */
class SparkJobIT {
    private static final Map<String, List<String>> TABLES = Map.of("articles", Columns.ARTICLES,
            "entities", Columns.ENTITIES, "mentions", Columns.MENTIONS, "roles", Columns.ROLES,
            "summary", Columns.SUMMARY, "events", Columns.EVENTS, "event_roles", Columns.EVENT_ROLES,
            "event_articles", Columns.EVENT_ARTICLES);
    private static final AtomicInteger FAILED_TASKS = new AtomicInteger();
    private static SparkSession spark;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder()
                .master("local[2,2]")
                .appName("SparkJobIT")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
        spark.sparkContext().addSparkListener(new SparkListener() {
            @Override
            public void onTaskEnd(SparkListenerTaskEnd end) {
                if (end.reason() instanceof TaskFailedReason) {
                    FAILED_TASKS.incrementAndGet();
                }
            }
        });
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void sampleCorpusGivesTheRowsOfTheLocalRun() throws IOException {
        compareWithLocal(Path.of("corpus"), SparkAnalyzeJob.Format.parquet);
    }

    @Test
    void evaluationSetGivesTheBytesOfTheLocalRunAsCsv() throws IOException {
        compareWithLocal(Path.of("src/test/resources/eval/corpus"), SparkAnalyzeJob.Format.csv);
    }

    @Test
    void badInputsAndRetriedTasksGiveTheRowsOfTheLocalRunAsCsv() throws IOException {
        Path corpus = badCorpus();
        int failedBefore = FAILED_TASKS.get();
        spark.conf().set(SparkAnalyzeJob.FAIL_ONCE_CONF, "true");
        RunOutcome o;
        try {
            o = compareWithLocal(corpus, SparkAnalyzeJob.Format.csv);
        } finally {
            spark.conf().unset(SparkAnalyzeJob.FAIL_ONCE_CONF);
        }
        assertTrue(FAILED_TASKS.get() - failedBefore >= 3,
                "the injected failures happened and were retried: " + (FAILED_TASKS.get() - failedBefore));
        assertEquals(ExitCodes.ARTICLE_ERRORS, o.exitCode(), "a malformed record is an error");
        JsonNode manifest = new ObjectMapper().readTree(tmp.resolve("spark-out/manifest.json").toFile());
        assertEquals(o.counts().articles(), manifest.path("counts").path("articles").asLong());
        assertEquals("spark", manifest.path("runner").asText());
        List<String> reasons = new ArrayList<>();
        manifest.path("skipped").forEach(s -> reasons.add(s.path("article_id").asText() + ": " + s.path("reason").asText()));
        String all = String.join("\n", reasons);
        for (String expected : List.of("vide: empty record", "image: binary content, not text", "huge: too large",
"fil#3: malformed JSON at line 3", "fil#6: line 6 is not a JSON object",
                "vide~2: duplicate article_id 'vide' (first seen in fil.jsonl:7)",
                "d1~2: duplicate article_id 'd1' (first seen in fil.jsonl:1)",
                "doublon~2: duplicate article_id 'doublon' (first seen in doublon.html)",
                "english: not French", "introuvable: unreadable: NoSuchFileException")) {
            assertTrue(all.contains(expected), expected + " in\n" + all);
        }
        for (String table : SparkAnalyzeJob.TABLES) {
            assertTrue(manifest.path("tables").has(table), table);
        }
        // the same page as a file and as a JSON Lines record, and a copy under another headline with its end cut:
        // one report each, found alike by both runners (the rows above are equal)
        List<String> copies = new ArrayList<>();
        for (String row : csvRows(tmp.resolve("local-out/articles.csv"), Columns.ARTICLES)) {
            String[] v = row.split("\u0001", -1);
            if (!v[v.length - 1].isEmpty()) {
                copies.add(v[0] + " → " + v[v.length - 1]);
            }
        }
        assertEquals(List.of("fil#5 → doublon", "sous-dossier/reprise → sous-dossier/sommet-paris-ia-maroc"), copies);
        List<String> ignored = new ArrayList<>();
        manifest.path("ignored").forEach(i -> ignored.add(i.path("path").asText()));
        assertEquals(List.of("notes.pdf", "sommet-accra.jpg"), ignored, "files of other types take no id and no row");
    }

    /** Runs both runners on {@code corpus} and asserts that every table holds the same rows. */
    private RunOutcome compareWithLocal(Path corpus, SparkAnalyzeJob.Format format) throws IOException {
        Path local = tmp.resolve("local-out");
        Path distributed = tmp.resolve("spark-out");
        RunOptions lo = new RunOptions(corpus, local, 2, true, 5L * 1024 * 1024, null, null, null, false, false,
                false, List.of("test"));
        RunOutcome lr = new LocalRunner(ArticleAnalyzer::shared, new PrintStream(new ByteArrayOutputStream()))
                .run(lo);
        RunOutcome so = SparkAnalyzeJob.run(spark,
                SparkAnalyzeJob.Options.of(corpus.toAbsolutePath().toString(), distributed.toUri().toString(), format));
        // an article that failed in one runner only is named, with its reason, rather than only counted
        assertEquals(lr.exitCode(), so.exitCode(), () -> "local run's articles not ok: " + notOk(local));
        assertEquals(countsOnly(lr.counts()), countsOnly(so.counts()), "the same counters, summed across partitions");
        assertTrue(lr.counts().ok() > 0);
        for (Map.Entry<String, List<String>> t : TABLES.entrySet()) {
            Path localCsv = local.resolve(t.getKey() + ".csv");
            List<String> expected = format == SparkAnalyzeJob.Format.csv ? rawRecords(localCsv, t.getValue())
                    : csvRows(localCsv, t.getValue());
            List<String> actual = format == SparkAnalyzeJob.Format.csv
                    ? csvFolderRecords(distributed.resolve(t.getKey()), t.getValue())
                    : parquetRows(distributed.resolve(t.getKey()), t.getValue());
            assertSameRows(t.getKey(), expected, actual);
        }
        assertTrue(Files.isRegularFile(distributed.resolve("manifest.json")));
        return so;
    }

    /** The counters without the stage times (which differ from run to run). */
    private static RunCounts countsOnly(RunCounts c) {
        return new RunCounts(c.articles(), c.ok(), c.skipped(), c.errors(), c.reused(), c.entities(), c.mentions(),
                c.roles(), c.tokens(), null);
    }

    private static void assertSameRows(String table, List<String> expected, List<String> actual) {
        List<String> e = new ArrayList<>(expected);
        List<String> a = new ArrayList<>(actual);
        e.sort(null);
        a.sort(null);
        if (!e.equals(a)) {
            List<String> missing = new ArrayList<>(e);
            actual.forEach(missing::remove);
            List<String> extra = new ArrayList<>(a);
            expected.forEach(extra::remove);
            throw new AssertionError(table + ": " + expected.size() + " local rows, " + actual.size()
                    + " Spark rows\nmissing: " + head(missing) + "\nextra: " + head(extra));
        }
        // every input set holds signatures, so an empty table (roles included) means both runners lost rows
        assertFalse(e.isEmpty(), table + " is empty");
    }

    private static List<String> notOk(Path localOut) {
        List<String> out = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(localOut.resolve("articles.csv"), StandardCharsets.UTF_8);
             CSVParser p = CSV.parse(in)) {
            for (CSVRecord r : p) {
                if (!r.get("status").equals("ok")) {
                    out.add(r.get("article_id") + " " + r.get("status") + ": " + r.get("reason"));
                }
            }
        } catch (IOException e) {
            out.add("(articles.csv unreadable: " + e + ")");
        }
        return out;
    }

    private static String head(List<String> rows) {
        return String.join("\n  ", rows.subList(0, Math.min(5, rows.size())));
    }

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private static List<String> csvRows(Path csv, List<String> columns) throws IOException {
        List<String> out = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8); CSVParser p = CSV.parse(in)) {
            assertEquals(columns, p.getHeaderNames(), csv.toString());
            for (CSVRecord r : p) {
                out.add(String.join("\u0001", r.toList()));
            }
        }
        return out;
    }

    /**
     * The records of a CSV file exactly as written (the characters from one record's start to the next's,
     * line end included), after checking the header: byte-for-byte comparison once sorted.
     */
    private static List<String> rawRecords(Path csv, List<String> columns) throws IOException {
        String content = Files.readString(csv, StandardCharsets.UTF_8);
        assertFalse(content.contains("\r\n"), "\\n line ends in " + csv);
        List<String> out = new ArrayList<>();
        try (CSVParser p = CSV.parse(new java.io.StringReader(content))) {
            assertEquals(columns, p.getHeaderNames(), csv.toString());
            long start = -1;
            for (CSVRecord r : p) {
                if (start >= 0) {
                    out.add(content.substring((int) start, (int) r.getCharacterPosition()));
                }
                start = r.getCharacterPosition();
            }
            if (start >= 0) {
                out.add(content.substring((int) start));
            }
        }
        return out;
    }

    private static List<String> csvFolderRecords(Path dir, List<String> columns) throws IOException {
        assertTrue(Files.isRegularFile(dir.resolve("_SUCCESS")), dir + " was committed");
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList()) {
                out.addAll(rawRecords(f, columns));
            }
        }
        return out;
    }

    private static List<String> parquetRows(Path dir, List<String> columns) {
        Dataset<Row> df = spark.read().parquet(dir.toString());
        assertEquals(columns, Arrays.asList(df.columns()), dir.toString());
        List<String> out = new ArrayList<>();
        for (Row r : df.collectAsList()) {
            List<String> v = new ArrayList<>(r.length());
            for (int i = 0; i < r.length(); i++) {
                Object x = r.get(i);
                // Parquet keeps every value verbatim; the local CSV applies the formula policy
                v.add(x == null ? "" : x instanceof BigDecimal d ? d.toPlainString()
                        : x instanceof String text ? SpreadsheetCells.escape(text) : x.toString());
            }
            out.add(String.join("\u0001", v));
        }
        return out;
    }

    /** Good and bad inputs of every kind the reader knows: duplicates, a broken sidecar, a dangling link, odd names. */
    private Path badCorpus() throws IOException {
        Path c = tmp.resolve("corpus");
        Files.createDirectories(c.resolve("sous-dossier"));
        Files.copy(Path.of("corpus/sommet-paris-ia-maroc.txt"), c.resolve("sous-dossier/sommet-paris-ia-maroc.txt"));
        Files.writeString(c.resolve("sous-dossier/sommet-paris-ia-maroc.meta.json"),
                "{\"url\": \"https://exemple.fr/ia\", \"title\": \"Sommet de Paris\", \"published\": \"2025-02-11\", \"source\": \"Exemple\"}");
        String maroc = Files.readString(Path.of("corpus/sommet-paris-ia-maroc.txt"));
        Files.writeString(c.resolve("sous-dossier/reprise.txt"), "IA : le Maroc à Paris\n"
                + maroc.substring(0, maroc.lastIndexOf('.', maroc.length() - 400) + 1));
        Files.write(c.resolve("vide.txt"), new byte[0]);
        Files.write(c.resolve("image.txt"), new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        Files.write(c.resolve("latin1.txt"), ("Le sommet de Dakar s'est achevé vendredi. Le Sénégal et la Gambie ont "
                + "signé la déclaration finale, coprésidée par le Ghana. Les délégations ont salué un accord équilibré.")
                .getBytes(Charset.forName("windows-1252")));
        Files.writeString(c.resolve("latin1.meta.json"), "{ pas du json");
        Files.writeString(c.resolve("english.txt"), "The summit ended on Tuesday with a declaration signed by sixty "
                + "countries. The United States and the United Kingdom did not sign it, officials said.");
        Files.write(c.resolve("huge.txt"), new byte[6 * 1024 * 1024]);
        Files.writeString(c.resolve("notes.pdf"), "%PDF-1.4");
        Files.write(c.resolve("sommet-accra.jpg"), new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0});
        Files.writeString(c.resolve("sommet-accra.txt"), "Le Ghana a accueilli lundi à Accra le sommet de la CEDEAO.");
        Files.writeString(c.resolve("sommet-accra.meta.json"),
                "{\"title\": \"=HYPERLINK(\\\"http://exemple.invalid\\\")\", \"source\": \"+agence\"}");
        Files.createSymbolicLink(c.resolve("introuvable.txt"), c.resolve("nulle-part"));
        Files.writeString(c.resolve("sous-dossier/brève #2: été 2025.txt"), "Le Sénégal accueillera le prochain "
                + "sommet de la CEDEAO à Dakar. Le président ghanéen a salué cette décision mardi.");
        Files.writeString(c.resolve("orpheline.meta.json"), "{\"title\": \"sans article\"}");
        String page = "<html><head><title>Sommet d'Accra</title><meta property=\"article:published_time\" "
                + "content=\"2025-03-02\"></head><body><article><h1>Sommet d'Accra</h1><p>Le Ghana a accueilli "
                + "lundi à Accra le sommet de la CEDEAO. Le président nigérian Bola Tinubu a présidé les débats, "
                + "et le Togo a signé la déclaration finale.</p><p>Le Mali, le Burkina Faso et le Niger étaient "
                + "absents de la réunion.</p></article></body></html>";
        Files.writeString(c.resolve("doublon.html"), page);
        Files.writeString(c.resolve("doublon.txt"), "Le Kenya accueillera la prochaine conférence. Le Kenya l'a "
                + "annoncé mardi à Nairobi, en présence de la délégation éthiopienne.");
        Files.writeString(c.resolve("fil.jsonl"), String.join("\n",
                "{\"id\": \"d1\", \"text\": \"Le Kenya accueillera la prochaine conférence. Le Kenya l'a annoncé mardi à Nairobi.\"}",
                "",
                "{\"id\": \"d2\", \"text\": ",
                "{\"id\": \"d1\", \"text\": \"La France a signé l'accord. Le Brésil a refusé de le signer.\"}",
                "{\"title\": \"sans id\", \"html\": " + new ObjectMapper().writeValueAsString(page) + "}",
                "[1, 2]",
                "{\"id\": \"vide\", \"text\": \"   \"}") + "\n");
        return c;
    }
}
