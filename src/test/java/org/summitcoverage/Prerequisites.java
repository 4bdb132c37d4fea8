package org.summitcoverage;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Path;

/**
 * What an integration test needs from outside the repository (the shared folder beside the project,
 * Chromium), and what happens when it is missing: under {@code CI=true} the test fails, so a build that
 * should have run everything cannot turn green by skipping; elsewhere it is skipped with a message that
 * says what is missing and how to get it.
 */
public final class Prerequisites {
    /** Overrides the location of the shared folder (default {@code ../shared}, beside the project). */
    public static final String SHARED_PROPERTY = "summitcoverage.shared";

    private Prerequisites() {
    }

    /** {@code relative} inside the shared folder; Maven runs tests from the project root. */
    public static Path shared(String relative) {
        String base = System.getProperty(SHARED_PROPERTY);
        return Path.of(base == null || base.isBlank() ? "../shared" : base).resolve(relative);
    }

    public static boolean underCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Fails under CI, otherwise aborts the test (reported as skipped) with {@code what} and {@code howToGetIt}. */
    public static void require(boolean present, String what, String howToGetIt) {
        if (present) {
            return;
        }
        String message = what + " not found; " + howToGetIt;
        if (underCi()) {
            Assertions.fail(message + " (CI=true: a missing prerequisite fails the build instead of skipping)");
        }
        System.err.println("SKIPPED: " + message);
        Assumptions.abort(message);
    }
}
