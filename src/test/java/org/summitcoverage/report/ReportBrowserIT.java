package org.summitcoverage.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.summitcoverage.report.ReportFixture.PARIS;
import static org.summitcoverage.report.ReportFixture.SEVILLE;
import static org.summitcoverage.report.ReportFixture.URL_PARIS;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitcoverage.Prerequisites;

/**
 * Opens the report in a real browser (Debian's headless Chromium, no network, fresh profile):
 * it must render to a non-blank screenshot, and the DOM the browser built from the file must
 * hold the charts and tables with their labels and numbers. An integration test because it runs a
 * program from outside the repository: without Chromium it fails under {@code CI=true} and is skipped
 * elsewhere ({@code .ci/install-chromium.sh} installs Debian's).
 */
class ReportBrowserIT {

    /** Overrides the browser; by default the first {@code chromium} or {@code chromium-browser} on the PATH. */
    static final String CHROMIUM_PROPERTY = "summitcoverage.chromium";
    private static final Path CHROMIUM = findChromium();
    private static final long TIMEOUT_SECONDS = 60;
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    @TempDir
    Path tmp;

    private Path report;

    @BeforeEach
    void render() throws IOException {
        Prerequisites.require(CHROMIUM != null, "Chromium (chromium or chromium-browser on the PATH)",
                "run .ci/install-chromium.sh as root, or pass -D" + CHROMIUM_PROPERTY + "=/path/to/chromium");
        Path run = ReportFixture.writeRun(tmp.resolve("run"));
        report = run.resolve("report.html");
        HtmlReportWriter.write(run, report);
    }

    @Test
    void screenshotIsANonBlankPng() throws Exception {
        Path png = tmp.resolve("report.png");
        chromium("screenshot", "--screenshot=" + png, "--window-size=1280,2400", "--hide-scrollbars",
                report.toUri().toString());
        assertTrue(Files.isRegularFile(png), "no screenshot written");
        byte[] bytes = Files.readAllBytes(png);
        assertTrue(bytes.length > 10_000, "screenshot too small to hold the page: " + bytes.length + " bytes");
        assertArrayEquals(PNG_MAGIC, Arrays.copyOf(bytes, 8), "not a PNG");
        ByteBuffer ihdr = ByteBuffer.wrap(bytes, 16, 8);
        assertEquals(1280, ihdr.getInt(), "width");
        assertEquals(2400, ihdr.getInt(), "height");
    }

    @Test
    void browserDomHoldsChartsAndTablesWithLabelsAndNumbers() throws Exception {
        String dom = chromium("dom", "--dump-dom", report.toUri().toString());
        Document doc = Jsoup.parse(dom);

        // accents came through the browser's own decoding of the file
        assertEquals("Couverture des sommets internationaux", doc.selectFirst("h1").text());
        assertTrue(doc.selectFirst("section#events").text().contains("Événement non précisé"));

        Elements charts = doc.select("section#charts svg.bar-chart");
        assertEquals(List.of("countries", "people", "organizations"),
                charts.stream().map(c -> c.attr("data-chart")).collect(Collectors.toList()));
        Elements countries = doc.select("svg.bar-chart[data-chart=countries] g.bar");
        assertEquals(10, countries.size());
        assertEquals(List.of("France", "Côte d'Ivoire", "Inde", "Royaume-Uni", "États-Unis", "Éthiopie", "Maroc",
                "Espagne", "Sénégal", "Chine"), texts(countries, "text.label"));
        assertEquals(List.of("14", "9", "7", "6", "5", "4", "3", "3", "2", "2"), texts(countries, "text.value"));
        Elements people = doc.select("svg.bar-chart[data-chart=people] g.bar");
        assertEquals(List.of("Hélène Lefèvre-Dupré", "Amal El Fallah Seghrouchni", "José María Núñez"),
                texts(people, "text.label"));
        assertEquals(List.of("5", "3", "2"), texts(people, "text.value"));
        Elements orgs = doc.select("svg.bar-chart[data-chart=organizations] g.bar");
        assertEquals("Fondation <Tech> & Cie", orgs.get(1).attr("data-label"));
        assertEquals(List.of("6", "4", "2"), texts(orgs, "text.value"));

        Elements signatories = HtmlReportWriterTest.rows(doc, PARIS, "SIGNATORY");
        assertEquals(List.of("Côte d'Ivoire", "Éthiopie", "Sénégal"), texts(signatories, ".entity-name"));
        assertEquals(List.of("2", "1", "1"), texts(signatories, "td.articles"));
        assertEquals(URL_PARIS, signatories.get(0).selectFirst("a.article-link").attr("href"));
        assertEquals(List.of("États-Unis", "Royaume-Uni"),
                texts(HtmlReportWriterTest.rows(doc, PARIS, "NON_SIGNATORY"), ".entity-name"));
        assertEquals(List.of("France", "Inde"), texts(HtmlReportWriterTest.rows(doc, PARIS, "CHAIR"), ".entity-name"));
        assertEquals(List.of("Espagne"), texts(HtmlReportWriterTest.rows(doc, SEVILLE, "HOST"), ".entity-name"));
        Element head = HtmlReportWriterTest.rows(doc, PARIS, "DELEGATION_HEAD").get(0);
        assertEquals("Hélène Lefèvre-Dupré", head.selectFirst(".entity-name").text());
        assertTrue(head.selectFirst("blockquote.sentence").text().contains("conduite par Hélène Lefèvre-Dupré"));

        Elements changes = doc.select("section#changes table.changes tbody tr");
        assertEquals(List.of("Côte d'Ivoire", "Éthiopie", "Royaume-Uni", "Banque mondiale"),
                texts(changes, ".entity-name"));
        assertEquals(List.of("2", "1", "1", "1"), texts(changes, "td.articles"));

        assertEquals("7", doc.selectFirst("section#run .stat[data-stat=articles]").attr("data-value"));
        assertTrue(doc.select("script").isEmpty());
    }

    private static Path findChromium() {
        String override = System.getProperty(CHROMIUM_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Files.isExecutable(Path.of(override)) ? Path.of(override) : null;
        }
        String path = System.getenv("PATH");
        for (String dir : (path == null ? "" : path).split(java.io.File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path candidate = dir.isEmpty() ? null : Path.of(dir, name);
                if (candidate != null && Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private static List<String> texts(Elements elements, String selector) {
        List<String> out = new ArrayList<>();
        for (Element e : elements) {
            Element child = e.selectFirst(selector);
            assertNotNull(child, selector + " in " + e.outerHtml());
            out.add(child.text());
        }
        return out;
    }

    /**
     * Runs headless Chromium with a fresh profile, no network and stdin closed; returns its
     * standard output. Fails on a non-zero exit or after {@value #TIMEOUT_SECONDS} seconds.
     */
    private String chromium(String name, String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(tmp, "profile-");
        Path out = tmp.resolve(name + ".out");
        Path err = tmp.resolve(name + ".err");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(),
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .directory(tmp.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        process.getOutputStream().close();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            fail("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + tail(err));
        }
        assertEquals(0, process.exitValue(), () -> "chromium failed: " + tail(err));
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        assertFalse(name.equals("dom") && stdout.isBlank(), () -> "empty DOM dump: " + tail(err));
        return stdout;
    }

    private static String tail(Path file) {
        try {
            String s = Files.readString(file, StandardCharsets.UTF_8);
            return s.length() > 2000 ? s.substring(s.length() - 2000) : s;
        } catch (IOException e) {
            return "(no stderr: " + e.getMessage() + ")";
        }
    }
}
