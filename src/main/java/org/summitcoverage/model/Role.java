package org.summitcoverage.model;

import java.util.Objects;

/**
 * One role assertion (a row of roles.csv), traceable to its sentence and to the reading ({@code rule}) that gave
 * it, so an analyst can filter rows by how they were read.
 */
public record Role(RoleType role, String entityId, EntityType type, String canonicalName, String eventId,
                   String onBehalfOf, String trigger, int sentenceIndex, String evidence, double confidence,
                   String rule) implements java.io.Serializable {
    /** A role whose reading is not known (rows built by hand, read back from older outputs). */
    public Role(RoleType role, String entityId, EntityType type, String canonicalName, String eventId,
                String onBehalfOf, String trigger, int sentenceIndex, String evidence, double confidence) {
        this(role, entityId, type, canonicalName, eventId, onBehalfOf, trigger, sentenceIndex, evidence, confidence, "");
    }

    public Role {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(type, "type");
        eventId = eventId == null ? "" : eventId;
        onBehalfOf = onBehalfOf == null ? "" : onBehalfOf;
        trigger = trigger == null ? "" : trigger;
        evidence = evidence == null ? "" : evidence;
        rule = rule == null ? "" : rule;
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
    }
}
