package org.summitcoverage.link;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The corpus's articles by input position ({@code ordinal}), with the report each belongs to: the earliest article
 * of its group of syndicated copies (itself when it has no copy). Counting distinct reports instead of articles
 * counts a dispatch reprinted by twenty outlets once.
 */
public final class Reprints {
    private final List<String> ids;
    private final List<String> published;
    private final long[] publishedDays;
    private final int[] report;

    Reprints(List<String> ids, List<String> published, long[] publishedDays, int[] report) {
        this.ids = ids;
        this.published = published;
        this.publishedDays = publishedDays;
        this.report = report;
    }

    /** The date of each {@code published} value as an epoch day, {@link Long#MAX_VALUE} for none. */
    static long[] days(List<String> published) {
        long[] when = new long[published.size()];
        for (int i = 0; i < when.length; i++) {
            Long d = TextDates.published(published.get(i));
            when[i] = d == null ? Long.MAX_VALUE : d;
        }
        return when;
    }

    public int size() {
        return ids.size();
    }

    public String articleId(int ordinal) {
        return ids.get(ordinal);
    }

    /** The article's {@code published} value as given ("" when none). */
    public String published(int ordinal) {
        return published.get(ordinal);
    }

    /** The date of the article's {@code published} value as an epoch day; {@link Long#MAX_VALUE} when it has none. */
    public long publishedDay(int ordinal) {
        return publishedDays[ordinal];
    }

    /** The ordinal of the report the article belongs to. */
    public int reportOf(int ordinal) {
        return report[ordinal];
    }

    /** articles.csv → {@code duplicate_of}: the earliest article of its group, "" for that article and for others. */
    public String duplicateOf(int ordinal) {
        return report[ordinal] == ordinal ? "" : ids.get(report[ordinal]);
    }

    /** Distinct reports among the given articles (the first {@code count} of {@code ordinals}). */
    public int reports(int[] ordinals, int count) {
        int[] r = new int[count];
        for (int k = 0; k < count; k++) {
            r[k] = report[ordinals[k]];
        }
        return countDistinct(r);
    }

    /** Distinct articles among the given ones (the first {@code count}, which may repeat). */
    public static int distinct(int[] ordinals, int count) {
        return countDistinct(java.util.Arrays.copyOf(ordinals, count));
    }

    private static int countDistinct(int[] values) {
        java.util.Arrays.sort(values);
        int n = 0;
        for (int k = 0; k < values.length; k++) {
            n += k == 0 || values[k] != values[k - 1] ? 1 : 0;
        }
        return n;
    }

    /** The articles that are copies, by id, with the id of their group's earliest article (Spark broadcasts it). */
    public Map<String, String> duplicates() {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < report.length; i++) {
            if (report[i] != i) {
                out.put(ids.get(i), ids.get(report[i]));
            }
        }
        return out;
    }

    /** Articles that are some earlier article's copy. */
    public int duplicateCount() {
        int n = 0;
        for (int i = 0; i < report.length; i++) {
            n += report[i] != i ? 1 : 0;
        }
        return n;
    }
}
