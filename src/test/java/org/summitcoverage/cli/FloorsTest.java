package org.summitcoverage.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The ratchet of `eval --floors` and the floor ITs: what counts as a drop. */
class FloorsTest {
    @TempDir
    Path tmp;

    @Test
    void aFigureMoreThanTheToleranceBelowItsFloorOrMissingIsReported() throws IOException {
        Path floors = tmp.resolve("floors.json");
        Files.writeString(floors, """
                {"_comment": "test", "floors": {"COUNTRY.f1": 0.900, "HOST.recall": 0.500, "CHAIR.f1": 0.800, "EVENT.f1": 0.7}}
                """);
        List<String> below = Floors.check(floors, Map.of("COUNTRY.f1", 0.881, "HOST.recall", 0.479, "CHAIR.f1", 0.95));
        assertEquals(List.of("HOST.recall = 0.479 < floor 0.500 - 0.02", "EVENT.f1: no such figure"), below);
    }
}
