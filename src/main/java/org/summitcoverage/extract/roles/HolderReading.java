package org.summitcoverage.extract.roles;

import java.util.List;

/**
 * One way of reading who holds the role a cue asserts (the subject of a verb, the complement of a noun,
 * the names listed after a cue...). Readings are stateless and registered in {@link RoleReadings}.
 */
interface HolderReading {
    List<Finding> read(CueSite site);
}
