package org.summitcoverage.report;

import static org.summitcoverage.report.HtmlText.attr;
import static org.summitcoverage.report.HtmlText.count;
import static org.summitcoverage.report.HtmlText.number;
import static org.summitcoverage.report.HtmlText.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.text.Collator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.summitcoverage.report.ReportData.ArticleRow;
import org.summitcoverage.report.ReportData.ChangeRow;
import org.summitcoverage.report.ReportData.RoleRow;
import org.summitcoverage.report.ReportData.Skipped;
import org.summitcoverage.report.ReportData.SummaryRow;

/**
 * Writes {@code report.html}: one self-contained page (inline CSS and SVG, no script, no font
 * or image to fetch) that a person reads on screen or prints. It is built only from the files of
 * an output folder ({@code articles.csv}, {@code roles.csv}, {@code summary.csv},
 * {@code manifest.json} and, when the run was compared with an earlier one, {@code changes.csv}),
 * so it can be regenerated for any past run.
 *
 * <p>Stable hooks for tests and scrapers: {@code section#run}, {@code section#charts},
 * {@code section#events}, {@code section#changes}; {@code svg.bar-chart[data-chart]} holding one
 * {@code g.bar[data-label][data-value]} per bar; {@code table.roles[data-event][data-role]} holding
 * one {@code tr.entity[data-entity][data-articles]} per entity; {@code table.changes} holding one
 * {@code tr[data-change][data-kind]} per change.
 */
public final class HtmlReportWriter {

    /** Bars per chart. */
    static final int TOP_N = 10;
    /** Articles whose evidence is printed for one entity in one role; the rest are counted. */
    static final int MAX_EVIDENCE_ARTICLES = 5;
    /** Distinct sentences printed per article for one entity in one role. */
    static final int MAX_SENTENCES_PER_ARTICLE = 3;
    /** Skipped files listed one by one (all are counted by reason). */
    static final int MAX_SKIPPED_LISTED = 500;
    /** Article links printed in one row of the changes table. */
    static final int MAX_CHANGE_ARTICLES = 10;

    static final String UNSPECIFIED_EVENT = "Événement non précisé";

    /** Role columns of SCHEMA.md in reading order, with their French headings. */
    private static final Map<String, String[]> ROLES = new LinkedHashMap<>();

    static {
        ROLES.put("SIGNATORY", new String[] {"Signataires", "signataire"});
        ROLES.put("NON_SIGNATORY", new String[] {"Non-signataires", "non-signataire"});
        ROLES.put("CHAIR", new String[] {"Présidence", "présidence"});
        ROLES.put("HOST", new String[] {"Hôtes et organisateurs", "hôte"});
        ROLES.put("DELEGATION_HEAD", new String[] {"Chefs de délégation", "chef de délégation"});
        ROLES.put("PARTICIPANT", new String[] {"Participants", "participant"});
    }

    /** French labels for other top-level manifest fields; unknown ones show their JSON name. */
    private static final Map<String, String> MANIFEST_LABELS = Map.of(
            "inputs", "Fichiers d'entrée",
            "timings", "Temps",
            "corpus", "Corpus",
            "output", "Dossier de sortie",
            "run_id", "Identifiant d'exécution",
            "java_version", "Java",
            "host", "Machine");

    private static final Map<String, String> TYPES = Map.of(
            "COUNTRY", "pays",
            "PERSON", "personne",
            "ORGANIZATION", "organisation",
            "EVENT", "événement",
            "LOCATION", "lieu");

    /** "11 février 2025", with no-break spaces so a date never wraps. */
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d\u00A0MMMM\u00A0yyyy", Locale.FRENCH);
    private static final DateTimeFormatter LONG_DATE_TIME =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH:mm:ss", Locale.FRENCH);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ReportData data;
    private final Collator collator;

    private HtmlReportWriter(ReportData data) {
        this.data = data;
        this.collator = Collator.getInstance(Locale.FRENCH);
        this.collator.setStrength(Collator.SECONDARY);
    }

