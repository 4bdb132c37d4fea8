package org.summitcoverage.report;

import static org.summitcoverage.report.HtmlText.attr;
import static org.summitcoverage.report.HtmlText.count;
import static org.summitcoverage.report.HtmlText.number;
import static org.summitcoverage.report.HtmlText.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.summitcoverage.report.ReportData.EventRoleRow;
import org.summitcoverage.report.ReportData.EventRow;
import org.summitcoverage.report.ReportData.RoleRow;
import org.summitcoverage.report.ReportData.SummaryRow;

/**
 * The events of the report: per meeting of the corpus (events.csv), one table per role with the entities of
 * event_roles.csv, their distinct reports and articles, a mark where reports contradict one another, and the
 * sentences of roles.csv that support them. A run written before the event files existed is shown by the events
 * its articles named (roles.csv → event_id), each article counting as a report.
 */
final class EventsSection {

    private final ReportView view;
    private final EvidenceCell evidence;

    EventsSection(ReportView view) {
        this.view = view;
        this.evidence = new EvidenceCell(view);
    }

    /** One entity in one role of one event. */
    static final class Entry {
        final String key;
        final String name;
        final String type;
        final long reports;
        final long articles;
        /** The opposing role some reports give the same entity, or "". */
        final String conflict;
        /** The article of the strongest assertion, shown first, or "". */
        final String evidenceArticle;
        final List<RoleRow> rows = new ArrayList<>();

        Entry(String key, String name, String type, long reports, long articles, String conflict, String evidenceArticle) {
            this.key = key;
            this.name = name;
            this.type = type;
            this.reports = reports;
            this.articles = articles;
            this.conflict = conflict;
            this.evidenceArticle = evidenceArticle;
        }
    }

    /** One event's roles: role → entries, with what the event files say of the event. */
    static final class EventGroup {
        final String eventId;
        final String name;
        final EventRow row;
        final Map<String, List<Entry>> byRole = new LinkedHashMap<>();
        final Set<String> articles = new LinkedHashSet<>();
        long reports;

        EventGroup(String eventId, String name, EventRow row) {
            this.eventId = eventId;
            this.name = name;
            this.row = row;
        }
    }

    List<EventGroup> groupEvents() {
        return view.data.events != null ? fromEventFiles(view.data.events) : fromRoles();
    }

    private List<EventGroup> fromEventFiles(ReportData.Events files) {
        Map<String, EventGroup> groups = new LinkedHashMap<>();
        for (EventRow e : files.events()) {
            groups.put(e.eventId(), new EventGroup(e.eventId(), e.canonicalName(), e));
        }
        Map<String, Entry> entries = new HashMap<>();
        for (EventRoleRow r : files.roles()) {
            EventGroup g = groups.computeIfAbsent(r.eventId(), id -> new EventGroup(id, id.isEmpty()
                    ? ReportView.UNSPECIFIED_EVENT : view.entityName(id), null));
            Entry e = new Entry(r.entityId(), r.canonicalName().isEmpty() ? view.entityName(r.entityId())
                    : r.canonicalName(), r.type(), r.reports(), r.articles(), r.conflict(), r.evidenceArticleId());
            g.byRole.computeIfAbsent(r.role(), k -> new ArrayList<>()).add(e);
            entries.put(r.eventId() + "\n" + r.role() + "\n" + r.entityId(), e);
        }
        for (RoleRow r : view.data.roles) {
            String event = files.eventOf(r.articleId(), r.eventId());
            Entry e = entries.get(event + "\n" + r.role() + "\n" + r.entityId());
            if (e != null) {
                e.rows.add(r);
                groups.get(event).articles.add(r.articleId());
            }
        }
        for (EventGroup g : groups.values()) {
            Set<String> reports = new HashSet<>();
            for (String a : g.articles) {
                ReportData.ArticleRow row = view.data.articlesById.get(a);
                reports.add(row == null || row.duplicateOf().isEmpty() ? a : row.duplicateOf());
            }
            g.reports = reports.size();
            for (List<Entry> list : g.byRole.values()) {
                for (Entry e : list) {
                    if (e.rows.isEmpty()) {
                        // roles.csv is gone: the consolidated row's own evidence
                        e.rows.add(new RoleRow(e.evidenceArticle, "", e.key, e.type, e.name, g.eventId, "", "", -1,
                                evidenceOf(files, g.eventId, e), Double.NaN));
                    }
                }
            }
        }
        List<EventGroup> list = new ArrayList<>();
        for (EventGroup g : groups.values()) {
            if (!g.byRole.isEmpty()) {
                list.add(g);
            }
        }
        // events.csv is already most-reported first; the roles of no event come last
        list.sort(Comparator.comparing((EventGroup g) -> g.eventId.isEmpty()));
        return list;
    }

