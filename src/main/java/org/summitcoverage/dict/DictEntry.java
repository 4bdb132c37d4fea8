package org.summitcoverage.dict;

import org.summitcoverage.model.EntityType;

/**
 * One form of one dictionary entity. {@code ambiguous} forms need a clear context to count;
 * {@code lowercaseForm} forms are written in lower case in the dictionary (`mer Rouge`, `palais de l'Élysée`)
 * and so may match without a capital.
 */
public record DictEntry(EntityType type, String entityId, String canonicalName, String countryCode, Kind kind,
                        boolean ambiguous, String where, boolean lowercaseForm) {
    DictEntry withLowercaseForm(boolean lower) {
        return new DictEntry(type, entityId, canonicalName, countryCode, kind, ambiguous, where, lower);
    }
}
