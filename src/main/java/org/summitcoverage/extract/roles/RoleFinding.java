package org.summitcoverage.extract.roles;

import org.summitcoverage.model.Role;

/** A role row with how it was found: the rule and the words that licensed it (for `explain`). */
public record RoleFinding(Role role, String rule, String licence) {
}
