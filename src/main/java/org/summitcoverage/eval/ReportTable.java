package org.summitcoverage.eval;

import java.util.Locale;
import java.util.Map;

/** The eval table as text (also pasted into the README). */
public final class ReportTable {
    private ReportTable() {
    }

    public static String render(Scorer.Report r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Evaluation over %d articles (micro-averaged)%n%n", r.articles()));
        table(sb, "entity type", r.entities());
        sb.append('\n');
        table(sb, "role", r.roles());
        sb.append(String.format(Locale.ROOT, "%nNON_SIGNATORY items reported as SIGNATORY: %d%n", r.nonSignatoryAsSignatory()));
        return sb.toString();
    }

    private static void table(StringBuilder sb, String header, Map<String, Scorer.Counts> rows) {
        sb.append(String.format(Locale.ROOT, "| %-16s | %9s | %6s | %5s | %4s | %4s | %4s |%n", header, "precision",
                "recall", "F1", "tp", "fp", "fn"));
        sb.append("|------------------|-----------|--------|-------|------|------|------|\n");
        for (Map.Entry<String, Scorer.Counts> e : rows.entrySet()) {
            Scorer.Counts c = e.getValue();
            sb.append(String.format(Locale.ROOT, "| %-16s | %9.3f | %6.3f | %5.3f | %4d | %4d | %4d |%n", e.getKey(),
                    c.precision(), c.recall(), c.f1(), c.tp, c.fp, c.fn));
        }
    }
}
