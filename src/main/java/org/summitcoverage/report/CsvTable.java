package org.summitcoverage.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One CSV file of the contract: RFC 4180, UTF-8 without BOM, `\n`, header row, minimal quoting, text cells
 * that a spreadsheet would run as formulas prefixed with an apostrophe ({@link SpreadsheetCells}).
 */
public final class CsvTable implements Closeable {
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
    private final List<String> columns;
    private final CSVPrinter printer;

    public CsvTable(Path file, List<String> columns) throws IOException {
        this.columns = columns;
        BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        this.printer = new CSVPrinter(w, FORMAT);
        printer.printRecord(columns);
    }

    public void write(Map<String, Object> row) throws IOException {
        List<Object> values = new java.util.ArrayList<>(columns.size());
        for (Object v : Rows.values(row, columns)) {
            // an empty value is written as nothing, even first on a line (where commons-csv would write "",
            // and Spark's CSV writer nothing: event_roles.csv starts with the event, empty for roles of no event)
            values.add(v instanceof String s && s.isEmpty() ? null : SpreadsheetCells.escapeValue(v));
        }
        printer.printRecord(values);
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
