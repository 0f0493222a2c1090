package org.tonle.load;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tonle.feed.FeedDefinition;
import org.tonle.feed.FieldDefinition;
import org.tonle.feed.FieldType;

/**
 * Writes a chunk into the staging tables under the load's id, in the chunk's transaction. Rows are
 * keyed by (load id, source row) (on MySQL/MariaDB the big tables by (load id, period key, source
 * row), and a source row has one period key), so nothing is counted twice. Column names come only
 * from the feed's checked {@link org.tonle.feed.Target}.
 *
 * <p>The target table's rows, nearly all of a chunk, go in bulk: on MySQL/MariaDB with LOAD DATA
 * LOCAL from a spool file ({@link MysqlLocalInfile}), written ahead on the reading thread
 * ({@link ChunkSpool}), when the connection allows it, else as one
 * JDBC batch with typed parameters (multi-row INSERTs with rewriteBatchedStatements). The few
 * held-back rows, names, defendants and control figures go as JDBC batches.
 */
public class StagingWriter implements ItemWriter<StagedRow>, ReadAheadReader.Preparation {

    private final JdbcTemplate jdbc;
    private final long loadId;
    private final List<String> columns;
    /** Each column's position among the feed's fields: where a {@link FieldValues} holds its value. */
    private final int[] columnFields;
    private final List<String> fieldNames;
    /** The last {@link FieldValues.Names} found to be this feed's field names (rows share them). */
    private volatile FieldValues.Names positioned;
    private final String insertRow;
    private final String table;
    private final List<String> allColumns;
    private final int chunkSize;
    /** Set by {@link #open} (or the first write); read by {@link #prepare} on the reading thread. */
    private volatile MysqlLocalInfile localInfile;
    private volatile boolean probed;
    /** The chunks' bulk text written ahead, when rows go by LOAD DATA; made by {@link #open}. */
    private volatile ChunkSpool spool;
    /** The stage step's tally of what it staged, or null (a replay's rows). */
    private final StagedTally tally;
    /** The tally of each spooled chunk's clean rows, made on the reading thread with its file. */
    private final Map<ChunkSpool.Segment, StagedTally.Part> parts = new ConcurrentHashMap<>();
    /** On the reading thread: the segment rows were last spooled to, and its part of the tally. */
    private ChunkSpool.Segment tallying;
    private StagedTally.Part tallyingPart;
    private StringBuilder lineText;

    /** A writer for chunks of {@code chunkSize} rows (the step's), or any size when not opened; no tally. */
    public StagingWriter(JdbcTemplate jdbc, LoadContext load, int chunkSize) {
        this(jdbc, load, chunkSize, false);
    }

    /** With {@code tallied}, the stage step's writer: what each chunk wrote is added to {@link #tally}. */
    StagingWriter(JdbcTemplate jdbc, LoadContext load, int chunkSize, boolean tallied) {
        this.jdbc = jdbc;
        this.chunkSize = chunkSize;
        this.loadId = load.loadId();
        FeedDefinition feed = load.feed();
        this.columns = feed.fields().stream()
                .filter(f -> f.type() != FieldType.IGNORE && f.type() != FieldType.NAME
                        && f.type() != FieldType.NATIONALITY_COUNTS)
                .map(FieldDefinition::name).toList();
        this.fieldNames = feed.fields().stream().map(FieldDefinition::name).toList();
        this.columnFields = columns.stream().mapToInt(fieldNames::indexOf).toArray();
        this.table = feed.target().table();
        List<String> all = new ArrayList<>(List.of("load_id", "source_row", "period_key", "period_month"));
        all.addAll(columns);
        this.allColumns = List.copyOf(all);
        this.insertRow = "INSERT INTO " + feed.target().table() + " (load_id, source_row, period_key, period_month, "
                + String.join(", ", columns) + ") VALUES (?, ?, ?, ?" + ", ?".repeat(columns.size()) + ")";
        this.tally = tallied ? new StagedTally(feed, allColumns) : null;
    }

    /** What the chunks written so far put into the target table (a stream of the step), or null. */
    StagedTally tally() {
        return tally;
    }

    /**
     * Before the step reads: finds whether rows go by LOAD DATA, and if so starts spooling the chunks'
     * text ahead of the step (the step's chunks are counted from here) and asks for a whole chunk to
     * be read ahead, so that the next chunk's file is ready when the database has taken one.
     */
    @Override
    public int open() {
        probe();
        MysqlLocalInfile bulk = localInfile;
        if (bulk != null && chunkSize > 0) {
            spool = new ChunkSpool(bulk.spool(), chunkSize);
            return chunkSize;
        }
        return 0;
    }

