package org.summitcoverage.model;

/** The six roles of the output contract (docs/output.md § roles.csv; what counts: docs/annotation.md § Roles). */
public enum RoleType {
    SIGNATORY, NON_SIGNATORY, CHAIR, HOST, DELEGATION_HEAD, PARTICIPANT
}
