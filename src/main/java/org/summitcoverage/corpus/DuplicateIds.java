package org.summitcoverage.corpus;

import org.summitcoverage.model.Status;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The duplicate-id rule, applied in reading order: the first input keeps its id, a later one becomes
 * {@code id~2} (then {@code ~3}...) and is skipped with a reason naming the first. The local reader applies
 * it as items stream; the Spark driver applies it once to the ids of all items and broadcasts the renames.
 */
public final class DuplicateIds {
    private final Map<String, String> firstPathById = new HashMap<>();

    /** What a duplicate becomes. */
    public record Renamed(String id, String reason) implements Serializable {
        public CorpusItem applyTo(CorpusItem item) {
            return new CorpusItem.Rejected(item.meta().withArticleId(id), Status.SKIPPED, reason);
        }
    }

    /** Null for the first input with {@code id}, else the new id and reason of this later one. */
    public Renamed check(String id, String sourcePath) {
        String firstPath = firstPathById.putIfAbsent(id, sourcePath);
        if (firstPath == null) {
            return null;
        }
        int n = 2;
        while (firstPathById.containsKey(id + "~" + n)) {
            n++;
        }
        String renamed = id + "~" + n;
        firstPathById.put(renamed, sourcePath);
        return new Renamed(renamed, "duplicate article_id '" + id + "' (first seen in " + firstPath + ")");
    }

    /** {@code item} itself, or its skipped duplicate. */
    public CorpusItem apply(CorpusItem item) {
        Renamed r = check(item.meta().articleId(), item.meta().sourcePath());
        return r == null ? item : r.applyTo(item);
    }
}
