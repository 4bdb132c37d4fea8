package org.summitcoverage.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitcoverage.run.ExitCodes;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The exit codes a scheduler relies on, for the cases that need no model. */
class MainTest {
    @TempDir
    Path tmp;

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(ExitCodes.USAGE, Main.execute("analyze", "corpus", "--out", tmp.toString(), "--threads", "0"));
        assertEquals(ExitCodes.USAGE, Main.execute("analyze", "--no-such-option"));
        assertEquals(ExitCodes.USAGE, Main.execute("analyze", "corpus"));
    }

    @Test
    void aMissingCorpusIsFatal() {
        assertEquals(ExitCodes.FATAL, Main.execute("analyze", tmp.resolve("nowhere").toString(), "--out",
                tmp.resolve("out").toString(), "--quiet"));
    }

    @Test
    void helpExplainsEveryOption() {
        assertEquals(ExitCodes.OK, Main.execute("analyze", "--help"));
        assertEquals(ExitCodes.OK, Main.execute("eval", "--help"));
    }
}
