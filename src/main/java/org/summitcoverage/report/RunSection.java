package org.summitcoverage.report;

import static org.summitcoverage.report.HtmlText.attr;
import static org.summitcoverage.report.HtmlText.count;
import static org.summitcoverage.report.HtmlText.number;
import static org.summitcoverage.report.HtmlText.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.summitcoverage.report.ReportData.ArticleRow;
import org.summitcoverage.report.ReportData.Skipped;
import org.summitcoverage.report.ReportData.SummaryRow;

/** The run facts of the report: counts, dates, options, and the inputs that were skipped or failed, by reason. */
final class RunSection {
    /** Skipped files listed one by one (all are counted by reason). */
    static final int MAX_SKIPPED_LISTED = 500;

    /** French labels for other top-level manifest fields; unknown ones show their JSON name. */
    private static final Map<String, String> MANIFEST_LABELS = Map.of(
            "inputs", "Fichiers d'entrée",
            "timings", "Temps",
            "corpus", "Corpus",
            "output", "Dossier de sortie",
            "run_id", "Identifiant d'exécution",
            "java_version", "Java",
            "host", "Machine");

    private final ReportView view;

    RunSection(ReportView view) {
        this.view = view;
    }

    void render(StringBuilder h, long namedEvents) {
        ReportData.Manifest m = view.data.manifest;
        Map<String, Long> statusCounts = new HashMap<>();
        for (ArticleRow a : view.data.articles) {
            statusCounts.merge(a.status().isEmpty() ? "ok" : a.status(), 1L, Long::sum);
        }
        long total = m.counts().getOrDefault("articles", (long) view.data.articles.size());
        long ok = m.counts().getOrDefault("ok", statusCounts.getOrDefault("ok", 0L));
        long skipped = m.counts().getOrDefault("skipped", statusCounts.getOrDefault("skipped", 0L));
        long error = m.counts().getOrDefault("error", statusCounts.getOrDefault("error", 0L));

        h.append("<section id=\"run\">\n<h2>Exécution</h2>\n");
        if (!view.data.missingFiles.isEmpty()) {
            h.append("<p class=\"warning\">Fichiers absents du dossier de sortie : ")
                    .append(text(String.join(", ", view.data.missingFiles)))
                    .append(". Les parties correspondantes du rapport sont vides.</p>\n");
        }
        h.append("<div class=\"stats\">");
        view.stat(h, "articles", total, total > 1 ? "articles lus" : "article lu");
        view.stat(h, "ok", ok, ok > 1 ? "analysés" : "analysé");
        Long duplicates = m.counts().get("duplicates");
        if (duplicates != null && duplicates > 0) {
            // syndicated copies: the analysed articles that reprint an earlier one
            view.stat(h, "duplicates", duplicates, duplicates > 1 ? "reprises d'une dépêche" : "reprise d'une dépêche");
        }
        view.stat(h, "skipped", skipped, skipped > 1 ? "ignorés" : "ignoré");
        view.stat(h, "error", error, "en erreur");
        view.stat(h, "roles", view.data.roles.size(), view.data.roles.size() > 1 ? "rôles relevés" : "rôle relevé");
        view.stat(h, "events", namedEvents, namedEvents > 1 ? "événements" : "événement");
        h.append("</div>\n<dl class=\"facts\">\n");
        fact(h, "Début", ReportDates.dateTime(m.startedAt()));
        fact(h, "Fin", ReportDates.dateTime(m.finishedAt()));
        String duration = ReportDates.duration(m.startedAt(), m.finishedAt());
        if (!duration.isEmpty()) {
            fact(h, "Durée", duration);
        }
        if (!m.toolVersion().isEmpty()) {
            fact(h, "Version", m.toolVersion());
        }
        String period = publicationPeriod();
        if (!period.isEmpty()) {
            fact(h, "Publication des articles", period);
        }
        String sources = sources();
        if (!sources.isEmpty()) {
            fact(h, "Sources", sources);
        }
        String entities = entityTotals();
        if (!entities.isEmpty()) {
            fact(h, "Entités distinctes", entities);
        }
        if (!m.options().isEmpty()) {
            StringBuilder opts = new StringBuilder("<ul class=\"options\">");
            for (Map.Entry<String, String> e : m.options().entrySet()) {
                opts.append("<li><code>").append(text(e.getKey())).append("</code> = <code>")
                        .append(text(e.getValue())).append("</code></li>");
            }
            opts.append("</ul>");
            factHtml(h, "Options", opts.toString());
        }
        for (Map.Entry<String, String> e : m.other().entrySet()) {
            if (!e.getValue().isEmpty()) {
                fact(h, MANIFEST_LABELS.getOrDefault(e.getKey(), e.getKey()), e.getValue());
            }
        }
        h.append("</dl>\n");
        renderSkipped(h);
        h.append("</section>\n");
    }

    private static void fact(StringBuilder h, String term, String value) {
        factHtml(h, term, text(value.isEmpty() ? "inconnue" : value));
    }

    private static void factHtml(StringBuilder h, String term, String html) {
        h.append("<dt>").append(text(term)).append("</dt><dd>").append(html).append("</dd>\n");
    }

