package org.summitcoverage.extract.roles;

import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;

/**
 * One role read at one cue, before it becomes a row: the mention that holds it, how sure the reading is,
 * and the rule and words that licensed it (shown by `explain`). {@code onBehalfOf} is the entity id a
 * delegation head acted for, or null.
 */
record Finding(RoleType role, Mention mention, String trigger, double confidence, String rule, String licence,
               String onBehalfOf) {
}