    /**
     * Runs on the thread that reads ahead of the step ({@link ReadAheadReader}): when rows go by LOAD
     * DATA, a clean row is written as its line of the bulk text there, and into its chunk's spool
     * file, so the step's own thread, the one that waits for the database, only sends the file.
     */
    @Override
    public StagedRow prepare(StagedRow row) {
        MysqlLocalInfile bulk = localInfile;
        if (bulk == null) {
            return row;
        }
        Object[] values = row.kind() == StagedRow.Kind.CLEAN ? args(row) : null;
        String line = values == null ? null : MysqlLocalInfile.line(values, lineText());
        ChunkSpool ahead = spool;
        ChunkSpool.Segment segment = ahead == null ? null : ahead.add(line);
        if (values != null && segment != null && tally != null) {
            if (segment != tallying) {
                tallying = segment;
                tallyingPart = tally.part();
                parts.put(segment, tallyingPart);
            }
            tallyingPart.add(values);   // here, while the row still has its values
        }
        return line == null && segment == null ? row : row.withBulk(line, segment);
    }

    /** The reading thread's builder of LOAD DATA lines; a builder a remark made huge is not kept. */
    private StringBuilder lineText() {
        if (lineText == null || lineText.capacity() > 16_384) {
            lineText = new StringBuilder(256);
        }
        return lineText;
    }

    /** On the reading thread, after the last row: the last chunk's file is complete. */
    @Override
    public void end() {
        ChunkSpool ahead = spool;
        if (ahead != null) {
            ahead.end();
        }
    }

    /** Once the reading thread has stopped: the files of chunks read ahead but not written go, and their tallies. */
    @Override
    public void close() {
        ChunkSpool ahead = spool;
        if (ahead != null) {
            ahead.close();
        }
        parts.clear();
    }

