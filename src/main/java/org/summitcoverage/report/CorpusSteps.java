package org.summitcoverage.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The corpus-level steps of a run, in the order their tables are written: the one place where a new
 * corpus-level output is plugged into both runners.
 */
public final class CorpusSteps {
    private CorpusSteps() {
    }

    /** Fresh, empty states of every step. */
    public static List<CorpusStep<?>> fresh() {
        return List.of(new CorpusRollup(), new EventTables());
    }

    /** The names of every corpus-level table. */
    public static List<String> tableNames() {
        List<String> names = new ArrayList<>();
        for (CorpusStep<?> s : fresh()) {
            names.addAll(s.tableNames());
        }
        return names;
    }

    /** Merges {@code later} into {@code earlier}, step by step (both from {@link #fresh}). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void absorbLater(List<CorpusStep<?>> earlier, List<CorpusStep<?>> later) {
        for (int i = 0; i < earlier.size(); i++) {
            ((CorpusStep) earlier.get(i)).absorbLater(later.get(i));
        }
    }
}
