package org.summitcoverage.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident set size of a process, from /proc (Linux); -1 where /proc is not available. */
final class MemoryProbe {
    private MemoryProbe() {
    }

    /** Current RSS of {@code pid} in KiB. */
    static long rssKib(long pid) {
        return field(pid, "VmRSS:");
    }

    /** Peak RSS (high-water mark) of {@code pid} in KiB. */
    static long peakRssKib(long pid) {
        return field(pid, "VmHWM:");
    }

    private static long field(long pid, String name) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith(name)) {
                    return Long.parseLong(line.substring(name.length()).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
