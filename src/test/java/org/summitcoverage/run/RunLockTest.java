package org.summitcoverage.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 20, case 11: a lock is held only by the very process that wrote it, not by whoever has its pid now. */
class RunLockTest {
    @TempDir
    Path out;

    private static long livePid() {
        return ProcessHandle.current().parent().orElseThrow().pid();
    }

    @Test
    void aLockWhosePidNowBelongsToAnotherProcessIsTakenOver() throws Exception {
        Files.writeString(out.resolve(RunLock.FILE), livePid() + " started=2001-09-09T01:46:40Z\n");
        try (RunLock lock = RunLock.acquire(out)) {
            assertTrue(Files.readString(out.resolve(RunLock.FILE)).startsWith(ProcessHandle.current().pid() + " "));
        }
        assertFalse(Files.exists(out.resolve(RunLock.FILE)));
    }

    @Test
    void aLockOfTheLiveProcessThatWroteItIsHeld() throws IOException {
        ProcessHandle parent = ProcessHandle.current().parent().orElseThrow();
        String started = parent.info().startInstant().map(Object::toString).orElse("now");
        Files.writeString(out.resolve(RunLock.FILE), parent.pid() + " started=" + started + "\n");
        assertThrows(RunLock.HeldException.class, () -> RunLock.acquire(out).close());
    }
}
