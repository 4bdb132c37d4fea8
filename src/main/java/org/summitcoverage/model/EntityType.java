package org.summitcoverage.model;

/** The five entity types of the output contract (docs/output.md § Entity ids). */
public enum EntityType {
    COUNTRY("country"),
    PERSON("person"),
    ORGANIZATION("org"),
    EVENT("event"),
    LOCATION("location");

    private final String idPrefix;

    EntityType(String idPrefix) {
        this.idPrefix = idPrefix;
    }

    public String idPrefix() {
        return idPrefix;
    }
}
