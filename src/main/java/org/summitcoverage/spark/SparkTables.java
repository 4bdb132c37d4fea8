package org.summitcoverage.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.summitcoverage.report.Columns;
import org.summitcoverage.report.SpreadsheetCells;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Spark schemas of the output tables: the column names and order of {@link Columns} (docs/output.md), counts
 * and offsets as {@code int}, {@code confidence} as {@code decimal(3,2)} (the two decimals of roles.csv),
 * everything else as a non-null string ({@code ""} for a missing value, as in the CSV files). A column
 * appended to {@link Columns} later is carried as a string until it is given a type here.
 */
final class SparkTables {
    private SparkTables() {
    }

    static final DataType CONFIDENCE = DataTypes.createDecimalType(3, 2);
    private static final Set<String> INT_COLUMNS = Set.of("chars", "sentences", "tokens", "entities", "roles",
            "mentions", "first_start", "sentence_index", "start", "end", "articles", "signatory", "non_signatory",
            "chair", "host", "delegation_head", "participant", "reports");

    static StructType schema(List<String> columns) {
        List<StructField> fields = new ArrayList<>();
        for (String c : columns) {
            fields.add(DataTypes.createStructField(c, typeOf(c), false));
        }
        return DataTypes.createStructType(fields);
    }

    static DataType typeOf(String column) {
        if (column.equals("confidence")) {
            return CONFIDENCE;
        }
        return INT_COLUMNS.contains(column) ? DataTypes.IntegerType : DataTypes.StringType;
    }

    /**
     * A row map of {@code org.summitcoverage.report.Rows} as a Spark row typed for {@code schema}; for CSV output
     * ({@code csv}), text cells follow the formula policy of the local CSV files.
     */
    static Row row(Map<String, Object> row, StructType schema, boolean csv) {
        StructField[] fields = schema.fields();
        Object[] out = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            Object v = convert(row.get(fields[i].name()), fields[i].dataType());
            out[i] = csv && v instanceof String text ? SpreadsheetCells.escape(text) : v;
        }
        return RowFactory.create(out);
    }

    private static Object convert(Object v, DataType type) {
        if (type.equals(DataTypes.IntegerType)) {
            return v == null ? 0 : ((Number) v).intValue();
        }
        if (type.equals(CONFIDENCE)) {
            BigDecimal d = v instanceof BigDecimal b ? b : new BigDecimal(String.valueOf(v == null ? 0 : v));
            return d.setScale(2, RoundingMode.HALF_UP);
        }
        return v == null ? "" : v.toString();
    }
}
