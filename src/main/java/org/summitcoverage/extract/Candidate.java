package org.summitcoverage.extract;

import org.summitcoverage.model.EntityType;

/**
 * A span proposed as an entity mention before merging. Person and event candidates have no final id
 * yet ({@code key} groups them); dictionary candidates carry their id already.
 */
record Candidate(EntityType type, String entityId, String canonical, String countryCode, int sentenceIndex,
                 int firstToken, int endToken, int start, int end, String text, String nerLabel, String method) {

    boolean overlaps(Candidate o) {
        return sentenceIndex == o.sentenceIndex && start < o.end && o.start < end;
    }

    Candidate withIdentity(String newId, String newCanonical, String newCountry) {
        return new Candidate(type, newId, newCanonical, newCountry, sentenceIndex, firstToken, endToken, start, end,
                text, nerLabel, method);
    }
}
