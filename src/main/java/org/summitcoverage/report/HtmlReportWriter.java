package org.summitcoverage.report;

import static org.summitcoverage.report.HtmlText.attr;
import static org.summitcoverage.report.HtmlText.number;
import static org.summitcoverage.report.HtmlText.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Writes {@code report.html}: one self-contained page (inline CSS and SVG, no script, no font
 * or image to fetch) that a person reads on screen or prints. It is built only from the files of
 * an output folder ({@code articles.csv}, {@code roles.csv}, {@code summary.csv}, {@code events.csv},
 * {@code event_roles.csv}, {@code event_articles.csv}, {@code manifest.json} and, when the run was compared with
 * an earlier one, {@code changes.csv}),
 * so it can be regenerated for any past run. Each section is its own class: {@link RunSection},
 * {@link ChartsSection}, {@link EventsSection}, {@link ChangesSection}; the stylesheet is the resource
 * {@code report/report.css}.
 *
 * <p>Stable hooks for tests and scrapers: {@code section#run}, {@code section#charts},
 * {@code section#events}, {@code section#changes}; {@code svg.bar-chart[data-chart]} holding one
 * {@code g.bar[data-label][data-value]} per bar; {@code table.roles[data-event][data-role]} holding
 * one {@code tr.entity[data-entity][data-reports][data-articles]} per entity, with {@code .conflict} and
 * {@code [data-conflict]} naming the opposing role when reports disagree; {@code table.changes} holding one
 * {@code tr[data-change][data-kind]} per change.
 */
public final class HtmlReportWriter {
    private static final String CSS = stylesheet();

    private HtmlReportWriter() {
    }

    /**
     * Reads the run's files in {@code outputDir} and writes the report to {@code target} (UTF-8); the
     * target is replaced only once the whole page is written.
     *
     * @throws NoSuchFileException if {@code outputDir} is not a directory
     * @throws IOException         if a file is unreadable or malformed (the message names it)
     */
    public static void write(Path outputDir, Path target) throws IOException {
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(target, "target");
        if (!Files.isDirectory(outputDir)) {
            throw new NoSuchFileException(outputDir.toString(), null, "not an output folder");
        }
        OutputFolder.replace(target, render(ReportData.load(outputDir)).getBytes(StandardCharsets.UTF_8));
    }

    /** The whole page for {@code data}. */
    public static String render(ReportData data) {
        ReportView view = new ReportView(data);
        EventsSection eventsSection = new EventsSection(view);
        List<EventsSection.EventGroup> events = eventsSection.groupEvents();
        long namedEvents = events.stream().filter(e -> !e.eventId.isEmpty()).count();
        StringBuilder h = new StringBuilder(64 * 1024);
        String when = ReportDates.runDate(data);
        String version = data.manifest.toolVersion();
        h.append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"color-scheme\" content=\"light\">\n")
                .append("<meta name=\"generator\" content=\"summit-coverage").append(version.isEmpty() ? "" : " " + attr(version))
                .append("\">\n")
                .append("<title>Couverture des sommets").append(when.isEmpty() ? "" : " — " + text(when)).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");

        h.append("<header class=\"page-header\">\n<p class=\"kicker\">summit-coverage · rapport d'exécution</p>\n")
                .append("<h1>Couverture des sommets internationaux</h1>\n<p class=\"subtitle\">");
        h.append(when.isEmpty() ? "Exécution sans date connue" : "Exécution du " + text(when));
        if (!version.isEmpty()) {
            h.append(" · version ").append(text(version));
        }
        h.append("</p>\n<nav class=\"toc\" aria-label=\"Sommaire\"><a href=\"#run\">Exécution</a>")
                .append("<a href=\"#charts\">Entités les plus citées</a>")
                .append("<a href=\"#events\">Événements <span class=\"n\">").append(number(namedEvents)).append("</span></a>")
                .append("<a href=\"#changes\">Changements");
        if (data.changes != null) {
            h.append(" <span class=\"n\">").append(number(data.changes.size())).append("</span>");
        }
        h.append("</a></nav>\n</header>\n");

        new RunSection(view).render(h, namedEvents);
        new ChartsSection(view).render(h);
        eventsSection.render(h, events);
        new ChangesSection(view).render(h);

        h.append("<footer class=\"page-footer\">Produit par summit-coverage")
                .append(version.isEmpty() ? "" : " " + text(version))
                .append(" à partir des fichiers articles.csv, roles.csv, summary.csv")
                .append(data.events != null ? ", events.csv, event_roles.csv, event_articles.csv" : "")
                .append(", manifest.json")
                .append(data.changes != null ? " et changes.csv" : "")
                .append(". Chaque rôle renvoie à la phrase et à l'article dont il est tiré.</footer>\n");
        h.append("</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private static String stylesheet() {
        try (InputStream in = HtmlReportWriter.class.getResourceAsStream("/report/report.css")) {
            if (in == null) {
                throw new IllegalStateException("report/report.css is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
