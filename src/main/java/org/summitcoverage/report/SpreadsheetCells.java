package org.summitcoverage.report;

/**
 * The formula policy of the CSV files (OWASP's "CSV injection" advice): a text cell that starts with
 * {@code = + - @}, a tab or a carriage return would be run as a formula by Excel or LibreOffice, so it is
 * written with one leading apostrophe, which spreadsheets show as text and do not display. A cell that already
 * starts with an apostrophe gets one more, so that removing exactly one leading apostrophe from any cell that
 * has one gives the value back. JSON Lines, summary.json and Parquet keep every value verbatim; numbers are
 * never touched.
 */
public final class SpreadsheetCells {
    private SpreadsheetCells() {
    }

    /** The cell as a CSV file of the contract writes it. */
    public static String escape(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\'' -> "'" + value;
            default -> value;
        };
    }

    /** The value a CSV cell of the contract holds. */
    public static String unescape(String cell) {
        return cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && escape(cell.substring(1)).equals(cell)
                ? cell.substring(1) : cell;
    }

    /** {@code v} escaped when it is text; anything else as it is. */
    static Object escapeValue(Object v) {
        return v instanceof String s ? escape(s) : v;
    }
}
