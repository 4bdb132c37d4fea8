package org.summitcoverage.model;

import java.util.Objects;

/** A distinct entity of one article (a row of entities.csv). */
public record Entity(String entityId, EntityType type, String canonicalName, String countryCode,
                     int mentions, int firstStart) implements java.io.Serializable {
    public Entity {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(canonicalName, "canonicalName");
        countryCode = countryCode == null ? "" : countryCode;
        if (!entityId.startsWith(type.idPrefix() + ":")) {
            throw new IllegalArgumentException(entityId + " does not fit type " + type);
        }
    }
}
