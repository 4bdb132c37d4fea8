package org.summitcoverage.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.summitcoverage.Prerequisites;

/**
 * The shared html-fr benchmark: real French pages with snippets that must ({@code with}) or must
 * not ({@code without}) appear in the extracted text, scored as trafilatura scores its evaluation.
 * The pages stay in the shared folder ({@code ../shared/benchmarks/html-fr}); they are read from there
 * and never copied. An integration test because it reads outside the repository: without the folder it
 * fails under {@code CI=true} and is skipped elsewhere.
 */
class HtmlBenchmarkIT {

    private static final double MIN_F1 = 0.93;

    @Test
    void f1OnSharedFrenchPagesReachesTarget() throws IOException {
        Path dir = Prerequisites.shared("benchmarks/html-fr");
        Prerequisites.require(Files.isRegularFile(dir.resolve("expected.json")),
                "the html-fr benchmark (" + dir.toAbsolutePath().normalize() + "/expected.json)",
                "put the shared folder beside the project, or pass -D" + Prerequisites.SHARED_PROPERTY + "=DIR");

        JsonNode expected = new ObjectMapper().readTree(dir.resolve("expected.json").toFile());
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
        int tp = 0;
        int fn = 0;
        int fp = 0;
        int tn = 0;
        int pages = 0;
        List<String> misses = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> page = it.next();
            Path file = dir.resolve(page.getKey());
            // a page the expectations name but the folder lacks would silently shrink the benchmark
            assertTrue(Files.isRegularFile(file), "html-fr page missing: " + file);
            pages++;
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
        assertTrue(pages > 0 && tp + fn > 0, "the benchmark's expected.json names no page or no snippet");
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        System.out.printf(Locale.ROOT,
                "html-fr benchmark, %d pages: tp=%d fn=%d fp=%d tn=%d precision=%.3f recall=%.3f F1=%.3f%n",
                pages, tp, fn, fp, tn, precision, recall, f1);
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