    /**
     * Reads the run's files in {@code outputDir} and writes the report to {@code target}
     * (UTF-8), atomically: the target is replaced only once the whole page is written.
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
        String html = new HtmlReportWriter(ReportData.load(outputDir)).render();
        writeAtomically(target, html);
    }

    private static void writeAtomically(Path target, String content) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        // a sibling with the default permissions (Files.createTempFile would make it owner-only)
        Path tmp = dir.resolve("." + abs.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    // ================================================================ page

    private String render() {
        List<EventGroup> events = groupEvents();
        long namedEvents = events.stream().filter(e -> !e.eventId.isEmpty()).count();
        StringBuilder h = new StringBuilder(64 * 1024);
        String when = runDate();
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

        renderRun(h, namedEvents);
        renderCharts(h);
        renderEvents(h, events);
        renderChanges(h);

        h.append("<footer class=\"page-footer\">Produit par summit-coverage")
                .append(version.isEmpty() ? "" : " " + text(version))
                .append(" à partir des fichiers articles.csv, roles.csv, summary.csv, manifest.json")
                .append(data.changes != null ? " et changes.csv" : "")
                .append(". Chaque rôle renvoie à la phrase et à l'article dont il est tiré.</footer>\n");
        h.append("</main>\n</body>\n</html>\n");
        return h.toString();
    }

    // ================================================================ run facts

    private void renderRun(StringBuilder h, long namedEvents) {
        ReportData.Manifest m = data.manifest;
        Map<String, Long> statusCounts = new HashMap<>();
        for (ArticleRow a : data.articles) {
            statusCounts.merge(a.status().isEmpty() ? "ok" : a.status(), 1L, Long::sum);
        }
        long total = m.counts().getOrDefault("articles", (long) data.articles.size());
        long ok = m.counts().getOrDefault("ok", statusCounts.getOrDefault("ok", 0L));
        long skipped = m.counts().getOrDefault("skipped", statusCounts.getOrDefault("skipped", 0L));
        long error = m.counts().getOrDefault("error", statusCounts.getOrDefault("error", 0L));

        h.append("<section id=\"run\">\n<h2>Exécution</h2>\n");
        if (!data.missingFiles.isEmpty()) {
            h.append("<p class=\"warning\">Fichiers absents du dossier de sortie : ")
                    .append(text(String.join(", ", data.missingFiles)))
                    .append(". Les parties correspondantes du rapport sont vides.</p>\n");
        }
        h.append("<div class=\"stats\">");
        stat(h, "articles", total, total > 1 ? "articles lus" : "article lu");
        stat(h, "ok", ok, ok > 1 ? "analysés" : "analysé");
        stat(h, "skipped", skipped, skipped > 1 ? "ignorés" : "ignoré");
        stat(h, "error", error, "en erreur");
        stat(h, "roles", data.roles.size(), data.roles.size() > 1 ? "rôles relevés" : "rôle relevé");
        stat(h, "events", namedEvents, namedEvents > 1 ? "événements" : "événement");
        h.append("</div>\n<dl class=\"facts\">\n");
        fact(h, "Début", dateTime(m.startedAt()));
        fact(h, "Fin", dateTime(m.finishedAt()));
        String duration = duration(m.startedAt(), m.finishedAt());
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

    private static void stat(StringBuilder h, String key, long n, String label) {
        h.append("<div class=\"stat\" data-stat=\"").append(attr(key)).append("\" data-value=\"").append(n)
                .append("\"><span class=\"stat-n\">").append(number(n)).append("</span><span class=\"stat-l\">")
                .append(text(label)).append("</span></div>");
    }

    private static void fact(StringBuilder h, String term, String value) {
        factHtml(h, term, text(value.isEmpty() ? "inconnue" : value));
    }

    private static void factHtml(StringBuilder h, String term, String html) {
        h.append("<dt>").append(text(term)).append("</dt><dd>").append(html).append("</dd>\n");
    }

    /** Skipped and failed inputs: from the manifest, completed by non-ok rows of articles.csv. */
    private void renderSkipped(StringBuilder h) {
        List<Skipped> all = new ArrayList<>(data.manifest.skipped());
        Set<String> seen = new HashSet<>();
        for (Skipped s : all) {
            seen.add(s.articleId() + "\u0000" + s.sourcePath());
        }
        for (ArticleRow a : data.articles) {
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
                    .append(statusLabel(e.getKey().get(0))).append("</td><td>")
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
                    .append("</code></td><td>").append(statusLabel(s.status())).append("</td><td>")
                    .append(text(s.reason())).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        if (all.size() > MAX_SKIPPED_LISTED) {
            h.append("<p class=\"note\">… et ").append(number(all.size() - MAX_SKIPPED_LISTED))
                    .append(" autres : voir manifest.json.</p>\n");
        }
        h.append("</details>\n");
    }

    private static String statusLabel(String status) {
        return switch (status) {
            case "skipped" -> "<span class=\"status status-skipped\">ignoré</span>";
            case "error" -> "<span class=\"status status-error\">erreur</span>";
            case "ok" -> "<span class=\"status\">analysé</span>";
            default -> "<span class=\"status\">" + text(status) + "</span>";
        };
    }

    private String publicationPeriod() {
        LocalDate min = null;
        LocalDate max = null;
        for (ArticleRow a : data.articles) {
            LocalDate d = parseDate(a.published());
            if (d != null) {
                min = min == null || d.isBefore(min) ? d : min;
                max = max == null || d.isAfter(max) ? d : max;
            }
        }
        if (min == null) {
            return "";
        }
        return min.equals(max) ? "le " + LONG_DATE.format(min)
                : "du " + LONG_DATE.format(min) + " au " + LONG_DATE.format(max);
    }

    private String sources() {
        Map<String, Long> counts = new HashMap<>();
        for (ArticleRow a : data.articles) {
            if (!a.source().isEmpty()) {
                counts.merge(a.source(), 1L, Long::sum);
            }
        }
        if (counts.isEmpty()) {
            return "";
        }
        List<Map.Entry<String, Long>> list = new ArrayList<>(counts.entrySet());
        list.sort(Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry::getKey, collator));
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
        for (SummaryRow s : data.summary) {
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

    // ================================================================ charts

    private void renderCharts(StringBuilder h) {
        h.append("<section id=\"charts\">\n<h2>Entités les plus citées</h2>\n")
                .append("<p class=\"lede\">Les ").append(TOP_N)
                .append(" premières de chaque type par nombre de mentions dans le corpus (summary.csv).</p>\n")
                .append("<div class=\"charts\">\n");
        chart(h, "COUNTRY", "countries", "Pays");
        chart(h, "PERSON", "people", "Personnes");
        chart(h, "ORGANIZATION", "organizations", "Organisations");
        h.append("</div>\n</section>\n");
    }

    private void chart(StringBuilder h, String type, String key, String title) {
        List<SummaryRow> rows = new ArrayList<>();
        for (SummaryRow s : data.summary) {
            if (type.equals(s.type())) {
                rows.add(s);
            }
        }
        rows.sort(Comparator.comparingLong(SummaryRow::mentions).reversed()
                .thenComparing(Comparator.comparingLong(SummaryRow::articles).reversed())
                .thenComparing(this::displayName, collator));
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        for (SummaryRow s : rows.subList(0, Math.min(TOP_N, rows.size()))) {
            String name = displayName(s);
            bars.add(new SvgBarChart.Bar(name, s.mentions(),
                    name + " : " + count(s.mentions(), "mention", "mentions") + " dans "
                            + count(s.articles(), "article", "articles")));
        }
        h.append("<figure class=\"chart\" data-chart=\"").append(attr(key)).append("\">\n<figcaption><strong>")
                .append(text(title)).append("</strong> <span class=\"muted\">");
        h.append(rows.size() > TOP_N ? number(TOP_N) + " sur " + number(rows.size()) : count(rows.size(), "entité", "entités"))
                .append(" · mentions</span></figcaption>\n");
        h.append(SvgBarChart.render(key, title + " les plus cités, par nombre de mentions", bars));
        h.append("\n</figure>\n");
    }

    private String displayName(SummaryRow s) {
        return s.canonicalName().isEmpty() ? s.entityId() : s.canonicalName();
    }

    // ================================================================ events

    /** One event's roles: role → entity key → rows, and the distinct supporting articles. */
    private static final class EventGroup {
        final String eventId;
        final String name;
        final Map<String, Map<String, List<RoleRow>>> byRole = new LinkedHashMap<>();
        final Set<String> articles = new LinkedHashSet<>();

        EventGroup(String eventId, String name) {
            this.eventId = eventId;
            this.name = name;
        }
    }

    private List<EventGroup> groupEvents() {
        Map<String, EventGroup> groups = new LinkedHashMap<>();
        for (RoleRow r : data.roles) {
            EventGroup g = groups.computeIfAbsent(r.eventId(),
                    id -> new EventGroup(id, id.isEmpty() ? UNSPECIFIED_EVENT : entityName(id)));
            String entityKey = r.entityId().isEmpty() ? "name:" + r.canonicalName() : r.entityId();
            g.byRole.computeIfAbsent(r.role(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(entityKey, k -> new ArrayList<>()).add(r);
            g.articles.add(r.articleId());
        }
        List<EventGroup> list = new ArrayList<>(groups.values());
        list.sort(Comparator.comparing((EventGroup g) -> g.eventId.isEmpty())
                .thenComparing(Comparator.comparingInt((EventGroup g) -> g.articles.size()).reversed())
                .thenComparing(g -> g.name, collator)
                .thenComparing(g -> g.eventId));
        return list;
    }

    private void renderEvents(StringBuilder h, List<EventGroup> events) {
        h.append("<section id=\"events\">\n<h2>Événements</h2>\n");
        if (events.isEmpty()) {
            h.append("<p class=\"none\">Aucun rôle relevé dans cette exécution.</p>\n</section>\n");
            return;
        }
        h.append("<p class=\"lede\">Pour chaque événement, les entités par rôle avec le nombre d'articles ")
                .append("distincts qui l'attestent, et la phrase qui le montre.</p>\n");
        Map<EventGroup, String> anchors = new HashMap<>();
        Set<String> used = new HashSet<>();
        for (EventGroup g : events) {
            String base = "event-" + (g.eventId.isEmpty() ? "non-precise" : HtmlText.slug(g.eventId.replaceFirst("^event:", "")));
            String anchor = base;
            for (int i = 2; !used.add(anchor); i++) {
                anchor = base + "-" + i;
            }
            anchors.put(g, anchor);
        }
        if (events.size() > 1) {
            h.append("<ol class=\"event-index\">\n");
            for (EventGroup g : events) {
                h.append("<li><a href=\"#").append(anchors.get(g)).append("\">").append(text(g.name))
                        .append("</a> <span class=\"muted\">").append(count(g.articles.size(), "article", "articles"))
                        .append("</span></li>\n");
            }
            h.append("</ol>\n");
        }
        for (EventGroup g : events) {
            renderEvent(h, g, anchors.get(g));
        }
        h.append("</section>\n");
    }

    private void renderEvent(StringBuilder h, EventGroup g, String anchor) {
        h.append("<article class=\"event\" id=\"").append(anchor).append("\" data-event=\"").append(attr(g.eventId))
                .append("\">\n<h3>").append(text(g.name)).append("</h3>\n<p class=\"event-meta\">");
        h.append(count(g.articles.size(), "article", "articles")).append(" à l'appui des rôles");
        SummaryRow s = data.summaryById.get(g.eventId);
        if (s != null) {
            h.append(" · cité dans ").append(count(s.articles(), "article", "articles")).append(" (")
                    .append(count(s.mentions(), "mention", "mentions")).append(')');
        }
        if (!g.eventId.isEmpty()) {
            h.append(" · <code>").append(text(g.eventId)).append("</code>");
        }
        h.append("</p>\n");
        List<String> roleOrder = new ArrayList<>(ROLES.keySet());
        List<String> extra = new ArrayList<>(g.byRole.keySet());
        extra.removeAll(roleOrder);
        extra.sort(Comparator.naturalOrder());
        roleOrder.addAll(extra);
        for (String role : roleOrder) {
            Map<String, List<RoleRow>> entities = g.byRole.get(role);
            if (entities != null) {
                renderRoleTable(h, g, role, entities);
            }
        }
        h.append("</article>\n");
    }

    private void renderRoleTable(StringBuilder h, EventGroup g, String role, Map<String, List<RoleRow>> entities) {
        record Entry(String key, List<RoleRow> rows, Set<String> articles, String name) {
        }
        List<Entry> list = new ArrayList<>();
        for (Map.Entry<String, List<RoleRow>> e : entities.entrySet()) {
            Set<String> arts = new LinkedHashSet<>();
            String name = "";
            for (RoleRow r : e.getValue()) {
                arts.add(r.articleId());
                if (name.isEmpty()) {
                    name = r.canonicalName();
                }
            }
            if (name.isEmpty()) {
                name = entityName(e.getKey());
            }
            list.add(new Entry(e.getKey(), e.getValue(), arts, name));
        }
        list.sort(Comparator.comparingInt((Entry e) -> e.articles().size()).reversed()
                .thenComparing(Entry::name, collator).thenComparing(Entry::key));
        String[] labels = ROLES.getOrDefault(role, new String[] {role, role});
        boolean delegation = "DELEGATION_HEAD".equals(role);
        h.append("<table class=\"roles\" data-event=\"").append(attr(g.eventId)).append("\" data-role=\"")
                .append(attr(role)).append("\">\n<caption><span class=\"role role-").append(attr(HtmlText.slug(role)))
                .append("\">").append(text(labels[0])).append("</span> <span class=\"muted\">")
                .append(number(list.size())).append("</span></caption>\n")
                .append("<thead><tr><th class=\"col-name\">Entité</th>")
                .append("<th class=\"num col-articles\">Articles</th><th class=\"col-evidence\">Preuve</th></tr></thead>\n<tbody>\n");
        for (Entry e : list) {
            String type = e.rows().get(0).type();
            h.append("<tr class=\"entity\" data-entity=\"").append(attr(e.key())).append("\" data-type=\"")
                    .append(attr(type)).append("\" data-articles=\"").append(e.articles().size()).append("\">");
            h.append("<td class=\"name\"><span class=\"entity-name\">").append(text(e.name())).append("</span> ")
                    .append(typeBadge(type, e.key()));
            if (delegation) {
                Set<String> behalf = new LinkedHashSet<>();
                for (RoleRow r : e.rows()) {
                    if (!r.onBehalfOf().isEmpty()) {
                        behalf.add(entityName(r.onBehalfOf()));
                    }
                }
                if (!behalf.isEmpty()) {
                    h.append("<span class=\"behalf\">pour ").append(text(String.join(", ", behalf))).append("</span>");
                }
            }
            h.append("</td>");
            h.append("<td class=\"num articles\">").append(number(e.articles().size())).append("</td>");
            h.append("<td class=\"evidence\">");
            renderEvidence(h, e.rows());
            h.append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static String typeBadge(String type, String entityId) {
        String label = TYPES.getOrDefault(type, type.toLowerCase(Locale.ROOT));
        StringBuilder b = new StringBuilder("<span class=\"type-badge type-").append(attr(HtmlText.slug(type)))
                .append("\">").append(text(label));
        if ("COUNTRY".equals(type) && entityId.startsWith("country:")) {
            b.append(" · ").append(text(entityId.substring("country:".length())));
        }
        return b.append("</span>").toString();
    }

    /** The sentences that support one entity in one role, grouped by article, strongest first. */
    private void renderEvidence(StringBuilder h, List<RoleRow> rows) {
        Map<String, List<RoleRow>> byArticle = new LinkedHashMap<>();
        for (RoleRow r : rows) {
            byArticle.computeIfAbsent(r.articleId(), k -> new ArrayList<>()).add(r);
        }
        List<Map.Entry<String, List<RoleRow>>> articles = new ArrayList<>(byArticle.entrySet());
        articles.sort(Comparator.comparingDouble((Map.Entry<String, List<RoleRow>> e) -> -maxConfidence(e.getValue()))
                .thenComparing(e -> publishedOf(e.getKey()), Comparator.reverseOrder())
                .thenComparing(Map.Entry::getKey));
        int shown = Math.min(articles.size(), MAX_EVIDENCE_ARTICLES);
        evidenceItem(h, articles.get(0).getKey(), articles.get(0).getValue(), "div");
        if (shown > 1) {
            h.append("<details class=\"more-evidence\"><summary>")
                    .append(articles.size() - 1 == 1 ? "1 autre article" : number(articles.size() - 1) + " autres articles")
                    .append("</summary>");
            for (int i = 1; i < shown; i++) {
                evidenceItem(h, articles.get(i).getKey(), articles.get(i).getValue(), "div");
            }
            if (articles.size() > shown) {
                h.append("<p class=\"note\">… et ").append(count(articles.size() - shown, "autre article", "autres articles"))
                        .append(" (voir roles.csv).</p>");
            }
            h.append("</details>");
        }
    }

    private void evidenceItem(StringBuilder h, String articleId, List<RoleRow> rows, String tag) {
        h.append('<').append(tag).append(" class=\"evidence-item\" data-article=\"").append(attr(articleId)).append("\">");
        Set<String> sentences = new LinkedHashSet<>();
        for (RoleRow r : rows) {
            String key = r.evidence().isEmpty() ? "" : r.evidence();
            if (sentences.add(key) && sentences.size() <= MAX_SENTENCES_PER_ARTICLE) {
                h.append("<blockquote class=\"sentence\"");
                if (!Double.isNaN(r.confidence())) {
                    h.append(" title=\"").append(attr("confiance " + String.format(Locale.FRENCH, "%.2f", r.confidence())))
                            .append('"');
                }
                h.append('>');
                if (key.isEmpty()) {
                    h.append("<span class=\"muted\">(phrase non fournie)</span>");
                } else {
                    h.append(highlight(r.evidence(), r.trigger()));
                }
                h.append("</blockquote>");
            }
        }
        h.append("<p class=\"source\">").append(articleReference(articleId)).append("</p>");
        h.append("</").append(tag).append('>');
    }

    private static double maxConfidence(List<RoleRow> rows) {
        double max = Double.NEGATIVE_INFINITY;
        for (RoleRow r : rows) {
            if (!Double.isNaN(r.confidence())) {
                max = Math.max(max, r.confidence());
            }
        }
        return max == Double.NEGATIVE_INFINITY ? 0 : max;
    }

    private String publishedOf(String articleId) {
        ArticleRow a = data.articlesById.get(articleId);
        return a == null ? "" : a.published();
    }

    /** The sentence, escaped, with the first occurrence of the trigger words marked. */
    static String highlight(String sentence, String trigger) {
        if (trigger == null || trigger.isBlank()) {
            return text(sentence);
        }
        String t = trigger.strip();
        for (int i = 0; i + t.length() <= sentence.length(); i++) {
            if (sentence.regionMatches(true, i, t, 0, t.length())) {
                return text(sentence.substring(0, i)) + "<mark>" + text(sentence.substring(i, i + t.length()))
                        + "</mark>" + text(sentence.substring(i + t.length()));
            }
        }
        return text(sentence);
    }

    /** "Title — Source, date" with the title linked to the article's URL when it has one. */
    private String articleReference(String articleId) {
        ArticleRow a = data.articlesById.get(articleId);
        StringBuilder b = new StringBuilder();
        String title = a == null || a.title().isEmpty() ? articleId : a.title();
        String url = a == null ? null : HtmlText.safeUrl(a.url());
        if (url != null) {
            b.append("<a class=\"article-link\" href=\"").append(attr(url)).append("\" data-article=\"")
                    .append(attr(articleId)).append("\">").append(text(title)).append("</a>");
        } else {
            b.append("<span class=\"article-title\">").append(text(title)).append("</span>");
        }
        if (a != null) {
            List<String> parts = new ArrayList<>();
            if (!a.source().isEmpty()) {
                parts.add(a.source());
            }
            LocalDate d = parseDate(a.published());
            if (d != null) {
                parts.add(LONG_DATE.format(d));
            }
            if (!parts.isEmpty()) {
                b.append(" — ").append(text(String.join(", ", parts)));
            }
        }
        if (!title.equals(articleId)) {
            b.append(" <code class=\"article-id\">").append(text(articleId)).append("</code>");
        }
        return b.toString();
    }

    // ================================================================ changes

    private void renderChanges(StringBuilder h) {
        h.append("<section id=\"changes\">\n<h2>Changements depuis l'exécution comparée</h2>\n");
        if (data.changes == null) {
            h.append("<p class=\"none\">Cette exécution n'a été comparée à aucune autre (pas de changes.csv).</p>\n")
                    .append("</section>\n");
            return;
        }
        String compared = comparedRun();
        if (!compared.isEmpty()) {
            h.append("<p class=\"lede\">Exécution de référence : <code>").append(text(compared)).append("</code></p>\n");
        }
        if (data.changes.isEmpty()) {
            h.append("<p class=\"none\">Aucun changement : mêmes entités et mêmes rôles.</p>\n</section>\n");
            return;
        }
        long added = data.changes.stream().filter(c -> "added".equals(c.change())).count();
        long removed = data.changes.stream().filter(c -> "removed".equals(c.change())).count();
        h.append("<div class=\"stats\">");
        stat(h, "added", added, added > 1 ? "ajouts" : "ajout");
        stat(h, "removed", removed, removed > 1 ? "retraits" : "retrait");
        h.append("</div>\n");
        List<ChangeRow> rows = new ArrayList<>(data.changes);
        rows.sort(Comparator.comparingInt((ChangeRow c) -> changeRank(c.change()))
                .thenComparing(c -> "role".equals(c.kind()) ? 0 : 1)
                .thenComparing(c -> c.eventId().isEmpty() ? "\uFFFF" : entityName(c.eventId()), collator)
                .thenComparingInt(c -> roleRank(c.role()))
                .thenComparing(c -> c.canonicalName().isEmpty() ? c.entityId() : c.canonicalName(), collator));
        h.append("<table class=\"changes\">\n<thead><tr><th>Changement</th><th>Entité</th>")
                .append("<th>Rôle</th><th>Événement</th><th class=\"num\">Articles</th><th>Articles concernés</th>")
                .append("</tr></thead>\n<tbody>\n");
        for (ChangeRow c : rows) {
            h.append("<tr data-change=\"").append(attr(c.change())).append("\" data-kind=\"").append(attr(c.kind()))
                    .append("\" data-entity=\"").append(attr(c.entityId())).append("\" data-role=\"")
                    .append(attr(c.role())).append("\" data-event=\"").append(attr(c.eventId()))
                    .append("\" data-articles=\"").append(c.articles().size()).append("\">");
            h.append("<td class=\"change\">").append(changeLabel(c.change())).append(" <span class=\"kind\">")
                    .append(text(kindLabel(c.kind()))).append("</span></td>");
            h.append("<td class=\"name\"><span class=\"entity-name\">").append(text(c.canonicalName().isEmpty()
                    ? entityName(c.entityId()) : c.canonicalName())).append("</span>");
            if (!c.type().isEmpty()) {
                h.append(' ').append(typeBadge(c.type(), c.entityId()));
            }
            h.append("</td>");
            String[] roleLabels = ROLES.get(c.role());
            h.append("<td class=\"role\">").append(text(roleLabels != null ? roleLabels[1] : c.role())).append("</td>");
            h.append("<td class=\"event\">").append(text(c.eventId().isEmpty()
                    ? ("role".equals(c.kind()) ? UNSPECIFIED_EVENT : "") : entityName(c.eventId()))).append("</td>");
            h.append("<td class=\"num articles\">").append(number(c.articles().size())).append("</td>");
            h.append("<td class=\"refs\">");
            if (!c.articles().isEmpty()) {
                h.append("<ul class=\"article-refs\">");
                for (int i = 0; i < c.articles().size() && i < MAX_CHANGE_ARTICLES; i++) {
                    h.append("<li>").append(shortArticleReference(c.articles().get(i))).append("</li>");
                }
                if (c.articles().size() > MAX_CHANGE_ARTICLES) {
                    h.append("<li class=\"muted\">… et ").append(number(c.articles().size() - MAX_CHANGE_ARTICLES))
                            .append(" autres</li>");
                }
                h.append("</ul>");
            }
            h.append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private String shortArticleReference(String articleId) {
        ArticleRow a = data.articlesById.get(articleId);
        String title = a == null || a.title().isEmpty() ? articleId : HtmlText.shorten(a.title(), 70);
        String url = a == null ? null : HtmlText.safeUrl(a.url());
        if (url != null) {
            return "<a class=\"article-link\" href=\"" + attr(url) + "\" data-article=\"" + attr(articleId)
                    + "\" title=\"" + attr(articleId) + "\">" + text(title) + "</a>";
        }
        return "<span class=\"article-title\" title=\"" + attr(articleId) + "\">" + text(title) + "</span>";
    }

    /** The option naming the run this one was compared with, if the manifest records it. */
    private String comparedRun() {
        for (Map.Entry<String, String> e : data.manifest.options().entrySet()) {
            String k = e.getKey().toLowerCase(Locale.ROOT);
            if ((k.contains("compar") || k.contains("baseline") || k.contains("previous") || k.contains("since"))
                    && !e.getValue().isEmpty()) {
                return e.getValue();
            }
        }
        return "";
    }

    private static int changeRank(String change) {
        return "added".equals(change) ? 0 : "removed".equals(change) ? 1 : 2;
    }

    private static int roleRank(String role) {
        int i = 0;
        for (String r : ROLES.keySet()) {
            if (r.equals(role)) {
                return i;
            }
            i++;
        }
        return role.isEmpty() ? -1 : i;
    }

    private static String changeLabel(String change) {
        return switch (change) {
            case "added" -> "<span class=\"chg chg-added\">+ ajout</span>";
            case "removed" -> "<span class=\"chg chg-removed\">− retrait</span>";
            default -> "<span class=\"chg\">" + text(change) + "</span>";
        };
    }

    private static String kindLabel(String kind) {
        return switch (kind) {
            case "entity" -> "entité";
            case "role" -> "rôle";
            default -> kind;
        };
    }

    // ================================================================ names and dates

    /** The canonical name of an entity id: summary.csv, then roles.csv, else made from the id. */
    private String entityName(String entityId) {
        if (entityId.isEmpty()) {
            return "";
        }
        if (entityId.startsWith("name:")) {
            return entityId.substring(5);
        }
        SummaryRow s = data.summaryById.get(entityId);
        if (s != null && !s.canonicalName().isEmpty()) {
            return s.canonicalName();
        }
        String fromRoles = roleNames().get(entityId);
        if (fromRoles != null) {
            return fromRoles;
        }
        int colon = entityId.indexOf(':');
        String rest = colon >= 0 ? entityId.substring(colon + 1) : entityId;
        if (entityId.startsWith("country:")) {
            return rest;
        }
        rest = rest.replace('-', ' ').strip();
        return rest.isEmpty() ? entityId : Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
    }

    private Map<String, String> roleNames;

    private Map<String, String> roleNames() {
        if (roleNames == null) {
            roleNames = new HashMap<>();
            for (RoleRow r : data.roles) {
                if (!r.entityId().isEmpty() && !r.canonicalName().isEmpty()) {
                    roleNames.putIfAbsent(r.entityId(), r.canonicalName());
                }
            }
            if (data.changes != null) {
                for (ChangeRow c : data.changes) {
                    if (!c.entityId().isEmpty() && !c.canonicalName().isEmpty()) {
                        roleNames.putIfAbsent(c.entityId(), c.canonicalName());
                    }
                }
            }
        }
        return roleNames;
    }

    private String runDate() {
        OffsetDateTime t = parseDateTime(data.manifest.startedAt());
        if (t == null) {
            t = parseDateTime(data.manifest.finishedAt());
        }
        return t == null ? "" : LONG_DATE.format(t);
    }

    private static String dateTime(String raw) {
        OffsetDateTime t = parseDateTime(raw);
        if (t == null) {
            return raw;
        }
        String zone = t.getOffset().equals(ZoneOffset.UTC) ? "UTC" : "UTC" + t.getOffset().getId();
        return LONG_DATE_TIME.format(t) + " " + zone;
    }

    private static String duration(String start, String end) {
        OffsetDateTime a = parseDateTime(start);
        OffsetDateTime b = parseDateTime(end);
        if (a == null || b == null || b.isBefore(a)) {
            return "";
        }
        Duration d = Duration.between(a, b);
        long s = d.getSeconds();
        if (s < 1) {
            return d.toMillis() + " ms";
        }
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return (s / 60) + " min " + String.format(Locale.ROOT, "%02d", s % 60) + " s";
        }
        return (s / 3600) + " h " + String.format(Locale.ROOT, "%02d", (s % 3600) / 60) + " min";
    }

    static OffsetDateTime parseDateTime(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip();
        try {
            return OffsetDateTime.parse(s);
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return Instant.parse(s).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(s).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static LocalDate parseDate(String raw) {
        if (raw == null || raw.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(raw.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    // ================================================================ style

    private static final String CSS = """
            :root {
              --ink: #1c2330; --muted: #5d6775; --rule: #dde2e8; --soft: #f5f7fa;
              --accent: #1d5c8c; --added: #1e7a46; --removed: #b3261e;
              --country: #2f6f9f; --person: #8a4f9e; --organization: #2e8068;
              color-scheme: light;
            }
            * { box-sizing: border-box; }
            html { -webkit-text-size-adjust: 100%; }
            body {
              margin: 0; background: #fff; color: var(--ink);
              font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue",
                Arial, "Liberation Sans", "DejaVu Sans", sans-serif;
              font-size: 15px; line-height: 1.5; font-kerning: normal;
            }
            main { max-width: 1120px; margin: 0 auto; padding: 28px 32px 56px; }
            h1, h2, h3 { line-height: 1.2; font-weight: 650; }
            h1 { font-size: 1.9rem; margin: 0.1rem 0 0.35rem; letter-spacing: -0.01em; }
            h2 { font-size: 1.35rem; margin: 2.6rem 0 0.9rem; padding-bottom: 0.35rem; border-bottom: 2px solid var(--ink); }
            h3 { font-size: 1.1rem; margin: 1.6rem 0 0.5rem; }
            a { color: var(--accent); text-decoration-thickness: 1px; text-underline-offset: 2px; }
            code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace;
              font-size: 0.86em; background: var(--soft); padding: 0 0.25em; border-radius: 3px; }
            .muted { color: var(--muted); font-weight: normal; }
            .kicker { margin: 0; color: var(--muted); font-size: 0.8rem; letter-spacing: 0.08em; text-transform: uppercase; }
            .subtitle { margin: 0; color: var(--muted); font-size: 1.05rem; }
            .page-header { border-bottom: 1px solid var(--rule); padding-bottom: 0.9rem; }
            .toc { display: flex; flex-wrap: wrap; gap: 0.4rem 1.4rem; margin-top: 0.9rem; font-size: 0.92rem; }
            .toc a { text-decoration: none; font-weight: 550; }
            .toc .n, .stat-n { font-variant-numeric: tabular-nums; }
            .toc .n { color: var(--muted); font-weight: normal; }
            .lede { color: var(--muted); margin: -0.3rem 0 1rem; }
            .none { color: var(--muted); font-style: italic; }
            .note { color: var(--muted); font-size: 0.85rem; margin: 0.3rem 0; }
            .warning { border-left: 4px solid #c77700; background: #fff6e5; padding: 0.5rem 0.8rem; }
            .stats { display: flex; flex-wrap: wrap; gap: 10px; margin: 0 0 1.1rem; }
            .stat { border: 1px solid var(--rule); border-radius: 8px; padding: 0.55rem 0.95rem; min-width: 118px; }
            .stat-n { display: block; font-size: 1.55rem; font-weight: 650; line-height: 1.15; }
            .stat-l { display: block; color: var(--muted); font-size: 0.82rem; }
            .stat[data-stat="skipped"]:not([data-value="0"]) .stat-n { color: #8a5a00; }
            .stat[data-stat="error"]:not([data-value="0"]) .stat-n { color: var(--removed); }
            .stat[data-stat="added"]:not([data-value="0"]) .stat-n { color: var(--added); }
            .stat[data-stat="removed"]:not([data-value="0"]) .stat-n { color: var(--removed); }
            dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.3rem 1.5rem; margin: 0 0 1rem; }
            dl.facts dt { color: var(--muted); }
            dl.facts dd { margin: 0; }
            ul.options { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.2rem 1rem; }
            table { border-collapse: collapse; width: 100%; font-size: 0.9rem; margin: 0.2rem 0 1.3rem; }
            caption { text-align: left; font-weight: 650; font-size: 0.98rem; padding: 0.2rem 0 0.35rem; }
            th, td { text-align: left; vertical-align: top; padding: 0.42rem 0.6rem; border-bottom: 1px solid var(--rule); }
            thead th { font-size: 0.74rem; font-weight: 650; letter-spacing: 0.05em; text-transform: uppercase;
              color: var(--muted); border-bottom: 1.5px solid var(--ink); }
            th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            tbody tr:nth-child(even) { background: var(--soft); }
            td.articles { font-weight: 650; }
            .col-name { width: 28%; } .col-articles { width: 5.5rem; }
            .entity-name { font-weight: 600; }
            .behalf { display: block; color: var(--muted); font-size: 0.85rem; }
            .type-badge { display: inline-block; font-size: 0.74rem; line-height: 1.5; padding: 0 0.45em;
              border-radius: 999px; border: 1px solid currentColor; white-space: nowrap; color: var(--muted); }
            .type-country { color: var(--country); } .type-person { color: var(--person); }
            .type-organization { color: var(--organization); }
            .role { text-transform: none; }
            .event { margin: 0 0 2.2rem; }
            .event h3 { font-size: 1.2rem; margin-bottom: 0.15rem; }
            .event-meta { margin: 0 0 0.8rem; color: var(--muted); font-size: 0.88rem; }
            ol.event-index { columns: 2 18rem; column-gap: 2rem; margin: 0 0 1.5rem; padding-left: 1.4rem; }
            ol.event-index li { break-inside: avoid; }
            blockquote.sentence { margin: 0 0 0.15rem; font-family: Georgia, "Times New Roman", "DejaVu Serif", serif;
              font-size: 0.95rem; line-height: 1.45; }
            blockquote.sentence::before { content: "« "; color: var(--muted); }
            blockquote.sentence::after { content: " »"; color: var(--muted); }
            mark { background: #fff0a3; color: inherit; padding: 0 0.1em; border-radius: 2px; }
            p.source { margin: 0 0 0.45rem; font-size: 0.82rem; color: var(--muted); }
            .article-id { font-size: 0.78rem; }
            details summary { cursor: pointer; color: var(--accent); font-size: 0.84rem; }
            details.more-evidence[open] summary { margin-bottom: 0.4rem; }
            details.skipped-files { margin-bottom: 1rem; }
            .status-skipped { color: #8a5a00; } .status-error { color: var(--removed); font-weight: 600; }
            .chg { font-weight: 650; white-space: nowrap; }
            .chg-added { color: var(--added); } .chg-removed { color: var(--removed); }
            td.change .kind { display: block; color: var(--muted); font-size: 0.84rem; }
            table.changes td.name .entity-name { font-weight: 600; }
            ul.article-refs { list-style: none; margin: 0; padding: 0; font-size: 0.84rem; }
            ul.article-refs li + li { margin-top: 0.15rem; }
            table.changes td.refs { width: 34%; }
            .charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(480px, 1fr)); gap: 16px; align-items: start; }
            figure.chart { margin: 0; border: 1px solid var(--rule); border-radius: 8px; padding: 0.7rem 0.9rem 0.5rem; }
            figure.chart figcaption { font-size: 0.95rem; margin-bottom: 0.3rem; }
            svg.bar-chart { display: block; max-width: 100%; height: auto; font-family: inherit; }
            svg.bar-chart text { font-size: 12.5px; fill: var(--ink); }
            svg.bar-chart text.value { font-weight: 650; font-variant-numeric: tabular-nums; }
            svg.bar-chart text.empty { fill: var(--muted); font-style: italic; }
            svg.bar-chart[data-chart="countries"] rect { fill: var(--country); }
            svg.bar-chart[data-chart="people"] rect { fill: var(--person); }
            svg.bar-chart[data-chart="organizations"] rect { fill: var(--organization); }
            .page-footer { margin-top: 3rem; padding-top: 0.8rem; border-top: 1px solid var(--rule);
              color: var(--muted); font-size: 0.8rem; }
            @media (max-width: 700px) {
              main { padding: 16px; }
              .charts { grid-template-columns: 1fr; }
            }
            @media print {
              @page { size: A4; margin: 14mm 12mm 16mm; }
              * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
              body { font-size: 9.5pt; }
              main { max-width: none; padding: 0; }
              .toc { display: none; }
              h2 { margin-top: 1.2rem; break-after: avoid; page-break-after: avoid; }
              h3, caption, thead { break-after: avoid; page-break-after: avoid; }
              #charts, #events, #changes { break-before: page; page-break-before: always; }
              .lede { break-after: avoid; page-break-after: avoid; }
              tr, figure.chart, .stat, blockquote { break-inside: avoid; page-break-inside: avoid; }
              thead { display: table-header-group; }
              a { color: inherit; text-decoration: none; }
              .charts { grid-template-columns: 1fr; gap: 10px; }
              figure.chart { border: none; padding: 0; }
              tbody tr:nth-child(even) { background: none; }
              details > summary { display: none; }
              details::details-content { content-visibility: visible; display: block; }
              ol.event-index { display: none; }
            }
            """;
}
