package org.summitcoverage.link;

import org.summitcoverage.dict.TextFolding;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates a sentence writes in French: `les 10 et 11 février 2025` (a full date, the first day), `mardi 11
 * février` (a day of a month), `en 2023` (a year); and the date of an article's {@code published} field.
 */
final class TextDates {
    private static final List<String> MONTHS = List.of("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet",
            "aout", "septembre", "octobre", "novembre", "decembre");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:er)?(?:\\s*(?:et|au|-|a)\\s*\\d{1,2}(?:er)?)?\\s+("
            + String.join("|", MONTHS) + ")\\b(?:\\s+((?:19|20)\\d\\d)\\b)?");
    private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d\\d)\\b");
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?.*");

    /** What one sentence says: full dates as epoch days, days of a month as {@code month * 100 + day}, years. */
    record Found(TreeSet<Long> dates, TreeSet<Integer> dayMonths, TreeSet<Integer> years) {
        Found() {
            this(new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
        }
    }

    private TextDates() {
    }

    static void scan(String sentence, Found into) {
        String f = TextFolding.fold(sentence);
        Matcher m = DAY_MONTH.matcher(f);
        while (m.find()) {
            int day = Integer.parseInt(m.group(1));
            int month = MONTHS.indexOf(m.group(2)) + 1;
            if (day < 1 || day > 31) {
                continue;
            }
            into.dayMonths().add(month * 100 + day);
            if (m.group(3) != null) {
                int year = Integer.parseInt(m.group(3));
                into.years().add(year);
                try {
                    into.dates().add(LocalDate.of(year, month, day).toEpochDay());
                } catch (DateTimeException impossible) {
                    // `31 février 2025`: a typo, not a date
                }
            }
        }
        Matcher y = YEAR.matcher(f);
        while (y.find()) {
            into.years().add(Integer.parseInt(y.group(1)));
        }
    }

    /**
     * The date of an ISO {@code published} value (`2025-02-11`, `2025-02-11T08:30:00+01:00`; `2025-05` is the
     * first of May) as an epoch day, or null when it has none.
     */
    static Long published(String iso) {
        if (iso == null) {
            return null;
        }
        Matcher m = ISO.matcher(iso.strip());
        if (!m.matches() || m.group(2) == null) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 1 : Integer.parseInt(m.group(3))).toEpochDay();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The year of a {@code published} value, or 0. */
    static int publishedYear(String iso) {
        if (iso == null) {
            return 0;
        }
        Matcher m = ISO.matcher(iso.strip());
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }
}
