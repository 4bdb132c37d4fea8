package org.summitcoverage.run;

/** The exit codes a scheduler sees; documented in the README. */
public final class ExitCodes {
    private ExitCodes() {
    }

    /** Every article was analysed or deliberately skipped (empty, binary, not French, too large...). */
    public static final int OK = 0;
    /** The run completed and its output is committed, but some articles failed (status `error`). */
    public static final int ARTICLE_ERRORS = 1;
    /** Bad command line (picocli's convention). */
    public static final int USAGE = 2;
    /** Nothing was written: the corpus could not be read or the output could not be written. */
    public static final int FATAL = 3;
    /** Another run holds the output folder's lock. */
    public static final int LOCKED = 4;
    /** `eval` only: a score fell below its recorded floor. */
    public static final int BELOW_FLOOR = 5;
}
