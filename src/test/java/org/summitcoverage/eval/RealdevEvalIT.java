package org.summitcoverage.eval;

import org.junit.jupiter.api.Test;
import org.summitcoverage.Prerequisites;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The yardstick: 70 real French articles with gold files in the shared folder ({@code ../shared/realdev},
 * read-only and never copied into the project), scored like the project's own sets against
 * {@code src/test/resources/eval/realdev-floors.json}, its gold folder pinned by
 * {@code src/test/resources/eval/realdev-gold.sha256}. Without the folder the test fails under
 * {@code CI=true} and is skipped elsewhere.
 */
class RealdevEvalIT {
    @Test
    void realArticlesHoldTheirFloors() throws IOException {
        Path realdev = Prerequisites.shared("realdev");
        Prerequisites.require(Files.isDirectory(realdev.resolve("corpus")) && Files.isDirectory(realdev.resolve("gold")),
                "the realdev articles and gold files (" + realdev.toAbsolutePath().normalize() + "/corpus and /gold)",
                "put the shared folder beside the project, or pass -D" + Prerequisites.SHARED_PROPERTY + "=DIR");
        new EvalSet("realdev", realdev.resolve("corpus"), realdev.resolve("gold"),
                Path.of("src/test/resources/eval/realdev-gold.sha256"),
                Path.of("src/test/resources/eval/realdev-floors.json")).assertHoldsItsFloors();
    }
}
