package org.summitcoverage.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * One run per output folder: a lock file holding the owner's pid and start time, created atomically.
 * A lock whose process is gone (a run that was killed) is stale and is taken over.
 */
public final class RunLock implements AutoCloseable {
    public static final String FILE = ".summit-coverage.lock";
    private final Path file;

    private RunLock(Path file) {
        this.file = file;
    }

    /** Thrown when a live run holds the lock. */
    public static final class HeldException extends Exception {
        public HeldException(String message) {
            super(message);
        }
    }

    public static RunLock acquire(Path outputDir) throws IOException, HeldException {
        Files.createDirectories(outputDir);
        Path file = outputDir.resolve(FILE);
        String me = ProcessHandle.current().pid() + " " + Instant.now();
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                Files.writeString(file, me + "\n", StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
                return new RunLock(file);
            } catch (FileAlreadyExistsException held) {
                Optional<Long> owner = ownerPid(file);
                if (owner.isPresent() && ProcessHandle.of(owner.get()).map(ProcessHandle::isAlive).orElse(false)
                        && owner.get() != ProcessHandle.current().pid()) {
                    throw new HeldException("output folder " + outputDir + " is locked by a running process (pid "
                            + owner.get() + "); remove " + file + " if you are sure no run is going on");
                }
                System.err.println("summit-coverage: taking over stale lock " + file
                        + owner.map(p -> " (pid " + p + " is gone)").orElse(""));
                Files.deleteIfExists(file);
            }
        }
        throw new HeldException("could not take the lock " + file);
    }

    private static Optional<Long> ownerPid(Path file) {
        try {
            String s = Files.readString(file, StandardCharsets.UTF_8).strip();
            return Optional.of(Long.parseLong(s.split("\\s+")[0]));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
