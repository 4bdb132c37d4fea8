package org.summitcoverage.report;

import static org.summitcoverage.report.HtmlText.attr;
import static org.summitcoverage.report.HtmlText.count;
import static org.summitcoverage.report.HtmlText.number;
import static org.summitcoverage.report.HtmlText.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.summitcoverage.report.ReportData.RoleRow;
import org.summitcoverage.report.ReportData.SummaryRow;

/** The events of the report: per event, one table per role with the entities, their articles and evidence. */
final class EventsSection {

    private final ReportView view;
    private final EvidenceCell evidence;

    EventsSection(ReportView view) {
        this.view = view;
        this.evidence = new EvidenceCell(view);
    }

    /** One event's roles: role → entity key → rows, and the distinct supporting articles. */
    static final class EventGroup {
        final String eventId;
        final String name;
        final Map<String, Map<String, List<RoleRow>>> byRole = new LinkedHashMap<>();
        final Set<String> articles = new LinkedHashSet<>();

        EventGroup(String eventId, String name) {
            this.eventId = eventId;
            this.name = name;
        }
    }

    List<EventGroup> groupEvents() {
        Map<String, EventGroup> groups = new LinkedHashMap<>();
        for (RoleRow r : view.data.roles) {
            EventGroup g = groups.computeIfAbsent(r.eventId(),
                    id -> new EventGroup(id, id.isEmpty() ? ReportView.UNSPECIFIED_EVENT : view.entityName(id)));
            String entityKey = r.entityId().isEmpty() ? "name:" + r.canonicalName() : r.entityId();
            g.byRole.computeIfAbsent(r.role(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(entityKey, k -> new ArrayList<>()).add(r);
            g.articles.add(r.articleId());
        }
        List<EventGroup> list = new ArrayList<>(groups.values());
        list.sort(Comparator.comparing((EventGroup g) -> g.eventId.isEmpty())
                .thenComparing(Comparator.comparingInt((EventGroup g) -> g.articles.size()).reversed())
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
        SummaryRow s = view.data.summaryById.get(g.eventId);
        if (s != null) {
            h.append(" · cité dans ").append(count(s.articles(), "article", "articles")).append(" (")
                    .append(count(s.mentions(), "mention", "mentions")).append(')');
        }
        if (!g.eventId.isEmpty()) {
            h.append(" · <code>").append(text(g.eventId)).append("</code>");
        }
        h.append("</p>\n");
        List<String> roleOrder = new ArrayList<>(ReportView.ROLES.keySet());
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
                name = view.entityName(e.getKey());
            }
            list.add(new Entry(e.getKey(), e.getValue(), arts, name));
        }
        list.sort(Comparator.comparingInt((Entry e) -> e.articles().size()).reversed()
                .thenComparing(Entry::name, view.collator).thenComparing(Entry::key));
        String[] labels = ReportView.ROLES.getOrDefault(role, new String[] {role, role});
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
                    .append(view.typeBadge(type, e.key()));
            if (delegation) {
                Set<String> behalf = new LinkedHashSet<>();
                for (RoleRow r : e.rows()) {
                    if (!r.onBehalfOf().isEmpty()) {
                        behalf.add(view.entityName(r.onBehalfOf()));
                    }
                }
                if (!behalf.isEmpty()) {
                    h.append("<span class=\"behalf\">pour ").append(text(String.join(", ", behalf))).append("</span>");
                }
            }
            h.append("</td>");
            h.append("<td class=\"num articles\">").append(number(e.articles().size())).append("</td>");
            h.append("<td class=\"evidence\">");
            evidence.render(h, e.rows());
            h.append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }
}
