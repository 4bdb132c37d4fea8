package org.summitcoverage.report;

import static org.summitcoverage.report.HtmlText.attr;
import static org.summitcoverage.report.HtmlText.count;
import static org.summitcoverage.report.HtmlText.number;
import static org.summitcoverage.report.HtmlText.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.summitcoverage.report.ReportData.SummaryRow;

/** The bar charts of the report: the most-mentioned countries, people and organisations (summary.csv). */
final class ChartsSection {
    /** Bars per chart. */
    static final int TOP_N = 10;

    private final ReportView view;

    ChartsSection(ReportView view) {
        this.view = view;
    }

    void render(StringBuilder h) {
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
        for (SummaryRow s : view.data.summary) {
            if (type.equals(s.type())) {
                rows.add(s);
            }
        }
        rows.sort(Comparator.comparingLong(SummaryRow::mentions).reversed()
                .thenComparing(Comparator.comparingLong(SummaryRow::articles).reversed())
                .thenComparing(this::displayName, view.collator));
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        for (SummaryRow s : rows.subList(0, Math.min(TOP_N, rows.size()))) {
            String name = displayName(s);
            bars.add(new SvgBarChart.Bar(name, s.mentions(),
                    name + " : " + count(s.mentions(), "mention", "mentions") + " dans "
                            + count(s.articles(), "article", "articles")
                            + (s.reports() >= 0 && s.reports() != s.articles()
                            ? " (" + count(s.reports(), "rapport", "rapports") + ")" : "")));
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
}
