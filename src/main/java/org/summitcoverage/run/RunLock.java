package org.summitcoverage.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * One run per output folder: a lock file holding the owner's pid and the instant that process started,
 * created atomically. A lock whose process is gone (a run that was killed) is stale and is taken over; so is
 * one whose pid now belongs to another process (pids are reused: its start instant differs from the recorded one).
 */
public final class RunLock implements AutoCloseable {
    public static final String FILE = ".summit-coverage.lock";
    /** Marks the owner's start instant (locks of older versions recorded the time of locking, unmarked). */
    private static final String STARTED = "started=";
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
        String me = ProcessHandle.current().pid() + " " + STARTED + startOf(ProcessHandle.current())
                .map(Instant::toString).orElse("unknown");
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                Files.writeString(file, me + "\n", StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
                return new RunLock(file);
            } catch (FileAlreadyExistsException held) {
                Optional<Long> owner = ownerPid(file);
                if (owner.isPresent() && owner.get() != ProcessHandle.current().pid()
                        && ProcessHandle.of(owner.get()).filter(h -> isOwner(h, file)).isPresent()) {
                    throw new HeldException("output folder " + outputDir + " is locked by a running process (pid "
                            + owner.get() + "); remove " + file + " if you are sure no run is going on");
                }
                System.err.println("summit-coverage: taking over stale lock " + file
                        + owner.map(p -> " (pid " + p + " is gone or is another process now)").orElse(""));
                Files.deleteIfExists(file);
            }
        }
        throw new HeldException("could not take the lock " + file);
    }

    /**
     * Whether live process {@code h} is the one that wrote the lock: alive, and started when the lock says
     * (a lock that records no readable start instant is trusted on its pid alone).
     */
    private static boolean isOwner(ProcessHandle h, Path file) {
        if (!h.isAlive()) {
            return false;
        }
        Optional<Instant> recorded = recordedStart(file);
        Optional<Instant> actual = startOf(h);
        return recorded.isEmpty() || actual.isEmpty()
                || Math.abs(recorded.get().toEpochMilli() - actual.get().toEpochMilli()) < 2_000;
    }

    private static Optional<Instant> startOf(ProcessHandle h) {
        return h.info().startInstant();
    }

    private static Optional<Instant> recordedStart(Path file) {
        try {
            for (String part : Files.readString(file, StandardCharsets.UTF_8).strip().split("\\s+")) {
                if (part.startsWith(STARTED)) {
                    return Optional.of(Instant.parse(part.substring(STARTED.length())));
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
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
