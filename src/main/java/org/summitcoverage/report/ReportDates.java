package org.summitcoverage.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Dates and durations as the report prints them, from the ISO strings of the run's files. */
final class ReportDates {
    /** "11 février 2025", with no-break spaces so a date never wraps. */
    static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d\u00A0MMMM\u00A0yyyy", Locale.FRENCH);
    private static final DateTimeFormatter LONG_DATE_TIME =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH:mm:ss", Locale.FRENCH);

    private ReportDates() {
    }

    static String runDate(ReportData data) {
        OffsetDateTime t = parseDateTime(data.manifest.startedAt());
        if (t == null) {
            t = parseDateTime(data.manifest.finishedAt());
        }
        return t == null ? "" : LONG_DATE.format(t);
    }

    static String dateTime(String raw) {
        OffsetDateTime t = parseDateTime(raw);
        if (t == null) {
            return raw;
        }
        String zone = t.getOffset().equals(ZoneOffset.UTC) ? "UTC" : "UTC" + t.getOffset().getId();
        return LONG_DATE_TIME.format(t) + " " + zone;
    }

    static String duration(String start, String end) {
        OffsetDateTime a = parseDateTime(start);
        OffsetDateTime b = parseDateTime(end);
        if (a == null || b == null || b.isBefore(a)) {
            return "";
        }
        Duration d = Duration.between(a, b);
        long s = d.getSeconds();
        if (s < 1) {
            return d.toMillis() + " ms";
        }
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return (s / 60) + " min " + String.format(Locale.ROOT, "%02d", s % 60) + " s";
        }
        return (s / 3600) + " h " + String.format(Locale.ROOT, "%02d", (s % 3600) / 60) + " min";
    }

    static OffsetDateTime parseDateTime(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip();
        try {
            return OffsetDateTime.parse(s);
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return Instant.parse(s).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(s).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static LocalDate parseDate(String raw) {
        if (raw == null || raw.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(raw.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
