package org.summitcoverage.report;

import static org.summitcoverage.report.HtmlText.attr;
import static org.summitcoverage.report.HtmlText.count;
import static org.summitcoverage.report.HtmlText.number;
import static org.summitcoverage.report.HtmlText.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.summitcoverage.report.ReportData.ChangeRow;

/**
 * What changed since the compared run (changes.csv), added before removed; contradictions, events and consolidated
 * roles before the roles and entities of single articles.
 */
final class ChangesSection {
    /** Article links printed in one row of the changes table. */
    static final int MAX_CHANGE_ARTICLES = 10;

    private final ReportView view;

    ChangesSection(ReportView view) {
        this.view = view;
    }

    void render(StringBuilder h) {
        h.append("<section id=\"changes\">\n<h2>Changements depuis l'exécution comparée</h2>\n");
        if (view.data.changes == null) {
            h.append("<p class=\"none\">Cette exécution n'a été comparée à aucune autre (pas de changes.csv).</p>\n")
                    .append("</section>\n");
            return;
        }
        String compared = comparedRun();
        if (!compared.isEmpty()) {
            h.append("<p class=\"lede\">Exécution de référence : <code>").append(text(compared)).append("</code></p>\n");
        }
        if (view.data.changes.isEmpty()) {
            h.append("<p class=\"none\">Aucun changement : mêmes entités et mêmes rôles.</p>\n</section>\n");
            return;
        }
        long added = view.data.changes.stream().filter(c -> "added".equals(c.change())).count();
        long removed = view.data.changes.stream().filter(c -> "removed".equals(c.change())).count();
        h.append("<div class=\"stats\">");
        view.stat(h, "added", added, added > 1 ? "ajouts" : "ajout");
        view.stat(h, "removed", removed, removed > 1 ? "retraits" : "retrait");
        h.append("</div>\n");
        List<ChangeRow> rows = new ArrayList<>(view.data.changes);
        rows.sort(Comparator.comparingInt((ChangeRow c) -> changeRank(c.change()))
                .thenComparingInt(c -> kindRank(c.kind()))
                .thenComparing(c -> c.eventId().isEmpty() ? "\uFFFF" : view.entityName(c.eventId()), view.collator)
                .thenComparingInt(c -> roleRank(c.role()))
                .thenComparing(c -> c.canonicalName().isEmpty() ? c.entityId() : c.canonicalName(), view.collator));
        h.append("<table class=\"changes\">\n<thead><tr><th>Changement</th><th>Entité</th>")
                .append("<th>Rôle</th><th>Événement</th><th class=\"num\">Rapports</th><th class=\"num\">Articles</th>")
                .append("<th>Articles concernés</th>")
                .append("</tr></thead>\n<tbody>\n");
        for (ChangeRow c : rows) {
            h.append("<tr data-change=\"").append(attr(c.change())).append("\" data-kind=\"").append(attr(c.kind()))
                    .append("\" data-entity=\"").append(attr(c.entityId())).append("\" data-role=\"")
                    .append(attr(c.role())).append("\" data-event=\"").append(attr(c.eventId()))
                    .append("\" data-articles=\"").append(c.articles().size()).append("\">");
            h.append("<td class=\"change\">").append(changeLabel(c.change())).append(" <span class=\"kind\">")
                    .append(text(kindLabel(c.kind()))).append("</span></td>");
            h.append("<td class=\"name\"><span class=\"entity-name\">").append(text(c.canonicalName().isEmpty()
                    ? view.entityName(c.entityId()) : c.canonicalName())).append("</span>");
            if (!c.type().isEmpty()) {
                h.append(' ').append(view.typeBadge(c.type(), c.entityId()));
            }
            h.append("</td>");
            String[] roleLabels = ReportView.ROLES.get(c.role());
            h.append("<td class=\"role\">").append(text(roleLabels != null ? roleLabels[1] : c.role()));
            if (!c.conflict().isEmpty()) {
                String[] other = ReportView.ROLES.get(c.conflict());
                h.append(" <span class=\"conflict-mark\">et ").append(text(other != null ? other[1] : c.conflict()))
                        .append("</span>");
            }
            h.append("</td>");
            h.append("<td class=\"event\">").append(text(c.eventId().isEmpty()
                    ? (c.kind().endsWith("role") ? ReportView.UNSPECIFIED_EVENT : "") : view.entityName(c.eventId()))).append("</td>");
            h.append("<td class=\"num reports\">").append(c.reports() < 0 ? "" : number(c.reports())).append("</td>");
            h.append("<td class=\"num articles\">").append(number(c.articles().size())).append("</td>");
            h.append("<td class=\"refs\">");
            if (!c.articles().isEmpty()) {
                h.append("<ul class=\"article-refs\">");
                for (int i = 0; i < c.articles().size() && i < MAX_CHANGE_ARTICLES; i++) {
                    h.append("<li>").append(view.shortArticleReference(c.articles().get(i))).append("</li>");
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

    /** The option naming the run this one was compared with, if the manifest records it. */
    private String comparedRun() {
        for (Map.Entry<String, String> e : view.data.manifest.options().entrySet()) {
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
        for (String r : ReportView.ROLES.keySet()) {
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
            case "event" -> "événement";
            case "event_role" -> "rôle dans l'événement";
            case "conflict" -> "contradiction";
            default -> kind;
        };
    }

    private static int kindRank(String kind) {
        return switch (kind) {
            case "conflict" -> 0;
            case "event" -> 1;
            case "event_role" -> 2;
            case "role" -> 3;
            default -> 4;
        };
    }
}
