package org.summitcoverage.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The duplicate-id rule of the local reader, applied once on the driver to the ids of all items in input
 * order: the first item keeps its id, a later one becomes {@code id~2} (then {@code ~3}...) and is skipped
 * with a reason naming the first. The result, keyed by ordinal, is broadcast to the analysis tasks.
 */
final class Duplicates {
    private Duplicates() {
    }

    /** One item's identity as the reader assigns it. */
    record IdEntry(long ordinal, String articleId, String sourcePath) implements Serializable {
    }

    /** {@code entries} sorted by ordinal → for each duplicate, its new id and the skip reason. */
    static Map<Long, String[]> resolve(List<IdEntry> entries) {
        Map<String, String> seen = new HashMap<>();
        Map<Long, String[]> renames = new HashMap<>();
        for (IdEntry e : entries) {
            String id = e.articleId();
            String firstPath = seen.putIfAbsent(id, e.sourcePath());
            if (firstPath == null) {
                continue;
            }
            int n = 2;
            while (seen.containsKey(id + "~" + n)) {
                n++;
            }
            String renamed = id + "~" + n;
            seen.put(renamed, e.sourcePath());
            renames.put(e.ordinal(), new String[]{renamed,
                    "duplicate article_id '" + id + "' (first seen in " + firstPath + ")"});
        }
        return renames;
    }
}
