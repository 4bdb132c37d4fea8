package org.summitcoverage.link;

import java.io.Serializable;

/**
 * Where a meeting took place: a city, site or region of the dictionaries ({@code location:paris}, country FR), or
 * only a country ({@code country:FR}) when that is all the text says (`en France`).
 */
public record Place(String id, String countryCode, String name) implements Serializable {
    public Place {
        countryCode = countryCode == null ? "" : countryCode;
    }

    boolean isCountryOnly() {
        return id.startsWith("country:");
    }

    /**
     * Two places agree when they are the same, or when one is only a country and the other lies in it: two
     * different cities never do, even in one country.
     */
    boolean agreesWith(Place o) {
        if (id.equals(o.id)) {
            return true;
        }
        return (isCountryOnly() || o.isCountryOnly()) && !countryCode.isEmpty() && countryCode.equals(o.countryCode);
    }
}
