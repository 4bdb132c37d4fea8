package org.summitcoverage.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitcoverage.ArticleAnalyzer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two nightly runs a "day" apart: date filters, `--compare`, changes.csv and the report built from the run. */
class ScheduledRunIT {
    @TempDir
    Path tmp;

    private static RunOutcome run(Path corpus, Path out, LocalDate since, Path compare) {
        RunOptions o = new RunOptions(corpus, out, 2, true, 5L * 1024 * 1024, since, null, compare, false, true, false,
                List.of("test"));
        return new LocalRunner(ArticleAnalyzer::shared, new PrintStream(new ByteArrayOutputStream())).run(o);
    }

    @Test
    void secondDayReportsWhatChangedAndTheReportShowsIt() throws IOException {
        Path corpus = tmp.resolve("corpus");
        Files.createDirectories(corpus);
        Files.copy(Path.of("corpus/sommet-paris-ia-maroc.txt"), corpus.resolve("sommet-paris-ia-maroc.txt"));
        Files.writeString(corpus.resolve("sommet-paris-ia-maroc.meta.json"),
                "{\"title\": \"Sommet de Paris\", \"published\": \"2025-02-11\", \"url\": \"https://exemple.ma/sommet-paris\"}");
        Path day1 = tmp.resolve("day1");
        assertEquals(ExitCodes.OK, run(corpus, day1, null, null).exitCode());

        Files.writeString(corpus.resolve("dakar.txt"), "Le sommet de Dakar s'est achevé vendredi. Le Sénégal et la "
                + "Gambie ont signé la déclaration finale. Les délégations ont salué un accord équilibré.");
        Files.writeString(corpus.resolve("dakar.meta.json"), "{\"published\": \"2025-03-02\"}");
        Files.writeString(corpus.resolve("sans-date.txt"), "Le Ghana a signé la déclaration de Dakar. "
                + "La délégation ghanéenne a salué un texte ambitieux pour la région.");
        Path day2 = tmp.resolve("day2");
        assertEquals(ExitCodes.OK, run(corpus, day2, LocalDate.parse("2025-01-01"), day1).exitCode());

        Map<String, CSVRecord> articles = new HashMap<>();
        for (CSVRecord r : OutputCsv.records(day2.resolve("articles.csv"))) {
            articles.put(r.get("article_id"), r);
        }
        assertEquals("skipped", articles.get("sans-date").get("status"));
        assertTrue(articles.get("sans-date").get("reason").startsWith("no published date"));

        List<CSVRecord> changes = OutputCsv.records(day2.resolve("changes.csv"));
        assertTrue(changes.stream().anyMatch(r -> r.get("change").equals("added") && r.get("kind").equals("role")
                && r.get("role").equals("SIGNATORY") && r.get("entity_id").equals("country:SN")
                && r.get("articles").equals("dakar")), changes.toString());
        assertTrue(changes.stream().noneMatch(r -> r.get("entity_id").equals("country:MA")), "MA did not change");
        JsonNode summary = new ObjectMapper().readTree(day2.resolve("summary.json").toFile());
        assertEquals(changes.size(), summary.path("changes").size());

        Document report = Jsoup.parse(day2.resolve("report.html").toFile(), "UTF-8");
        Element countries = report.selectFirst("svg.bar-chart[data-chart=countries]");
        assertNotNull(countries, "country chart");
        Map<String, String> mentions = new HashMap<>();
        int countryRows = 0;
        for (CSVRecord r : OutputCsv.records(day2.resolve("summary.csv"))) {
            mentions.put(r.get("canonical_name"), r.get("mentions"));
            countryRows += r.get("type").equals("COUNTRY") ? 1 : 0;
        }
        assertTrue(countryRows > 0, "the corpus names countries");
        assertEquals(Math.min(10, countryRows), countries.select("g.bar").size(), "one bar per country, ten at most");
        for (Element bar : countries.select("g.bar")) {
            assertEquals(mentions.get(bar.attr("data-label")), bar.attr("data-value"), bar.attr("data-label"));
        }
        assertTrue(report.select("#changes").text().contains("Sénégal"), "the changes table names the new signatory");
        assertTrue(report.select("#events").text().contains("Maroc"), "the signatories of the Paris summit are listed");
    }
}
