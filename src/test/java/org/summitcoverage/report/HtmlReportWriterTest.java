package org.summitcoverage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.summitcoverage.report.ReportFixture.PARIS;
import static org.summitcoverage.report.ReportFixture.PARIS_NAME;
import static org.summitcoverage.report.ReportFixture.SEVILLE;
import static org.summitcoverage.report.ReportFixture.URL_BILAN;
import static org.summitcoverage.report.ReportFixture.URL_PARIS;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportWriterTest {

    @TempDir
    Path tmp;

    private String render() throws IOException {
        Path run = ReportFixture.writeRun(tmp.resolve("run"));
        Path target = run.resolve("report.html");
        HtmlReportWriter.write(run, target);
        return Files.readString(target, StandardCharsets.UTF_8);
    }

    /** The role table of one event (an empty event id is a valid key, hence no attribute selector). */
    static Element roleTable(Document doc, String event, String role) {
        for (Element table : doc.select("table.roles")) {
            if (table.attr("data-event").equals(event) && table.attr("data-role").equals(role)) {
                return table;
            }
        }
        throw new AssertionError("no " + role + " table for event '" + event + "'");
    }

    static Element eventArticle(Document doc, String event) {
        for (Element article : doc.select("article.event")) {
            if (article.attr("data-event").equals(event)) {
                return article;
            }
        }
        throw new AssertionError("no event '" + event + "'");
    }

    static Elements rows(Document doc, String event, String role) {
        return roleTable(doc, event, role).select("tbody tr.entity");
    }

    private static List<String> attrs(Elements elements, String attribute) {
        return elements.stream().map(e -> e.attr(attribute)).collect(Collectors.toList());
    }

    // ---------------------------------------------------------------- self-contained page

    @Test
    void writesASelfContainedUtf8PageWithoutScriptsOrExternalResources() throws IOException {
        String html = render();
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"fr\">"), html.substring(0, 40));
        assertTrue(html.contains("<meta charset=\"utf-8\">"));
        assertTrue(html.contains("<style>") && html.contains("@media print"), "inline CSS with a print stylesheet");
        for (String forbidden : List.of("<script", "<link", "<img", "<iframe", "<object", "<embed", "@import", "url(",
                "@font-face", "xmlns")) {
            assertFalse(html.toLowerCase(Locale.ROOT).contains(forbidden), "must not contain " + forbidden);
        }
        // the only http(s) addresses are the articles' own links
        Matcher m = Pattern.compile("(?i)https?://[^\"'<>\\s]*").matcher(html);
        List<String> urls = new ArrayList<>();
        while (m.find()) {
            urls.add(m.group().replace("&amp;", "&"));
        }
        assertFalse(urls.isEmpty());
        for (String url : urls) {
            assertTrue(url.equals(URL_PARIS) || url.equals(URL_BILAN), "unexpected address " + url);
        }
        String withoutArticleLinks = html.replace(URL_PARIS, "").replace(URL_BILAN.replace("&", "&amp;"), "");
        assertFalse(withoutArticleLinks.toLowerCase(Locale.ROOT).contains("http"), "http outside article links");
        Document doc = Jsoup.parse(html);
        for (Element a : doc.select("a[href]")) {
            String href = a.attr("href");
            assertTrue(href.startsWith("#") || a.hasClass("article-link"), "link " + href);
        }
        for (String id : List.of("run", "charts", "events", "changes")) {
            assertNotNull(doc.selectFirst("section#" + id), "section#" + id);
        }
        // the page is one file: writing left nothing else behind
        try (Stream<Path> files = Files.list(tmp.resolve("run"))) {
            assertEquals(List.of("articles.csv", "changes.csv", "manifest.json", "report.html", "roles.csv",
                    "summary.csv"), files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList()));
        }
    }

    // ---------------------------------------------------------------- run facts

    @Test
    void runSectionGivesWhenHowManyAndWhySkipped() throws IOException {
        Document doc = Jsoup.parse(render());
        Element run = doc.selectFirst("section#run");
        Map<String, String> stats = new HashMap<>();
        for (Element s : run.select(".stat")) {
            stats.put(s.attr("data-stat"), s.attr("data-value"));
        }
        assertEquals("7", stats.get("articles"));
        assertEquals("4", stats.get("ok"));
        assertEquals("2", stats.get("skipped"));
        assertEquals("1", stats.get("error"));
        assertEquals("13", stats.get("roles"));
        assertEquals("2", stats.get("events"));
        String facts = run.selectFirst("dl.facts").text().replace('\u00A0', ' ');
        assertTrue(facts.contains("27 novembre 2025 à 21:00:03 UTC"), facts);
        assertTrue(facts.contains("2 min 44 s"), facts);
        assertTrue(facts.contains("0.1.0"), facts);
        assertTrue(facts.contains("du 11 février 2025 au 1 juillet 2025"), facts);
        assertTrue(facts.contains("compare_with = runs/2025-11-26"), facts);
        assertTrue(facts.contains("Radio Émeraude (1)"), facts);

        Elements reasons = run.select("table.skipped-reasons tbody tr");
        assertEquals(3, reasons.size());
        Map<String, String> byReason = new HashMap<>();
        for (Element r : reasons) {
            byReason.put(r.select("td").get(1).text(), r.attr("data-status") + ":" + r.select("td").get(2).text());
        }
        assertEquals("skipped:1", byReason.get("langue non française (en)"));
        assertEquals("skipped:1", byReason.get("article vide"));
        assertEquals("error:1", byReason.get("fichier binaire illisible"));
        assertEquals(List.of("2025/hors-sujet", "2025/vide", "2025/binaire"),
                attrs(run.select("table.skipped tbody tr"), "data-article"));
    }

    // ---------------------------------------------------------------- events and roles

    @Test
    void withEventFilesEachMeetingIsOneEventCountedInReportsAndContradictionsAreMarked() throws IOException {
        Path run = ReportFixture.writeRunWithEvents(tmp.resolve("events-run"));
        Document doc = Jsoup.parse(HtmlReportWriter.render(ReportData.load(run)));
        String paris = ReportFixture.PARIS_EVENT;
        // the two articles named the summit differently: one event, as events.csv says, in its order
        assertEquals(List.of(paris, SEVILLE, ""), attrs(doc.select("article.event"), "data-event"));
        Element event = eventArticle(doc, paris);
        assertEquals("Sommet pour l'action sur l'IA", event.selectFirst("h3").text());
        assertEquals("2", event.attr("data-reports"));
        assertEquals("Aussi nommé : Sommet pour l'action sur l'intelligence artificielle · Sommet de Paris",
                event.selectFirst(".event-names").text());
        assertTrue(event.selectFirst(".event-meta").text().startsWith("2 rapports à l'appui des rôles · Paris · 10 février 2025"),
                event.selectFirst(".event-meta").text());
        Elements signatories = rows(doc, paris, "SIGNATORY");
        // most reports first, then by name (États-Unis before Éthiopie)
        assertEquals(List.of("country:CI", "country:US", "country:ET", "country:SN"), attrs(signatories, "data-entity"));
        assertEquals(List.of("2", "1", "1", "1"), attrs(signatories, "data-reports"));
        // the Ivorian signature is supported by both articles, whatever event id each gave
        assertEquals(List.of("2025/paris-ia", "2025/paris-ia-bilan"),
                attrs(signatories.get(0).select("td.evidence .evidence-item"), "data-article"));
        Element us = signatories.get(1);
        assertTrue(us.hasClass("conflict"));
        assertEquals("NON_SIGNATORY", us.attr("data-conflict"));
        assertEquals("contesté : aussi non-signataire", us.selectFirst(".conflict-mark").text());
        Element refusing = rows(doc, paris, "NON_SIGNATORY").stream()
                .filter(r -> r.attr("data-entity").equals("country:US")).findFirst().orElseThrow();
        assertEquals("SIGNATORY", refusing.attr("data-conflict"));
        assertEquals("Le Royaume-Uni et les États-Unis n'ont pas signé le texte.",
                refusing.selectFirst("td.evidence blockquote.sentence").text());
        assertFalse(rows(doc, paris, "NON_SIGNATORY").get(0).hasClass("conflict") && rows(doc, paris, "NON_SIGNATORY")
                .get(0).attr("data-entity").equals("country:GB"), "the United Kingdom is not contested");
        assertEquals("José María Núñez", rows(doc, "", "PARTICIPANT").get(0).selectFirst(".entity-name").text());
    }

    @Test
    void signatoriesAreListedPerEventWithTheirArticleCount() throws IOException {
        Document doc = Jsoup.parse(render());
        Element event = eventArticle(doc, PARIS);
        assertEquals(PARIS_NAME, event.selectFirst("h3").text());
        Elements signatories = rows(doc, PARIS, "SIGNATORY");
        assertEquals(List.of("country:CI", "country:ET", "country:SN"), attrs(signatories, "data-entity"));
        Element ci = signatories.get(0);
        assertEquals("Côte d'Ivoire", ci.selectFirst(".entity-name").text());
        assertEquals("2", ci.attr("data-articles"));
        assertEquals("2", ci.selectFirst("td.articles").text());
        assertEquals("1", signatories.get(1).selectFirst("td.articles").text());
        assertEquals("Éthiopie", signatories.get(1).selectFirst(".entity-name").text());
        assertTrue(ci.selectFirst(".type-badge").text().contains("CI"));
        assertEquals("Signataires 3", roleTable(doc, PARIS, "SIGNATORY").selectFirst("caption").text());

        Elements seville = rows(doc, SEVILLE, "SIGNATORY");
        assertEquals(1, seville.size());
        assertEquals("Fondation <Tech> & Cie", seville.get(0).selectFirst(".entity-name").text());
        // events are ordered by supporting articles: Paris (2) before Séville (1), the unspecified one last
        assertEquals(List.of(PARIS, SEVILLE, ""), attrs(doc.select("article.event"), "data-event"));
    }

    @Test
    void nonSignatoriesAreInTheirOwnTableNotAmongSignatories() throws IOException {
        Document doc = Jsoup.parse(render());
        Elements refusing = rows(doc, PARIS, "NON_SIGNATORY");
        assertEquals(List.of("country:US", "country:GB"), attrs(refusing, "data-entity"), "sorted by name: É before R");
        assertEquals("États-Unis", refusing.get(0).selectFirst(".entity-name").text());
        assertEquals("1", refusing.get(1).selectFirst("td.articles").text());
        assertFalse(attrs(rows(doc, PARIS, "SIGNATORY"), "data-entity").contains("country:GB"));
        assertFalse(attrs(rows(doc, PARIS, "SIGNATORY"), "data-entity").contains("country:US"));
    }

    @Test
    void chairsHostsAndDelegationHeadsHaveTheirTables() throws IOException {
        Document doc = Jsoup.parse(render());
        assertEquals(List.of("country:FR", "country:IN"), attrs(rows(doc, PARIS, "CHAIR"), "data-entity"));
        assertEquals(List.of("country:FR"), attrs(rows(doc, PARIS, "HOST"), "data-entity"));
        assertEquals(List.of("country:ES"), attrs(rows(doc, SEVILLE, "HOST"), "data-entity"));
        Element head = rows(doc, PARIS, "DELEGATION_HEAD").get(0);
        assertEquals("Hélène Lefèvre-Dupré", head.selectFirst(".entity-name").text());
        assertEquals("pour Côte d'Ivoire", head.selectFirst(".behalf").text());
        // tables come in the order of the roles of docs/output.md § roles.csv
        assertEquals(List.of("SIGNATORY", "NON_SIGNATORY", "CHAIR", "HOST", "DELEGATION_HEAD"),
                attrs(doc.select("table.roles[data-event=\"" + PARIS + "\"]"), "data-role"));
    }

    @Test
    void rolesWithoutEventGoUnderUnspecifiedEvent() throws IOException {
        Document doc = Jsoup.parse(render());
        Element unspecified = eventArticle(doc, "");
        assertEquals("Événement non précisé", unspecified.selectFirst("h3").text());
        Elements participants = rows(doc, "", "PARTICIPANT");
        assertEquals("José María Núñez", participants.get(0).selectFirst(".entity-name").text());
    }

    @Test
    void everyRowLinksToItsEvidence() throws IOException {
        Document doc = Jsoup.parse(render());
        Elements all = doc.select("table.roles tr.entity");
        // one row per entity, role and event of ReportFixture.ROLES: 13 role rows, CI's two SIGNATORY rows in one
        assertEquals(12, all.size());
        for (Element row : all) {
            assertFalse(row.select("td.evidence blockquote.sentence").isEmpty(), "no sentence in " + row.attr("data-entity"));
            assertFalse(row.select("td.evidence .source").isEmpty(), "no article in " + row.attr("data-entity"));
        }
        Element ci = rows(doc, PARIS, "SIGNATORY").get(0);
        Element first = ci.selectFirst("td.evidence > .evidence-item");
        assertEquals("2025/paris-ia", first.attr("data-article"), "highest confidence first");
        assertEquals("La Côte d'Ivoire a signé la déclaration finale du sommet de Paris.",
                first.selectFirst("blockquote.sentence").text());
        assertEquals("a signé", first.selectFirst("mark").text());
        Element link = first.selectFirst("a.article-link");
        assertEquals(URL_PARIS, link.attr("href"));
        assertEquals("Sommet de Paris : la Côte d'Ivoire signe la déclaration", link.text());
        // the second article is behind a <details>, with its own link (URL with & escaped in the source)
        Element more = ci.selectFirst("details.more-evidence");
        assertEquals("1 autre article", more.selectFirst("summary").text());
        assertEquals("Comme l'Éthiopie, la Côte d'Ivoire figure parmi les signataires.",
                more.selectFirst("blockquote.sentence").text());
        assertEquals(URL_BILAN, more.selectFirst("a.article-link").attr("href"));

        // no URL: the title stands alone; a javascript: URL is never linked
        Element seville = rows(doc, SEVILLE, "SIGNATORY").get(0);
        assertTrue(seville.select("a").isEmpty());
        assertEquals("Conférence de Séville sur le financement du développement",
                seville.selectFirst(".article-title").text());
        Element nunez = rows(doc, "", "PARTICIPANT").get(0);
        assertTrue(nunez.select("a").isEmpty());
        assertEquals("Lien <douteux> & test", nunez.selectFirst(".article-title").text());
        assertTrue(doc.select("a[href^=javascript]").isEmpty());
    }

    @Test
    void escapesMarkupFromTheData() throws IOException {
        String html = render();
        assertTrue(html.contains("Fondation &lt;Tech&gt; &amp; Cie"));
        assertTrue(html.contains("Lien &lt;douteux&gt; &amp; test"));
        assertTrue(html.contains("https://radio.exemple/bilan?id=3&amp;lang=fr"));
        assertTrue(html.contains("Dépêches &amp; Cie"));
        assertFalse(html.contains("<Tech>"));
        assertFalse(html.contains("<douteux>"));
        assertFalse(html.contains("javascript:"));
        assertEquals("La Fondation <Tech> &amp; Cie <mark>a adhéré</mark>".replace("<Tech>", "&lt;Tech&gt;"),
                EvidenceCell.highlight("La Fondation <Tech> & Cie a adhéré", "A ADHÉRÉ"));
        assertEquals("Texte sans &lt;déclencheur&gt;", EvidenceCell.highlight("Texte sans <déclencheur>", "signé"));
    }

    // ---------------------------------------------------------------- charts

    @Test
    void barChartsShowTheTopTenBySummaryMentions() throws IOException {
        Document doc = Jsoup.parse(render());
        Map<String, Long> mentions = new HashMap<>();
        for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(ReportFixture.SUMMARY))) {
            mentions.put(r.get("canonical_name"), Long.parseLong(r.get("mentions")));
        }
        Elements countries = doc.select("section#charts svg.bar-chart[data-chart=countries] g.bar");
        assertEquals(List.of("France", "Côte d'Ivoire", "Inde", "Royaume-Uni", "États-Unis", "Éthiopie", "Maroc",
                "Espagne", "Sénégal", "Chine"), attrs(countries, "data-label"),
                "10 bars, by mentions, ties broken by articles then name; Allemagne and Brésil left out");
        assertEquals(List.of("14", "9", "7", "6", "5", "4", "3", "3", "2", "2"), attrs(countries, "data-value"));
        for (String chart : List.of("countries", "people", "organizations")) {
            Elements bars = doc.select("svg.bar-chart[data-chart=" + chart + "] g.bar");
            assertFalse(bars.isEmpty(), chart);
            for (Element bar : bars) {
                String label = bar.attr("data-label");
                assertEquals(String.valueOf(mentions.get(label)), bar.attr("data-value"), chart + " " + label);
                assertEquals(bar.attr("data-value"), bar.selectFirst("text.value").text());
                assertNotNull(bar.selectFirst("rect"));
            }
        }
        assertEquals(List.of("Hélène Lefèvre-Dupré", "Amal El Fallah Seghrouchni", "José María Núñez"),
                attrs(doc.select("svg.bar-chart[data-chart=people] g.bar"), "data-label"));
        assertEquals(List.of("Organisation des Nations unies", "Fondation <Tech> & Cie", "Union africaine"),
                attrs(doc.select("svg.bar-chart[data-chart=organizations] g.bar"), "data-label"));
        // long labels are shortened on the bar, in full in data-label and the tooltip
        Element un = doc.selectFirst("svg.bar-chart[data-chart=organizations] g.bar");
        assertEquals("Organisation des Nations u…", un.selectFirst("text.label").text());
        assertTrue(un.selectFirst("title").text().startsWith("Organisation des Nations unies : 6"));
        // bar length follows the value
        double france = Double.parseDouble(countries.get(0).selectFirst("rect").attr("width"));
        double inde = Double.parseDouble(countries.get(2).selectFirst("rect").attr("width"));
        assertEquals(7.0 / 14.0, inde / france, 0.01);
    }

    // ---------------------------------------------------------------- changes

    @Test
    void changesTableListsAddedThenRemoved() throws IOException {
        Document doc = Jsoup.parse(render());
        Element changes = doc.selectFirst("section#changes");
        assertTrue(changes.text().contains("runs/2025-11-26"));
        assertEquals("2", changes.selectFirst(".stat[data-stat=added]").attr("data-value"));
        assertEquals("2", changes.selectFirst(".stat[data-stat=removed]").attr("data-value"));
        Elements rows = changes.select("table.changes tbody tr");
        assertEquals(List.of("added", "added", "removed", "removed"), attrs(rows, "data-change"));
        assertEquals(List.of("role", "entity", "role", "entity"), attrs(rows, "data-kind"));
        assertEquals(List.of("country:CI", "country:ET", "country:GB", "org:banque-mondiale"), attrs(rows, "data-entity"));
        Element ci = rows.get(0);
        assertEquals("SIGNATORY", ci.attr("data-role"));
        assertEquals("Côte d'Ivoire", ci.selectFirst(".entity-name").text());
        assertEquals("signataire", ci.selectFirst("td.role").text());
        assertEquals(PARIS_NAME, ci.selectFirst("td.event").text());
        assertEquals("2", ci.selectFirst("td.articles").text());
        assertEquals(List.of(URL_PARIS, URL_BILAN), attrs(ci.select("td.refs a.article-link"), "href"));
        Element bank = rows.get(3);
        assertEquals("Banque mondiale", bank.selectFirst(".entity-name").text());
        assertTrue(bank.selectFirst("td.change").text().contains("retrait"));
        assertEquals("2025/ancien-article", bank.selectFirst("td.refs").text(), "article not in this run: id, no link");
        assertEquals("Changements 4", doc.selectFirst("nav.toc a[href=\"#changes\"]").text());
    }

    @Test
    void withoutChangesFileTheReportSaysNothingWasCompared() throws IOException {
        Path run = ReportFixture.writeRun(tmp.resolve("run"));
        Files.delete(run.resolve("changes.csv"));
        HtmlReportWriter.write(run, run.resolve("report.html"));
        Document doc = Jsoup.parse(Files.readString(run.resolve("report.html")));
        assertNull(doc.selectFirst("table.changes"));
        assertTrue(doc.selectFirst("section#changes").text().contains("comparée à aucune autre"));
        assertNull(doc.selectFirst("section#run .warning"), "a missing changes.csv is normal, not a warning");
    }

    @Test
    void anEmptyChangesFileMeansNoChange() throws IOException {
        Path run = ReportFixture.writeRun(tmp.resolve("run"));
        ReportFixture.write(run, "changes.csv", "change,kind,entity_id,type,canonical_name,role,event_id,articles\n");
        HtmlReportWriter.write(run, run.resolve("report.html"));
        Document doc = Jsoup.parse(Files.readString(run.resolve("report.html")));
        assertTrue(doc.selectFirst("section#changes").text().contains("Aucun changement"));
    }

    // ---------------------------------------------------------------- bad input

    @Test
    void missingFilesAreReportedNotFatal() throws IOException {
        Path run = Files.createDirectories(tmp.resolve("empty"));
        Path target = tmp.resolve("out/nested/report.html");
        HtmlReportWriter.write(run, target);
        Document doc = Jsoup.parse(Files.readString(target));
        String warning = doc.selectFirst("section#run .warning").text();
        for (String f : List.of("articles.csv", "roles.csv", "summary.csv", "manifest.json")) {
            assertTrue(warning.contains(f), warning);
        }
        assertEquals(3, doc.select("svg.bar-chart").size());
        assertTrue(doc.select("g.bar").isEmpty());
        assertEquals("Aucune donnée", doc.selectFirst("svg.bar-chart[data-chart=people] text.empty").text());
        assertTrue(doc.selectFirst("section#events").text().contains("Aucun rôle"));
    }

    @Test
    void toleratesByteOrderMarkAndCrlf() throws IOException {
        Path run = ReportFixture.writeRun(tmp.resolve("run"));
        ReportFixture.write(run, "articles.csv", "\uFEFF" + ReportFixture.ARTICLES.replace("\n", "\r\n"));
        HtmlReportWriter.write(run, run.resolve("report.html"));
        Document doc = Jsoup.parse(Files.readString(run.resolve("report.html")));
        assertEquals(URL_PARIS, rows(doc, PARIS, "SIGNATORY").get(0).selectFirst("a.article-link").attr("href"));
    }

    @Test
    void malformedManifestFailsNamingTheFile() throws IOException {
        Path run = ReportFixture.writeRun(tmp.resolve("run"));
        ReportFixture.write(run, "manifest.json", "{\"tool_version\": ");
        IOException e = assertThrows(IOException.class, () -> HtmlReportWriter.write(run, run.resolve("report.html")));
        assertTrue(e.getMessage().contains("manifest.json"), e.getMessage());
        assertFalse(Files.exists(run.resolve("report.html")), "no half-written report");
    }

    @Test
    void rewritingReplacesTheReportAndLeavesNoTemporaryFile() throws IOException {
        Path run = ReportFixture.writeRun(tmp.resolve("run"));
        Path target = run.resolve("report.html");
        Files.writeString(target, "ancien rapport");
        HtmlReportWriter.write(run, target);
        String first = Files.readString(target);
        HtmlReportWriter.write(run, target);
        assertEquals(first, Files.readString(target), "same input, same page");
        try (Stream<Path> files = Files.list(run)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }

    @Test
    void outputDirMustExist() {
        assertThrows(NoSuchFileException.class,
                () -> HtmlReportWriter.write(tmp.resolve("absent"), tmp.resolve("report.html")));
    }
}
