package org.summitcoverage.model;

/** The six roles of SCHEMA.md § Roles. */
public enum RoleType {
    SIGNATORY, NON_SIGNATORY, CHAIR, HOST, DELEGATION_HEAD, PARTICIPANT
}
