package org.summitcoverage.model;

/** Outcome of one article: {@code ok}, {@code skipped} (bad or out-of-scope input) or {@code error} (our failure). */
public enum Status {
    OK, SKIPPED, ERROR;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
