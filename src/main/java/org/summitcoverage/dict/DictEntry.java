package org.summitcoverage.dict;

import org.summitcoverage.model.EntityType;

/** One form of one dictionary entity. {@code ambiguous} forms need a clear context to count. */
public record DictEntry(EntityType type, String entityId, String canonicalName, String countryCode, Kind kind,
                        boolean ambiguous, String where) {
}
