package org.summitcoverage.model;

import java.util.Objects;

/** One role assertion (a row of roles.csv), traceable to its sentence. */
public record Role(RoleType role, String entityId, EntityType type, String canonicalName, String eventId,
                   String onBehalfOf, String trigger, int sentenceIndex, String evidence, double confidence) implements java.io.Serializable {
    public Role {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(type, "type");
        eventId = eventId == null ? "" : eventId;
        onBehalfOf = onBehalfOf == null ? "" : onBehalfOf;
        trigger = trigger == null ? "" : trigger;
        evidence = evidence == null ? "" : evidence;
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
    }
}
