package org.summitcoverage.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Word-level quality over the hand-written pages in {@code src/test/resources/html/}: each
 * {@code <name>.html} comes with {@code <name>.expected.txt} (the article text that must be kept)
 * and {@code <name>.furniture.txt} (the site furniture printed on the page that must be dropped).
 *
 * <p>Body kept = expected words found in the output (as multisets). Furniture dropped = furniture
 * words not found among the output words left once the expected words are taken out, so that a
 * menu item "Politique" does not count as kept just because the article says "politique".
 */
class HtmlExtractionQualityTest {

    private static final double MIN_BODY_KEPT = 0.97;
    private static final double MIN_FURNITURE_DROPPED = 0.95;
    private static final int MIN_PAGES = 12;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    @Test
    void keepsBodyWordsAndDropsFurnitureWords() throws IOException, URISyntaxException {
        Path dir = resourceDir();
        List<Path> pages;
        try (Stream<Path> files = Files.list(dir)) {
            pages = files.filter(f -> f.getFileName().toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() >= MIN_PAGES, "expected at least " + MIN_PAGES + " test pages, found " + pages.size());

        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
        long bodyTotal = 0;
        long bodyKept = 0;
        long furnitureTotal = 0;
        long furnitureKept = 0;
        List<String> report = new ArrayList<>();
        for (Path page : pages) {
            String name = page.getFileName().toString().replaceFirst("\\.html$", "");
            String expected = Files.readString(dir.resolve(name + ".expected.txt"), StandardCharsets.UTF_8);
            String furniture = Files.readString(dir.resolve(name + ".furniture.txt"), StandardCharsets.UTF_8);
            ExtractedPage extracted = extractor.extract(Files.readAllBytes(page), "");

            Map<String, Integer> out = words(extracted.text());
            Map<String, Integer> want = words(expected);
            Map<String, Integer> furn = words(furniture);
            int pageBody = size(want);
            int pageBodyKept = overlap(want, out);
            Map<String, Integer> extra = minus(out, want);
            int pageFurniture = size(furn);
            int pageFurnitureKept = overlap(furn, extra);
            bodyTotal += pageBody;
            bodyKept += pageBodyKept;
            furnitureTotal += pageFurniture;
            furnitureKept += pageFurnitureKept;
            report.add(String.format(Locale.ROOT, "  %-45s body kept %5.1f %% of %4d words, furniture dropped %5.1f %% of %4d words",
                    name, 100.0 * pageBodyKept / Math.max(1, pageBody), pageBody,
                    100.0 * (pageFurniture - pageFurnitureKept) / Math.max(1, pageFurniture), pageFurniture));
        }
        double kept = (double) bodyKept / bodyTotal;
        double dropped = 1 - (double) furnitureKept / furnitureTotal;
        System.out.printf(Locale.ROOT, "HTML extraction quality over %d pages: body words kept %.3f (%d/%d), furniture words dropped %.3f (%d/%d)%n",
                pages.size(), kept, bodyKept, bodyTotal, dropped, furnitureTotal - furnitureKept, furnitureTotal);
        report.forEach(System.out::println);
        assertTrue(kept >= MIN_BODY_KEPT, String.format(Locale.ROOT, "body words kept %.3f < %.2f", kept, MIN_BODY_KEPT));
        assertTrue(dropped >= MIN_FURNITURE_DROPPED,
                String.format(Locale.ROOT, "furniture words dropped %.3f < %.2f", dropped, MIN_FURNITURE_DROPPED));
    }

    private static Path resourceDir() throws URISyntaxException {
        URL url = HtmlExtractionQualityTest.class.getResource("/html");
        if (url == null) {
            throw new IllegalStateException("test resources folder html/ not on the class path");
        }
        return Path.of(url.toURI());
    }

    static Map<String, Integer> words(String text) {
        Map<String, Integer> counts = new HashMap<>();
        String folded = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        Matcher m = WORD.matcher(folded);
        while (m.find()) {
            counts.merge(m.group(), 1, Integer::sum);
        }
        return counts;
    }

    private static int size(Map<String, Integer> bag) {
        return bag.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static int overlap(Map<String, Integer> a, Map<String, Integer> b) {
        int n = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            n += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
        }
        return n;
    }

    private static Map<String, Integer> minus(Map<String, Integer> a, Map<String, Integer> b) {
        Map<String, Integer> out = new HashMap<>();
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            int left = e.getValue() - b.getOrDefault(e.getKey(), 0);
            if (left > 0) {
                out.put(e.getKey(), left);
            }
        }
        return out;
    }
}
