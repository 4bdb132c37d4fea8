package org.summitcoverage.corpus;

import java.io.Serializable;
import java.util.Locale;

/**
 * One file found under the corpus root, in reading order (relative path order). {@code location} is what an
 * {@link InputSource} opens (a {@code file:} URI locally, any Hadoop URI on Spark); {@code relative} is
 * '/'-separated from the root; {@code sidecarLocation} is the {@code .meta.json} beside it, or null.
 */
public record CorpusFile(int index, String location, String relative, long size, String sidecarLocation)
        implements Serializable {
    public static final String SIDECAR_SUFFIX = ".meta.json";

    /** The lower-case extension of the file name, or "" when it has none. */
    public String extension() {
        String name = name();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    public boolean isJsonLines() {
        return extension().equals("jsonl");
    }

    public boolean isSidecar() {
        return name().toLowerCase(Locale.ROOT).endsWith(SIDECAR_SUFFIX);
    }

    /** The article id of SCHEMA.md: the relative path with the extension removed. */
    public String articleId() {
        int dot = relative.lastIndexOf('.');
        int slash = relative.lastIndexOf('/');
        return dot > slash + 1 ? relative.substring(0, dot) : relative;
    }

    public String name() {
        int slash = relative.lastIndexOf('/');
        return slash < 0 ? relative : relative.substring(slash + 1);
    }
}
