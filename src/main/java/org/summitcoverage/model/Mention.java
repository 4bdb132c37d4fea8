package org.summitcoverage.model;

import java.util.Objects;

/** One span of the cleaned text that refers to an entity; offsets are end-exclusive. */
public record Mention(String entityId, EntityType type, String text, int sentenceIndex, int start, int end,
                     String nerLabel, String method) implements java.io.Serializable {
    public Mention {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(method, "method");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end + " for " + text);
        }
        // docs/output.md § mentions.csv: the tagger's label only for what the tagger found, empty for dictionary and rule matches.
        nerLabel = nerLabel == null || method.equals("gazetteer") || method.equals("rule") ? "" : nerLabel;
    }
}