    private static String evidenceOf(ReportData.Events files, String event, Entry e) {
        for (EventRoleRow r : files.roles()) {
            if (r.eventId().equals(event) && r.entityId().equals(e.key) && r.evidenceArticleId().equals(e.evidenceArticle)) {
                return r.evidence();
            }
        }
        return "";
    }

    /** A run without event files: the events the articles named, every article its own report. */
    private List<EventGroup> fromRoles() {
        Map<String, EventGroup> groups = new LinkedHashMap<>();
        Map<String, Map<String, Map<String, List<RoleRow>>>> rows = new LinkedHashMap<>();
        for (RoleRow r : view.data.roles) {
            EventGroup g = groups.computeIfAbsent(r.eventId(),
                    id -> new EventGroup(id, id.isEmpty() ? ReportView.UNSPECIFIED_EVENT : view.entityName(id), null));
            g.articles.add(r.articleId());
            String entityKey = r.entityId().isEmpty() ? "name:" + r.canonicalName() : r.entityId();
            rows.computeIfAbsent(r.eventId(), k -> new LinkedHashMap<>()).computeIfAbsent(r.role(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(entityKey, k -> new ArrayList<>()).add(r);
        }
        for (EventGroup g : groups.values()) {
            g.reports = g.articles.size();
            rows.get(g.eventId).forEach((role, byEntity) -> byEntity.forEach((key, list) -> {
                Set<String> arts = new LinkedHashSet<>();
                String name = "";
                for (RoleRow r : list) {
                    arts.add(r.articleId());
                    name = name.isEmpty() ? r.canonicalName() : name;
                }
                Entry e = new Entry(key, name.isEmpty() ? view.entityName(key) : name, list.get(0).type(), arts.size(),
                        arts.size(), "", "");
                e.rows.addAll(list);
                g.byRole.computeIfAbsent(role, k -> new ArrayList<>()).add(e);
            }));
        }
        List<EventGroup> list = new ArrayList<>(groups.values());
        list.sort(Comparator.comparing((EventGroup g) -> g.eventId.isEmpty())
                .thenComparing(Comparator.comparingLong((EventGroup g) -> g.reports).reversed())
                .thenComparing(g -> g.name, view.collator)
                .thenComparing(g -> g.eventId));
        return list;
    }

    void render(StringBuilder h, List<EventGroup> events) {
        h.append("<section id=\"events\">\n<h2>Événements</h2>\n");
        if (events.isEmpty()) {
            h.append("<p class=\"none\">Aucun rôle relevé dans cette exécution.</p>\n</section>\n");
            return;
        }
        h.append("<p class=\"lede\">Pour chaque événement, les entités par rôle avec le nombre de rapports distincts ")
                .append("qui l'attestent (les reprises d'une même dépêche comptent pour un), le nombre d'articles, ")
                .append("et la phrase qui le montre. <span class=\"conflict-mark\">contesté</span> signale une ")
                .append("entité que d'autres rapports rangent dans le rôle opposé.</p>\n");
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
                        .append("</a> <span class=\"muted\">").append(count(g.reports, "rapport", "rapports"))
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
                .append("\" data-reports=\"").append(g.reports).append("\">\n<h3>").append(text(g.name)).append("</h3>\n");
        h.append("<p class=\"event-meta\">").append(count(g.reports, "rapport", "rapports"));
        if (g.articles.size() != g.reports) {
            h.append(" (").append(count(g.articles.size(), "article", "articles")).append(')');
        }
        h.append(" à l'appui des rôles");
        if (g.row != null) {
            if (!g.row.place().isEmpty()) {
                h.append(" · ").append(text(g.row.place()));
            }
            LocalDate d = ReportDates.parseDate(g.row.startDate());
            if (d != null) {
                h.append(" · ").append(text(ReportDates.LONG_DATE.format(d)));
            }
            h.append(" · cité dans ").append(count(g.row.reports(), "rapport", "rapports"));
        } else {
            SummaryRow s = view.data.summaryById.get(g.eventId);
            if (s != null) {
                h.append(" · cité dans ").append(count(s.articles(), "article", "articles")).append(" (")
                        .append(count(s.mentions(), "mention", "mentions")).append(')');
            }
        }
        if (!g.eventId.isEmpty()) {
            h.append(" · <code>").append(text(g.eventId)).append("</code>");
        }
        h.append("</p>\n");
        if (g.row != null && g.row.names().size() > 1) {
            h.append("<p class=\"event-names\">Aussi nommé : ");
            List<String> others = new ArrayList<>(g.row.names());
            others.remove(g.name);
            h.append(text(String.join(" · ", others))).append("</p>\n");
        }
        List<String> roleOrder = new ArrayList<>(ReportView.ROLES.keySet());
        List<String> extra = new ArrayList<>(g.byRole.keySet());
        extra.removeAll(roleOrder);
        extra.sort(Comparator.naturalOrder());
        roleOrder.addAll(extra);
        for (String role : roleOrder) {
            List<Entry> entries = g.byRole.get(role);
            if (entries != null) {
                renderRoleTable(h, g, role, entries);
            }
        }
        h.append("</article>\n");
    }

    private void renderRoleTable(StringBuilder h, EventGroup g, String role, List<Entry> entries) {
        List<Entry> list = new ArrayList<>(entries);
        list.sort(Comparator.comparingLong((Entry e) -> e.reports).reversed()
                .thenComparing(Comparator.comparingLong((Entry e) -> e.articles).reversed())
                .thenComparing(e -> e.name, view.collator).thenComparing(e -> e.key));
        String[] labels = ReportView.ROLES.getOrDefault(role, new String[] {role, role});
        boolean delegation = "DELEGATION_HEAD".equals(role);
        h.append("<table class=\"roles\" data-event=\"").append(attr(g.eventId)).append("\" data-role=\"")
                .append(attr(role)).append("\">\n<caption><span class=\"role role-").append(attr(HtmlText.slug(role)))
                .append("\">").append(text(labels[0])).append("</span> <span class=\"muted\">")
                .append(number(list.size())).append("</span></caption>\n")
                .append("<thead><tr><th class=\"col-name\">Entité</th><th class=\"num col-reports\">Rapports</th>")
                .append("<th class=\"num col-articles\">Articles</th><th class=\"col-evidence\">Preuve</th></tr></thead>\n<tbody>\n");
        for (Entry e : list) {
            h.append("<tr class=\"entity").append(e.conflict.isEmpty() ? "" : " conflict").append("\" data-entity=\"")
                    .append(attr(e.key)).append("\" data-type=\"").append(attr(e.type)).append("\" data-reports=\"")
                    .append(e.reports).append("\" data-articles=\"").append(e.articles).append('"');
            if (!e.conflict.isEmpty()) {
                h.append(" data-conflict=\"").append(attr(e.conflict)).append('"');
            }
            h.append('>');
            h.append("<td class=\"name\"><span class=\"entity-name\">").append(text(e.name)).append("</span> ")
                    .append(view.typeBadge(e.type, e.key));
            if (!e.conflict.isEmpty()) {
                String[] other = ReportView.ROLES.getOrDefault(e.conflict, new String[] {e.conflict, e.conflict});
                h.append("<span class=\"conflict-mark\" title=\"").append(attr("d'autres rapports le disent "
                        + other[1])).append("\">contesté : aussi ").append(text(other[1])).append("</span>");
            }
            if (delegation) {
                Set<String> behalf = new LinkedHashSet<>();
                for (RoleRow r : e.rows) {
                    if (!r.onBehalfOf().isEmpty()) {
                        behalf.add(view.entityName(r.onBehalfOf()));
                    }
                }
                if (!behalf.isEmpty()) {
                    h.append("<span class=\"behalf\">pour ").append(text(String.join(", ", behalf))).append("</span>");
                }
            }
            h.append("</td>");
            h.append("<td class=\"num reports\">").append(number(e.reports)).append("</td>");
            h.append("<td class=\"num articles\">").append(number(e.articles)).append("</td>");
            h.append("<td class=\"evidence\">");
            evidence.render(h, e.rows, e.evidenceArticle);
            h.append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }
}