    /** Skipped and failed inputs: from the manifest, completed by non-ok rows of articles.csv. */
    private void renderSkipped(StringBuilder h) {
        List<Skipped> all = new ArrayList<>(view.data.manifest.skipped());
        Set<String> seen = new HashSet<>();
        for (Skipped s : all) {
            seen.add(s.articleId() + "\u0000" + s.sourcePath());
        }
        for (ArticleRow a : view.data.articles) {
            if (!a.status().isEmpty() && !"ok".equals(a.status())
                    && seen.add(a.articleId() + "\u0000" + a.sourcePath())) {
                all.add(new Skipped(a.articleId(), a.sourcePath(), a.status(), a.reason()));
            }
        }
        h.append("<h3>Articles ignorés ou en erreur</h3>\n");
        if (all.isEmpty()) {
            h.append("<p class=\"none\">Aucun : tous les fichiers lus ont été analysés.</p>\n");
            return;
        }
        Map<List<String>, Long> byReason = new LinkedHashMap<>();
        for (Skipped s : all) {
            byReason.merge(List.of(s.status(), s.reason()), 1L, Long::sum);
        }
        List<Map.Entry<List<String>, Long>> reasons = new ArrayList<>(byReason.entrySet());
        reasons.sort(Map.Entry.<List<String>, Long>comparingByValue().reversed());
        h.append("<table class=\"skipped-reasons\">\n<thead><tr><th>Statut</th><th>Raison</th>")
                .append("<th class=\"num\">Fichiers</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<List<String>, Long> e : reasons) {
            h.append("<tr data-status=\"").append(attr(e.getKey().get(0))).append("\"><td>")
                    .append(view.statusLabel(e.getKey().get(0))).append("</td><td>")
                    .append(text(e.getKey().get(1).isEmpty() ? "raison non précisée" : e.getKey().get(1)))
                    .append("</td><td class=\"num\">").append(number(e.getValue())).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        h.append("<details class=\"skipped-files\"><summary>Liste des fichiers (")
                .append(number(all.size())).append(")</summary>\n")
                .append("<table class=\"skipped\">\n<thead><tr><th>Article</th><th>Fichier</th><th>Statut</th>")
                .append("<th>Raison</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < all.size() && i < MAX_SKIPPED_LISTED; i++) {
            Skipped s = all.get(i);
            h.append("<tr data-article=\"").append(attr(s.articleId())).append("\"><td>")
                    .append(text(s.articleId())).append("</td><td><code>").append(text(s.sourcePath()))
                    .append("</code></td><td>").append(view.statusLabel(s.status())).append("</td><td>")
                    .append(text(s.reason())).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        if (all.size() > MAX_SKIPPED_LISTED) {
            h.append("<p class=\"note\">… et ").append(number(all.size() - MAX_SKIPPED_LISTED))
                    .append(" autres : voir manifest.json.</p>\n");
        }
        h.append("</details>\n");
    }

    private String publicationPeriod() {
        LocalDate min = null;
        LocalDate max = null;
        for (ArticleRow a : view.data.articles) {
            LocalDate d = ReportDates.parseDate(a.published());
            if (d != null) {
                min = min == null || d.isBefore(min) ? d : min;
                max = max == null || d.isAfter(max) ? d : max;
            }
        }
        if (min == null) {
            return "";
        }
        return min.equals(max) ? "le " + ReportDates.LONG_DATE.format(min)
                : "du " + ReportDates.LONG_DATE.format(min) + " au " + ReportDates.LONG_DATE.format(max);
    }

    private String sources() {
        Map<String, Long> counts = new HashMap<>();
        for (ArticleRow a : view.data.articles) {
            if (!a.source().isEmpty()) {
                counts.merge(a.source(), 1L, Long::sum);
            }
        }
        if (counts.isEmpty()) {
            return "";
        }
        List<Map.Entry<String, Long>> list = new ArrayList<>(counts.entrySet());
        list.sort(Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry::getKey, view.collator));
        StringBuilder sb = new StringBuilder(count(list.size(), "source", "sources"));
        sb.append(" : ");
        for (int i = 0; i < list.size() && i < 8; i++) {
            sb.append(i > 0 ? ", " : "").append(list.get(i).getKey()).append(" (")
                    .append(number(list.get(i).getValue())).append(')');
        }
        if (list.size() > 8) {
            sb.append(", …");
        }
        return sb.toString();
    }

    private String entityTotals() {
        Map<String, Long> byType = new TreeMap<>();
        for (SummaryRow s : view.data.summary) {
            byType.merge(s.type(), 1L, Long::sum);
        }
        StringBuilder sb = new StringBuilder();
        for (String type : List.of("COUNTRY", "PERSON", "ORGANIZATION", "EVENT", "LOCATION")) {
            Long n = byType.remove(type);
            if (n != null) {
                sb.append(sb.length() > 0 ? ", " : "").append(number(n)).append(' ').append(typeLabel(type, n));
            }
        }
        for (Map.Entry<String, Long> e : byType.entrySet()) {
            sb.append(sb.length() > 0 ? ", " : "").append(number(e.getValue())).append(' ').append(e.getKey());
        }
        return sb.toString();
    }

    private static String typeLabel(String type, long n) {
        return switch (type) {
            case "COUNTRY" -> "pays";
            case "PERSON" -> n > 1 ? "personnes" : "personne";
            case "ORGANIZATION" -> n > 1 ? "organisations" : "organisation";
            case "EVENT" -> n > 1 ? "événements" : "événement";
            case "LOCATION" -> n > 1 ? "lieux" : "lieu";
            default -> type;
        };
    }
}
