package org.summitcoverage.spark;

import java.io.Serializable;

/**
 * One unit of analysis: a whole file ({@code lineNumber == 0}, {@code line == null}), or one JSON Lines
 * record ({@code lineNumber >= 1}). A JSON Lines file that could not be opened is one item with
 * {@code lineNumber == 0}. {@code ordinal} orders items exactly as the local reader yields them.
 */
public record WorkItem(long ordinal, InputFile file, int lineNumber, String line) implements Serializable {
    static long ordinal(int fileIndex, int lineNumber) {
        return ((long) fileIndex << 32) | (lineNumber & 0xffffffffL);
    }

    static WorkItem wholeFile(InputFile f) {
        return new WorkItem(ordinal(f.index(), 0), f, 0, null);
    }

    static WorkItem jsonLine(InputFile f, int lineNumber, String line) {
        return new WorkItem(ordinal(f.index(), lineNumber), f, lineNumber, line);
    }

    /** The source_path column: the relative path, plus {@code :line} for a JSON Lines record. */
    String sourcePath() {
        return lineNumber > 0 ? file.relative() + ":" + lineNumber : file.relative();
    }
}
