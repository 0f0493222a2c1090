package org.tonle.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** The whole warehouse as text, for tests that grep it for what must never be there. */
public final class WarehouseText {

    private WarehouseText() {
    }

    /** Every table of the warehouse (base tables, Spring Batch's, Flyway's), every row, as text. */
    public static String everyTable(Connection c) throws Exception {
        StringBuilder text = new StringBuilder();
        DatabaseMetaData md = c.getMetaData();
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = md.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE", "BASE TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        assertThat(tables).isNotEmpty();
        for (String table : tables) {
            text.append("== ").append(table).append('\n');
            String quote = md.getIdentifierQuoteString();
            for (List<String> row : HostileRuns.query(c, "SELECT * FROM " + quote + table + quote)) {
                text.append(String.join(" | ", row.stream().map(String::valueOf).toList())).append('\n');
            }
        }
        return text.toString();
    }

}
