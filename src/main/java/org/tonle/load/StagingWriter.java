package org.tonle.load;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tonle.feed.FeedDefinition;
import org.tonle.feed.FieldDefinition;
import org.tonle.feed.FieldType;

/**
 * Writes a chunk into the staging tables under the load's id, in the chunk's transaction. Rows are
 * keyed by (load id, source row), so nothing is counted twice. Column names come only from the
 * feed's checked {@link org.tonle.feed.Target}.
 */
public class StagingWriter implements ItemWriter<StagedRow> {

    private final JdbcTemplate jdbc;
    private final long loadId;
    private final List<String> columns;
    private final String insertRow;

    public StagingWriter(JdbcTemplate jdbc, LoadContext load) {
        this.jdbc = jdbc;
        this.loadId = load.loadId();
        FeedDefinition feed = load.feed();
        this.columns = feed.fields().stream()
                .filter(f -> f.type() != FieldType.IGNORE && f.type() != FieldType.NAME
                        && f.type() != FieldType.NATIONALITY_COUNTS)
                .map(FieldDefinition::name).toList();
        this.insertRow = "INSERT INTO " + feed.target().table() + " (load_id, source_row, period_key, period_month, "
                + String.join(", ", columns) + ") VALUES (?, ?, ?, ?" + ", ?".repeat(columns.size()) + ")";
    }

    @Override
    public void write(Chunk<? extends StagedRow> chunk) {
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> names = new ArrayList<>();
        List<Object[]> defendants = new ArrayList<>();
        List<Object[]> held = new ArrayList<>();
        List<Object[]> controls = new ArrayList<>();
        for (StagedRow row : chunk) {
            switch (row.kind()) {
                case CLEAN -> {
                    Object[] args = new Object[4 + columns.size()];
                    args[0] = loadId;
                    args[1] = row.sourceRow();
                    args[2] = row.periodKey();
                    args[3] = row.periodMonth();
                    for (int i = 0; i < columns.size(); i++) {
                        args[4 + i] = sqlValue(row.values().get(columns.get(i)));
                    }
                    rows.add(args);
                    if (row.fullName() != null) {
                        names.add(new Object[] {loadId, row.sourceRow(), row.fullName()});
                    }
                    row.nationalityCounts().forEach(c ->
                            defendants.add(new Object[] {loadId, row.sourceRow(), c.iso3(), c.count()}));
                }
                case HELD_BACK -> held.add(new Object[] {loadId, row.sourceRow(), row.sheet(), row.periodKey(),
                        row.nationalityIso3(), truncate(row.reason(), 2000), truncate(row.rawRecord(), 8000),
                        row.rawColumns()});
                case CONTROL -> row.controls().forEach(c -> controls.add(new Object[] {loadId, c.source(),
                        row.sheet(), row.sourceRow(), c.nationalityIso3(), c.measure(), c.declared()}));
            }
        }
        batch(insertRow, rows);
        batch("INSERT INTO person_name (load_id, source_row, full_name) VALUES (?, ?, ?)", names);
        batch("INSERT INTO court_defendant (load_id, source_row, nationality_iso3, defendants) VALUES (?, ?, ?, ?)",
                defendants);
        batch("INSERT INTO held_row (load_id, source_row, sheet, period_key, nationality_iso3, reason, raw_record, "
                + "raw_columns) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", held);
        batch("INSERT INTO control_total (load_id, source, sheet, source_row, nationality_iso3, measure, declared) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", controls);
    }

    private void batch(String sql, List<Object[]> args) {
        if (!args.isEmpty()) {
            jdbc.batchUpdate(sql, args);
        }
    }

    static Object sqlValue(Object value) {
        if (value instanceof LocalDate d) {
            return Date.valueOf(d);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof String
                || value instanceof BigDecimal || value == null) {
            return value;
        }
        return value.toString();
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
