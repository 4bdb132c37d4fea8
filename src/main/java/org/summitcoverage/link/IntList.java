package org.summitcoverage.link;

import java.io.Serializable;
import java.util.Arrays;

/** A growable list of ints: article ordinals kept per entity or per event without boxing. */
public final class IntList implements Serializable {
    private static final long serialVersionUID = 1L;
    private int[] values = new int[4];
    private int size;

    public void add(int v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    /** Appends {@code other}'s values plus {@code offset} (ordinals of a later stretch of the input). */
    public void addAll(IntList other, int offset) {
        for (int k = 0; k < other.size; k++) {
            add(other.values[k] + offset);
        }
    }

    public int size() {
        return size;
    }

    public int get(int k) {
        return values[k];
    }

    /** The backing array; only its first {@link #size} values count. */
    public int[] raw() {
        return values;
    }
}
