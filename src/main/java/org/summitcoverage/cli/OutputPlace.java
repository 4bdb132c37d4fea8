package org.summitcoverage.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where `--out` may be: a folder (existing or not) that is neither the corpus nor inside it, since the next
 * run would read the tool's own output as articles. Checked before anything is read or written.
 */
final class OutputPlace {
    private OutputPlace() {
    }

    /** Null when {@code out} is a usable output folder for {@code corpus}, else what is wrong, for the user. */
    static String problem(Path corpus, Path out) {
        if (out.toString().isBlank()) {
            return "--out is empty: give the output folder";
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            return "--out " + out + " is a file, not a folder";
        }
        Path c = real(corpus);
        Path o = real(out);
        if (Files.isDirectory(c) && o.startsWith(c)) {
            return "--out " + out + (o.equals(c) ? " is the corpus folder " : " is inside the corpus folder ") + corpus
                    + ": the next run would read its own output as articles";
        }
        return null;
    }

    /** The real path of the longest existing part of {@code p}, with the rest appended. */
    private static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(abs));
        } catch (IOException e) {
            return abs;
        }
    }
}
