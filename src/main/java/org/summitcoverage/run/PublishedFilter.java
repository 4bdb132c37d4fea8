package org.summitcoverage.run;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** `--since` / `--until` on the `published` metadata (ISO date or date-time); both bounds inclusive. */
final class PublishedFilter {
    private final LocalDate since;
    private final LocalDate until;

    PublishedFilter(LocalDate since, LocalDate until) {
        this.since = since;
        this.until = until;
    }

    boolean active() {
        return since != null || until != null;
    }

    /** Null when the article is in range, else the reason it is skipped. */
    String rejection(String published) {
        if (!active()) {
            return null;
        }
        if (published == null || published.isBlank()) {
            return "no published date (--since/--until need one)";
        }
        LocalDate d;
        try {
            d = LocalDate.parse(published.strip().substring(0, Math.min(10, published.strip().length())));
        } catch (DateTimeParseException e) {
            return "unreadable published date '" + published + "'";
        }
        if (since != null && d.isBefore(since)) {
            return "published " + d + ", before --since " + since;
        }
        if (until != null && d.isAfter(until)) {
            return "published " + d + ", after --until " + until;
        }
        return null;
    }
}
