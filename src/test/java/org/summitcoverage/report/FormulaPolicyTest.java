package org.summitcoverage.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitcoverage.model.ArticleAnalysis;
import org.summitcoverage.model.ArticleMeta;
import org.summitcoverage.model.Status;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 20, case 6, through the writers: the CSV files escape formulas, JSON Lines stays verbatim, the report shows the value. */
class FormulaPolicyTest {
    @TempDir
    Path tmp;

    @Test
    void theArticlesCsvEscapesFormulasAndTheJsonLinesKeepThemVerbatim() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        OutputFolder folder = new OutputFolder(out);
        RunWriter writer = new RunWriter(folder);
        String title = "=HYPERLINK(\"http://exemple.invalid\",\"Sommet\")";
        writer.write(ArticleAnalysis.notAnalysed(new ArticleMeta("-id", "-id.txt", "@source", title, null, "+agence",
                null, 0), Status.SKIPPED, "empty file", ""));
        writer.close();
        folder.commit();
        String csv = Files.readString(out.resolve("articles.csv"));
        CSVRecord r = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords().get(0);
        assertEquals("'-id", r.get("article_id"));
        assertEquals("'-id.txt", r.get("source_path"));
        assertEquals("'@source", r.get("url"));
        assertEquals("'" + title, r.get("title"));
        assertEquals("'+agence", r.get("source"));
        assertEquals("0", r.get("chars"), "numbers are never touched");
        JsonNode jsonl = new ObjectMapper().readTree(Files.readAllLines(out.resolve("articles.jsonl")).get(0));
        assertEquals("-id", jsonl.path("article_id").asText());
        assertEquals(title, jsonl.path("title").asText());
    }

    @Test
    void theReportShowsTheValueNotTheEscape() throws IOException {
        Path run = ReportFixture.writeRun(tmp.resolve("run"));
        ReportFixture.write(run, "articles.csv", ReportFixture.ARTICLES.replace(
                "Conférence de Séville sur le financement du développement", "'=Conférence de Séville"));
        HtmlReportWriter.write(run, run.resolve("report.html"));
        String text = Jsoup.parse(run.resolve("report.html").toFile(), "UTF-8").select("section#events").text();
        assertEquals(true, text.contains("=Conférence de Séville") && !text.contains("'=Conférence"), text);
    }
}
