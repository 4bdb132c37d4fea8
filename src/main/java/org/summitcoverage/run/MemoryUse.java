package org.summitcoverage.run;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a run used, for the manifest. The live heap at the end is what would grow if a run kept state per
 * article; the peak RSS also holds whatever heap the JVM chose to grow into.
 */
final class MemoryUse {
    private MemoryUse() {
    }

    static Map<String, Object> now() {
        // One collection at the end of the run: what is still reachable is what the run kept (the roll-up),
        // which is the figure that must not grow with the corpus.
        System.gc();
        long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("heap_max_mb", Runtime.getRuntime().maxMemory() >> 20);
        m.put("live_heap_at_end_mb", live >> 20);
        m.put("peak_rss_mb", peakRssKib() >> 10);
        return m;
    }

    private static long peakRssKib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.substring(6).trim().split("\\s+")[0]);
                }
            }
        } catch (Exception e) {
            return -1;
        }
        return -1;
    }
}
