package org.summitcoverage.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitcoverage.run.ExitCodes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `analyze` as a careless or hostile user runs it (issue 20), on corpora that need no model: each input is an
 * empty file, which is a `skipped` row.
 */
class AnalyzeSafetyTest {
    @TempDir
    Path tmp;

    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private PrintStream savedErr;

    @BeforeEach
    void captureStderr() {
        savedErr = System.err;
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStderr() {
        System.setErr(savedErr);
    }

    private String stderr() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    private Path corpus(String name, String... emptyFiles) throws IOException {
        Path c = Files.createDirectories(tmp.resolve(name));
        for (String f : emptyFiles) {
            Files.write(c.resolve(f), new byte[0]);
        }
        return c;
    }

    private static int analyze(Path corpus, String out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("analyze", corpus.toString(), "--out", out, "--quiet"));
        args.addAll(List.of(more));
        return Main.execute(args.toArray(new String[0]));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Case 4. */
    @Test
    void anOutputFolderInsideOrEqualToTheCorpusIsRefused() throws IOException {
        Path c = corpus("corpus", "vide.txt");
        assertEquals(ExitCodes.USAGE, analyze(c, c.resolve("sortie").toString()));
        assertEquals(ExitCodes.USAGE, analyze(c, c.toString()));
        assertEquals(List.of("vide.txt"), names(c), "nothing written into the corpus");
        assertTrue(stderr().contains("inside the corpus folder"), stderr());
    }

    /** Case 5. */
    @Test
    void aMalformedPreviousRunIsAWarningAndNoChangesFile() throws IOException {
        Path c = corpus("corpus", "vide.txt");
        Path previous = Files.createDirectories(tmp.resolve("hier"));
        Files.writeString(previous.resolve("entities.csv"), "article_id,entity_id,type,canonical_name\na,\"cassé,x\n");
        Files.writeString(previous.resolve("roles.csv"), "article_id,role,entity_id,type,canonical_name,event_id\n");
        Path out = tmp.resolve("out");
        assertEquals(ExitCodes.OK, analyze(c, out.toString(), "--compare", previous.toString()));
        assertFalse(Files.exists(out.resolve("changes.csv")));
        assertTrue(Files.exists(out.resolve("manifest.json")));
        assertTrue(names(out).stream().noneMatch(n -> n.endsWith(".tmp")), names(out).toString());
        assertTrue(stderr().contains("warning: --compare " + previous), stderr());
        assertFalse(stderr().contains("\tat "), "no stack trace");
    }

    /** Case 9. */
    @Test
    void anEmptyOrFileOutputIsAUsageErrorThatSaysWhy() throws IOException {
        Path c = corpus("corpus", "vide.txt");
        assertEquals(ExitCodes.USAGE, analyze(c, ""));
        assertFalse(Files.exists(Path.of("articles.csv")), "nothing written into the current directory");
        assertTrue(stderr().contains("--out is empty"), stderr());
        Path file = Files.writeString(tmp.resolve("outfile.txt"), "à garder\n");
        assertEquals(ExitCodes.USAGE, analyze(c, file.toString()));
        assertTrue(stderr().contains("--out " + file + " is a file, not a folder"), stderr());
        assertEquals("à garder\n", Files.readString(file));
    }

    /** Case 10: the report is written before the commit; a report that cannot be put in place commits nothing. */
    @Test
    void aReportThatCannotBePutInPlaceLeavesNoManifest() throws IOException {
        Path c = corpus("corpus", "vide.txt");
        Path out = tmp.resolve("out");
        assertEquals(ExitCodes.OK, analyze(c, out.toString()));
        Files.delete(out.resolve("report.html"));
        Files.createDirectories(out.resolve("report.html").resolve("dossier-en-travers"));
        assertEquals(ExitCodes.FATAL, analyze(c, out.toString()));
        assertFalse(Files.exists(out.resolve("manifest.json")), "no manifest vouches for a run without its report");
    }

    /** Case 11: an empty corpus does not silently replace a complete run. */
    @Test
    void anEmptyCorpusKeepsThePreviousRunUnlessAllowed() throws IOException {
        Path out = tmp.resolve("out");
        assertEquals(ExitCodes.OK, analyze(corpus("corpus", "vide.txt"), out.toString()));
        String before = Files.readString(out.resolve("articles.csv"));
        Path empty = corpus("vide");
        assertEquals(ExitCodes.FATAL, analyze(empty, out.toString()));
        assertEquals(before, Files.readString(out.resolve("articles.csv")));
        assertTrue(stderr().contains("holds no article"), stderr());
        assertEquals(ExitCodes.OK, analyze(empty, out.toString(), "--allow-empty"));
        assertEquals(1, Files.readAllLines(out.resolve("articles.csv")).size(), "the header only");
    }
}
