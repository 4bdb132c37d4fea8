package org.summitcoverage.report;

import static org.summitcoverage.report.HtmlText.attr;
import static org.summitcoverage.report.HtmlText.count;
import static org.summitcoverage.report.HtmlText.number;
import static org.summitcoverage.report.HtmlText.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.summitcoverage.report.ReportData.ArticleRow;
import org.summitcoverage.report.ReportData.RoleRow;

/** The evidence cell of a role table: the sentences that support one entity in one role, with their articles. */
final class EvidenceCell {
    /** Articles whose evidence is printed for one entity in one role; the rest are counted. */
    static final int MAX_EVIDENCE_ARTICLES = 5;
    /** Distinct sentences printed per article for one entity in one role. */
    static final int MAX_SENTENCES_PER_ARTICLE = 3;

    private final ReportView view;

    EvidenceCell(ReportView view) {
        this.view = view;
    }

    /**
     * The sentences that support one entity in one role, grouped by article: {@code first} (the article of
     * event_roles.csv's evidence, or "") first, then the strongest.
     */
    void render(StringBuilder h, List<RoleRow> rows, String first) {
        Map<String, List<RoleRow>> byArticle = new LinkedHashMap<>();
        for (RoleRow r : rows) {
            byArticle.computeIfAbsent(r.articleId(), k -> new ArrayList<>()).add(r);
        }
        List<Map.Entry<String, List<RoleRow>>> articles = new ArrayList<>(byArticle.entrySet());
        articles.sort(Comparator.comparing((Map.Entry<String, List<RoleRow>> e) -> !e.getKey().equals(first))
                .thenComparingDouble(e -> -maxConfidence(e.getValue()))
                .thenComparing(e -> view.publishedOf(e.getKey()), Comparator.reverseOrder())
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
        h.append("<p class=\"source\">").append(view.articleReference(articleId)).append("</p>");
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
        ArticleRow a = view.data.articlesById.get(articleId);
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
}