    private void probe() {
        if (!probed) {
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                localInfile = MysqlLocalInfile.forConnection(connection, table, allColumns);
                return null;
            });
            probed = true;
        }
    }

    private Object[] args(StagedRow row) {
        Object[] args = new Object[4 + columns.size()];
        args[0] = loadId;
        args[1] = row.sourceRow();
        args[2] = row.periodKey();
        args[3] = row.periodMonth();
        if (row.values() instanceof FieldValues values && isPositioned(values.names())) {   // the normaliser's rows
            for (int i = 0; i < columnFields.length; i++) {
                args[4 + i] = values.at(columnFields[i]);
            }
        } else {
            for (int i = 0; i < columns.size(); i++) {
                args[4 + i] = row.values().get(columns.get(i));
            }
        }
        return args;
    }

    private boolean isPositioned(FieldValues.Names names) {
        if (names == positioned) {
            return true;
        }
        if (names.are(fieldNames)) {
            positioned = names;
            return true;
        }
        return false;
    }

    @Override
    public void write(Chunk<? extends StagedRow> chunk) {
        probe();
        MysqlLocalInfile bulk = localInfile;
        int clean = 0;   // rows for the target table, when they go by LOAD DATA
        List<Object[]> rows = new ArrayList<>(bulk == null ? chunk.size() : 0);
        List<Object[]> names = new ArrayList<>();
        List<Object[]> defendants = new ArrayList<>();
        List<Object[]> held = new ArrayList<>();
        List<Object[]> controls = new ArrayList<>();
        // the tally of the rows this chunk writes: made here when rows go as a batch, else with the spool file
        StagedTally.Part written = tally != null && bulk == null ? tally.part() : null;
        for (StagedRow row : chunk) {
            switch (row.kind()) {
                case CLEAN -> {
                    if (bulk == null) {
                        Object[] values = args(row);
                        rows.add(values);
                        if (written != null) {
                            written.add(values);
                        }
                    } else {
                        clean++;
                    }
                    if (row.fullName() != null) {
                        names.add(new Object[] {loadId, row.sourceRow(), row.fullName()});
                    }
                    for (StagedRow.NationalityCount c : row.nationalityCounts()) {
                        defendants.add(new Object[] {loadId, row.sourceRow(), c.iso3(), c.count()});
                    }
                }
                case HELD_BACK -> held.add(new Object[] {loadId, row.sourceRow(), row.sheet(), row.periodKey(),
                        row.nationalityIso3(), truncate(row.reason(), 2000), truncate(row.rawRecord(), 8000),
                        row.rawColumns()});
                case CONTROL -> row.controls().forEach(c -> controls.add(new Object[] {loadId, c.source(),
                        row.sheet(), row.sourceRow(), c.nationalityIso3(), c.measure(), c.declared()}));
            }
        }
        ChunkSpool.Segment spooled = spooledAsOne(chunk);
        int cleanRows = clean;   // for the lambda
        boolean asSpooled = spooled != null && spooled.holds(chunk.size(), cleanRows);
        if (tally != null && bulk != null) {
            // a chunk without a clean row adds nothing; one with clean rows, the part made with its spool file
            written = cleanRows == 0 ? tally.part() : asSpooled ? parts.get(spooled) : null;
        }
        try {
            if (cleanRows > 0 && asSpooled) {
                jdbc.execute((ConnectionCallback<Integer>) connection ->
                        bulk.loadFile(connection, spooled.file(), cleanRows));
            } else if (cleanRows > 0) {
                // not exactly a spooled chunk: its text is written from the rows' own lines
                List<String> text = bulkLines(chunk);
                jdbc.execute((ConnectionCallback<Integer>) connection -> bulk.loadLines(connection, text));
            }
        } finally {
            release(chunk, spooled);
        }
        if (!rows.isEmpty()) {
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                insertBatch(connection, rows);
                return null;
            });
        }
        batch("INSERT INTO person_name (load_id, source_row, full_name) VALUES (?, ?, ?)", names);
        batch("INSERT INTO court_defendant (load_id, source_row, nationality_iso3, defendants) VALUES (?, ?, ?, ?)",
                defendants);
        batch("INSERT INTO held_row (load_id, source_row, sheet, period_key, nationality_iso3, reason, raw_record, "
                + "raw_columns) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", held);
        batch("INSERT INTO control_total (load_id, source, sheet, source_row, nationality_iso3, measure, declared) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", controls);
        if (tally != null) {
            // every write of the chunk has succeeded; rows the spool's tally does not hold are not tallied
            if (written != null) {
                tally.add(written);
            } else {
                tally.lost();
            }
        }
    }

    /** The chunk's clean rows as lines of LOAD DATA text: each row's own, or written now. */
    private List<String> bulkLines(Chunk<? extends StagedRow> chunk) {
        List<String> lines = new ArrayList<>(chunk.size());
        for (StagedRow row : chunk) {
            if (row.kind() == StagedRow.Kind.CLEAN) {
                lines.add(row.bulkLine() != null ? row.bulkLine() : MysqlLocalInfile.line(args(row)));
            }
        }
        return lines;
    }

    /** The one spool segment every row of the chunk is in, or null. */
    private static ChunkSpool.Segment spooledAsOne(Chunk<? extends StagedRow> chunk) {
        ChunkSpool.Segment one = null;
        for (StagedRow row : chunk) {
            if (row.spooled() == null || (one != null && row.spooled() != one)) {
                return null;
            }
            one = row.spooled();
        }
        return one;
    }

    /**
     * The chunk's spool files are deleted, sent or not (a chunk written again is spooled again): the one
     * segment all its rows are in, when there is one, else each segment any of its rows is in.
     */
    private void release(Chunk<? extends StagedRow> chunk, ChunkSpool.Segment all) {
        ChunkSpool ahead = spool;
        if (ahead == null) {
            return;
        }
        if (all != null) {
            ahead.release(all);
            parts.remove(all);
            return;
        }
        ChunkSpool.Segment last = null;
        for (StagedRow row : chunk) {
            if (row.spooled() != null && row.spooled() != last) {
                last = row.spooled();
                ahead.release(last);
                parts.remove(last);
            }
        }
    }

    /** One JDBC batch, each parameter set by its value's type (no metadata look-ups for NULLs). */
    private void insertBatch(Connection connection, List<Object[]> rows) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(insertRow)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    Object v = sqlValue(row[i]);
                    int p = i + 1;
                    if (v == null) {
                        ps.setNull(p, Types.NULL);
                    } else if (v instanceof Long l) {
                        ps.setLong(p, l);
                    } else if (v instanceof Integer n) {
                        ps.setInt(p, n);
                    } else if (v instanceof String t) {
                        ps.setString(p, t);
                    } else if (v instanceof LocalDate d) {
                        ps.setObject(p, d);   // a DATE as it is: no java.sql.Date and time-zone round trip
                    } else {
                        ps.setBigDecimal(p, (BigDecimal) v);
                    }
                }
                ps.addBatch();
            }
            int[] counts = ps.executeBatch();
            long staged = 0;
            for (int c : counts) {
                staged += c == Statement.SUCCESS_NO_INFO ? 1 : c;
            }
            if (staged != rows.size()) {
                throw new SQLException("the batch staged " + staged + " of " + rows.size() + " rows", "22000");
            }
        }
    }

    private void batch(String sql, List<Object[]> args) {
        if (!args.isEmpty()) {
            jdbc.batchUpdate(sql, args);
        }
    }

    static Object sqlValue(Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof String
                || value instanceof BigDecimal || value instanceof LocalDate || value == null) {
            return value;
        }
        return value.toString();
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
