package org.summitcoverage.run;

import java.io.PrintStream;
import java.util.Locale;

/** Progress on stderr (articles done / total, rate, ETA), at most twice a second; silent when quiet. */
public final class Progress {
    private final PrintStream err;
    private final boolean quiet;
    private final long total;
    private final long startNanos = System.nanoTime();
    private long lastPrint;
    private long done;

    public Progress(PrintStream err, boolean quiet, long total) {
        this.err = err;
        this.quiet = quiet;
        this.total = total;
    }

    public void tick() {
        done++;
        if (quiet) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastPrint < 500_000_000L && done != total) {
            return;
        }
        lastPrint = now;
        double seconds = (now - startNanos) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        String eta = rate > 0 && total > done ? formatDuration((total - done) / rate) : "0s";
        err.printf(Locale.ROOT, "\r%d/%d articles  %.1f articles/s  ETA %s   ", done, total, rate, eta);
        if (done == total) {
            err.println();
        }
        err.flush();
    }

    public static String formatDuration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return (s / 60) + "m" + String.format(Locale.ROOT, "%02d", s % 60) + "s";
        }
        return (s / 3600) + "h" + String.format(Locale.ROOT, "%02d", (s % 3600) / 60) + "m";
    }
}
