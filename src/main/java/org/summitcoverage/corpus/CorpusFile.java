package org.summitcoverage.corpus;

import java.io.Serializable;
import org.summitcoverage.model.Status;

import java.util.Locale;
import java.util.Set;

/**
 * One file found under the corpus root, in reading order (relative path order). {@code location} is what an
 * {@link InputSource} opens (a {@code file:} URI locally, any Hadoop URI on Spark); {@code relative} is
 * '/'-separated from the root; {@code sidecarLocation} is the {@code .meta.json} beside it, or null;
 * {@code problem} is why the listing will not let it be read (an unreadable folder, a link), or null.
 */
public record CorpusFile(int index, String location, String relative, long size, String sidecarLocation,
                         Problem problem) implements Serializable {
    public static final String SIDECAR_SUFFIX = ".meta.json";
    /** The extensions of articles: only these take an article id and a row. */
    public static final Set<String> INPUT_TYPES = Set.of("txt", "html", "htm", "jsonl");

    /** Why an entry of the listing is not read: the status and reason of its row. */
    public record Problem(Status status, String reason, boolean folder) implements Serializable {
    }

    /**
     * Whether this entry is an input of the run (a row of articles.csv): a file of an input type, or a folder
     * or link the listing could not follow. Anything else (images, documents, sidecars) is ignored, so that
     * it can never take an article's id.
     */
    public boolean isInput() {
        if (problem != null && problem.folder()) {
            return true;
        }
        return !isSidecar() && INPUT_TYPES.contains(extension());
    }

    /** A JSON Lines file that can be opened: read record by record. */
    public boolean readsAsRecords() {
        return isJsonLines() && problem == null;
    }

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

    /** The article id of docs/output.md § Input: the relative path with the extension removed. */
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
