package org.summitcoverage.eval;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The ratchet on the project's own evaluation data: the evaluation set and the bundled demo corpus are
 * scored on every build, each against its pinned gold folder and its floor file ({@link EvalSet}).
 */
class EvalFloorIT {
    static final EvalSet EVALUATION_SET = new EvalSet("evaluation set", Path.of("src/test/resources/eval/corpus"),
            Path.of("src/test/resources/eval/gold"), Path.of("src/test/resources/eval/gold.sha256"),
            Path.of("src/test/resources/eval/floors.json"));
    /** The bundled demo corpus has gold files too, written apart from the evaluation set: a held-out check. */
    static final EvalSet BUNDLED_CORPUS = new EvalSet("bundled corpus", Path.of("corpus"),
            Path.of("src/test/resources/corpus-gold"), Path.of("src/test/resources/corpus-gold/gold.sha256"),
            Path.of("src/test/resources/corpus-gold/floors.json"));

    @Test
    void noFigureDropsBelowItsFloor() throws IOException {
        EVALUATION_SET.assertHoldsItsFloors();
    }

    @Test
    void bundledCorpusHoldsItsFloorsToo() throws IOException {
        BUNDLED_CORPUS.assertHoldsItsFloors();
    }
}
