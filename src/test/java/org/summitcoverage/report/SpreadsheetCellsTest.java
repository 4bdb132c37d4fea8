package org.summitcoverage.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 20, case 6: the formula policy of the CSV cells is OWASP's, and reversible. */
class SpreadsheetCellsTest {
    @TempDir
    Path tmp;

    private static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://exemple.invalid\",\"clic\")", "+33 1 23",
            "-2+3", "@SUM(A1)", "\tonglet", "\rretour", "'déjà cité");

    @Test
    void cellsThatASpreadsheetWouldRunAreWrittenAsTextAndReadBack() throws IOException {
        for (String v : HOSTILE) {
            String cell = SpreadsheetCells.escape(v);
            assertEquals("'" + v, cell);
            assertEquals(v, SpreadsheetCells.unescape(cell));
        }
        for (String v : List.of("Sommet de Lomé", "", "2025-02-11", "a=b", "l'accord")) {
            assertEquals(v, SpreadsheetCells.escape(v));
            assertEquals(v, SpreadsheetCells.unescape(v));
        }
    }
}
