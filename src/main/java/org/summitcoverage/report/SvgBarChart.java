package org.summitcoverage.report;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart drawn as inline SVG: one {@code <g class="bar">} per bar carrying its
 * label and value as data attributes, the label left of the bar and the value right of it as
 * {@code <text>}. No script, no external font: the page's CSS styles it.
 */
final class SvgBarChart {

    record Bar(String label, long value, String tooltip) {
    }

    static final int WIDTH = 520;
    private static final int LABEL_WIDTH = 206;
    private static final int GAP = 8;
    private static final int VALUE_ROOM = 48;
    private static final int ROW_HEIGHT = 26;
    private static final int BAR_HEIGHT = 17;
    private static final int PAD = 6;
    /** Longest label drawn in full (about 7 px per character at 12.5 px). */
    private static final int LABEL_CHARS = 27;

    private SvgBarChart() {
    }

    /**
     * @param key   the chart's name, written to {@code data-chart} ({@code countries}, ...)
     * @param title the accessible title of the chart
     * @param bars  the bars, in display order
     */
    static String render(String key, String title, List<Bar> bars) {
        StringBuilder svg = new StringBuilder();
        int height = bars.isEmpty() ? 40 : PAD * 2 + bars.size() * ROW_HEIGHT;
        String titleId = "chart-" + HtmlText.slug(key) + "-title";
        svg.append("<svg class=\"bar-chart\" data-chart=\"").append(HtmlText.attr(key))
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(titleId).append("\">\n");
        svg.append("<title id=\"").append(titleId).append("\">").append(HtmlText.text(title)).append("</title>\n");
        if (bars.isEmpty()) {
            svg.append("<text class=\"empty\" x=\"").append(WIDTH / 2).append("\" y=\"24\" text-anchor=\"middle\">")
                    .append("Aucune donnée</text>\n</svg>");
            return svg.toString();
        }
        long max = 1;
        for (Bar b : bars) {
            max = Math.max(max, b.value());
        }
        int barX = LABEL_WIDTH + GAP;
        double barSpan = WIDTH - barX - VALUE_ROOM;
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = PAD + i * ROW_HEIGHT;
            double barY = y + (ROW_HEIGHT - BAR_HEIGHT) / 2.0;
            double w = b.value() <= 0 ? 0 : Math.max(2, barSpan * b.value() / max);
            double textY = y + ROW_HEIGHT / 2.0 + 4.5;
            svg.append("<g class=\"bar\" data-label=\"").append(HtmlText.attr(b.label()))
                    .append("\" data-value=\"").append(b.value()).append("\">");
            svg.append("<title>").append(HtmlText.text(b.tooltip())).append("</title>");
            svg.append("<text class=\"label\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(fmt(textY))
                    .append("\" text-anchor=\"end\">").append(HtmlText.text(HtmlText.shorten(b.label(), LABEL_CHARS)))
                    .append("</text>");
            svg.append("<rect x=\"").append(barX).append("\" y=\"").append(fmt(barY))
                    .append("\" width=\"").append(fmt(w)).append("\" height=\"").append(BAR_HEIGHT)
                    .append("\" rx=\"2\"/>");
            svg.append("<text class=\"value\" x=\"").append(fmt(barX + w + 6)).append("\" y=\"").append(fmt(textY))
                    .append("\">").append(HtmlText.number(b.value())).append("</text>");
            svg.append("</g>\n");
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
