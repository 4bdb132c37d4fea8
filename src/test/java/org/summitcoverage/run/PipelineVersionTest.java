package org.summitcoverage.run;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `--incremental` may reuse a result only if nothing that made it changed: the version covers every word list. */
class PipelineVersionTest {
    @Test
    void theHashCoversEveryWordListOfTheDictFolder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/dict"))) {
            assertEquals(files.map(f -> "/dict/" + f.getFileName()).sorted().toList(),
                    PipelineVersion.RESOURCES.stream().sorted().toList());
        }
    }

    @Test
    void theVersionIsToolVersionRevisionAndDictionaryHash() {
        String v = PipelineVersion.current();
        assertTrue(v.matches("\\Q" + ToolVersion.current() + "\\E\\+r" + PipelineVersion.RESULTS_REVISION
                + "\\+[0-9a-f]{12}"), v);
    }
}
