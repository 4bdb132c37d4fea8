package org.summitcoverage.spark;

import java.io.Serializable;
import java.util.Locale;

/**
 * One file found under the corpus root by the driver, in the order the local reader uses (relative path
 * order). {@code uri} is the file's fully qualified, escaped URI (Hadoop's {@code Path.toUri()});
 * {@code relative} is '/'-separated from the root; {@code sidecarUri} is the {@code .meta.json} next to
 * it, or null.
 */
public record InputFile(int index, String uri, String relative, long size, String sidecarUri) implements Serializable {
    static final String SIDECAR_SUFFIX = ".meta.json";

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

    String name() {
        int slash = relative.lastIndexOf('/');
        return slash < 0 ? relative : relative.substring(slash + 1);
    }
}
