package org.summitcoverage.corpus;

import java.io.Serializable;

/**
 * One unit of analysis before decoding: a whole file ({@code lineNumber == 0}, {@code line == null}), or one
 * JSON Lines record ({@code lineNumber >= 1}, {@code note} saying what decoding its bytes lost, or ""). A JSON
 * Lines file that could not be opened is one item with {@code lineNumber == 0}. {@code ordinal} orders items
 * in reading order, in both runners.
 */
public record WorkItem(long ordinal, CorpusFile file, int lineNumber, String line, String note) implements Serializable {
    public static long ordinal(int fileIndex, int lineNumber) {
        return ((long) fileIndex << 32) | (lineNumber & 0xffffffffL);
    }

    public static WorkItem wholeFile(CorpusFile f) {
        return new WorkItem(ordinal(f.index(), 0), f, 0, null, "");
    }

    public static WorkItem jsonLine(CorpusFile f, int lineNumber, String line, String note) {
        return new WorkItem(ordinal(f.index(), lineNumber), f, lineNumber, line, note);
    }

    /** The source_path column: the relative path, plus {@code :line} for a JSON Lines record. */
    public String sourcePath() {
        return lineNumber > 0 ? file.relative() + ":" + lineNumber : file.relative();
    }

    /** The id when the record names none (or cannot be read): the file's id, {@code #line} for a record. */
    public String fallbackId() {
        return lineNumber > 0 ? file.articleId() + "#" + lineNumber : file.articleId();
    }
}
