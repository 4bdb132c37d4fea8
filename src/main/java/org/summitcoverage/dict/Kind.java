package org.summitcoverage.dict;

/** How a dictionary form names its entity; the extractor trusts each kind in its own context. */
public enum Kind {
    /** A name of the entity itself ({@code Maroc}, {@code Union européenne}). */
    NAME,
    /** An acronym ({@code ONU}); matched only in its written case. */
    ACRONYM,
    /** A demonym adjective ({@code marocaine}); stands for the state only after a state noun. */
    DEMONYM,
    /** A capital city; the government when it acts, a place otherwise. */
    CAPITAL,
    /** A seat of power standing for the government ({@code Kremlin}, {@code Élysée}). */
    METONYM
}
