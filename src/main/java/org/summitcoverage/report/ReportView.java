package org.summitcoverage.report;

import static org.summitcoverage.report.HtmlText.attr;
import static org.summitcoverage.report.HtmlText.number;
import static org.summitcoverage.report.HtmlText.text;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.summitcoverage.report.ReportData.ArticleRow;
import org.summitcoverage.report.ReportData.ChangeRow;
import org.summitcoverage.report.ReportData.RoleRow;
import org.summitcoverage.report.ReportData.SummaryRow;

/**
 * What every section of the report shares: the run's data, the French collation, the labels of roles and
 * types, and how an entity, a status or an article is named on the page.
 */
final class ReportView {
    static final String UNSPECIFIED_EVENT = "Événement non précisé";

    /** The roles of docs/output.md § roles.csv in reading order, with their French headings. */
    static final Map<String, String[]> ROLES = new LinkedHashMap<>();

    static {
        ROLES.put("SIGNATORY", new String[] {"Signataires", "signataire"});
        ROLES.put("NON_SIGNATORY", new String[] {"Non-signataires", "non-signataire"});
        ROLES.put("CHAIR", new String[] {"Présidence", "présidence"});
        ROLES.put("HOST", new String[] {"Hôtes et organisateurs", "hôte"});
        ROLES.put("DELEGATION_HEAD", new String[] {"Chefs de délégation", "chef de délégation"});
        ROLES.put("PARTICIPANT", new String[] {"Participants", "participant"});
    }

    private static final Map<String, String> TYPES = Map.of(
            "COUNTRY", "pays",
            "PERSON", "personne",
            "ORGANIZATION", "organisation",
            "EVENT", "événement",
            "LOCATION", "lieu");

    final ReportData data;
    final Collator collator;

    ReportView(ReportData data) {
        this.data = data;
        this.collator = Collator.getInstance(Locale.FRENCH);
        this.collator.setStrength(Collator.SECONDARY);
    }

    static String typeBadge(String type, String entityId) {
        String label = TYPES.getOrDefault(type, type.toLowerCase(Locale.ROOT));
        StringBuilder b = new StringBuilder("<span class=\"type-badge type-").append(attr(HtmlText.slug(type)))
                .append("\">").append(text(label));
        if ("COUNTRY".equals(type) && entityId.startsWith("country:")) {
            b.append(" · ").append(text(entityId.substring("country:".length())));
        }
        return b.append("</span>").toString();
    }

    static void stat(StringBuilder h, String key, long n, String label) {
        h.append("<div class=\"stat\" data-stat=\"").append(attr(key)).append("\" data-value=\"").append(n)
                .append("\"><span class=\"stat-n\">").append(number(n)).append("</span><span class=\"stat-l\">")
                .append(text(label)).append("</span></div>");
    }

    static String statusLabel(String status) {
        return switch (status) {
            case "skipped" -> "<span class=\"status status-skipped\">ignoré</span>";
            case "error" -> "<span class=\"status status-error\">erreur</span>";
            case "ok" -> "<span class=\"status\">analysé</span>";
            default -> "<span class=\"status\">" + text(status) + "</span>";
        };
    }

    String publishedOf(String articleId) {
        ArticleRow a = data.articlesById.get(articleId);
        return a == null ? "" : a.published();
    }

    /** "Title — Source, date" with the title linked to the article's URL when it has one. */
    String articleReference(String articleId) {
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
            LocalDate d = ReportDates.parseDate(a.published());
            if (d != null) {
                parts.add(ReportDates.LONG_DATE.format(d));
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

    String shortArticleReference(String articleId) {
        ArticleRow a = data.articlesById.get(articleId);
        String title = a == null || a.title().isEmpty() ? articleId : HtmlText.shorten(a.title(), 70);
        String url = a == null ? null : HtmlText.safeUrl(a.url());
        if (url != null) {
            return "<a class=\"article-link\" href=\"" + attr(url) + "\" data-article=\"" + attr(articleId)
                    + "\" title=\"" + attr(articleId) + "\">" + text(title) + "</a>";
        }
        return "<span class=\"article-title\" title=\"" + attr(articleId) + "\">" + text(title) + "</span>";
    }

    /** The canonical name of an entity id: events.csv, summary.csv, then roles.csv, else made from the id. */
    String entityName(String entityId) {
        if (entityId.isEmpty()) {
            return "";
        }
        if (entityId.startsWith("name:")) {
            return entityId.substring(5);
        }
        if (data.events != null && entityId.startsWith("event:")) {
            for (ReportData.EventRow e : data.events.events()) {
                if (e.eventId().equals(entityId)) {
                    return e.canonicalName();
                }
            }
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
}
