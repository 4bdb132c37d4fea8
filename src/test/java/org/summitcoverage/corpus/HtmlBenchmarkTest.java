package org.summitcoverage.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shared html-fr benchmark: real French pages with snippets that must ({@code with}) or must
 * not ({@code without}) appear in the extracted text, scored as trafilatura scores its evaluation.
 * The pages stay in the shared folder; they are read from there and never copied.
 */
class HtmlBenchmarkTest {

    private static final double MIN_F1 = 0.93;

    /** Maven runs tests from the project root, so the shared folder sits beside it. */
    static Path benchmarkDir() {
        String override = System.getProperty("summitcoverage.htmlBenchmark");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        Path besideProject = Path.of("../shared/benchmarks/html-fr");
        Path workspace = Path.of("/work/shared/benchmarks/html-fr");
        return Files.isDirectory(besideProject) || !Files.isDirectory(workspace) ? besideProject : workspace;
    }

    @Test
    void f1OnSharedFrenchPagesReachesTarget() throws IOException {
        Path dir = benchmarkDir();
        assumeTrue(Files.isRegularFile(dir.resolve("expected.json")),
                "html-fr benchmark not found at " + dir.toAbsolutePath() + ": skipped");

        JsonNode expected = new ObjectMapper().readTree(dir.resolve("expected.json").toFile());
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
        int tp = 0;
        int fn = 0;
        int fp = 0;
        int tn = 0;
        List<String> misses = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> page = it.next();
            Path file = dir.resolve(page.getKey());
            if (!Files.isRegularFile(file)) {
                continue;
            }
            ExtractedPage extracted = extractor.extract(Files.readAllBytes(file), page.getValue().path("url").asText(""));
            String text = comparable(extracted.text());
            for (JsonNode with : page.getValue().path("with")) {
                if (text.contains(comparable(with.asText()))) {
                    tp++;
                } else {
                    fn++;
                    misses.add(page.getKey() + "  missing: " + with.asText());
                }
            }
            for (JsonNode without : page.getValue().path("without")) {
                if (text.contains(comparable(without.asText()))) {
                    fp++;
                    misses.add(page.getKey() + "  kept furniture: " + without.asText());
                } else {
                    tn++;
                }
            }
        }
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        System.out.printf(Locale.ROOT,
                "html-fr benchmark: tp=%d fn=%d fp=%d tn=%d precision=%.3f recall=%.3f F1=%.3f%n",
                tp, fn, fp, tn, precision, recall, f1);
        misses.forEach(m -> System.out.println("  " + m));
        assertTrue(f1 >= MIN_F1, String.format(Locale.ROOT, "F1 %.3f below %.2f", f1, MIN_F1));
    }

    /**
     * The expected snippets were cut from text whose non-breaking spaces had become plain spaces
     * (trafilatura folds them), so both sides compare with those spaces folded the same way.
     */
    static String comparable(String s) {
        return s.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2007', ' ').replace('\u2009', ' ');
    }
}
