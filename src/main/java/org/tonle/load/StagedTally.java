package org.tonle.load;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.tonle.feed.ControlTotals;
import org.tonle.feed.FeedDefinition;
import org.tonle.reconcile.FileChecks;

/**
 * What the stage step has put into the load's target table, kept as it goes: how many rows, and of each
 * measure the feed's control totals can declare, how much by nationality. A chunk adds the clean rows it
 * wrote once all its writes have succeeded; the writer has refused the chunk unless the database took
 * every row it was sent, without a warning ({@link MysqlLocalInfile#loadFile}, the batch's counts). The
 * total is kept in the step's ExecutionContext, so it is committed in the chunk's transaction with the
 * rows and the reader's position: a restart goes on from the last committed chunk's total.
 *
 * <p>The check step compares the file's declared totals with this instead of reading the load's rows
 * again (1M rows on MariaDB: 0.44-0.47 s of a 6 s job, and most of a restart near the end). Where it
 * cannot hold every row (a value of a type it does not add, a sum past a long, a chunk written without the
 * tally of its spool file, the feed's measures defined otherwise since the step began, rows staged before
 * it was kept, a kept text it cannot read), it is not kept and the check reads the rows, as it does for a
 * replay.
 */
final class StagedTally implements ItemStream {

    static final String KEY = "tonle.staged";
    private static final String NATIONALITY = "nationality_iso3";
    private static final String NONE = "";

    /** What the tally found, as the check reads it. */
    record Loaded(long rows, Map<String, Map<String, Long>> byMeasure) {
    }

    private final List<String> names;
    private final String heading;
    /**
     * Where each field the tally reads is in a row's values as the writer lays them out ({@link #ABSENT}:
     * not a column; {@link #UNUSED}: a measure without a where-field, or one that counts rows), and the
     * value each measure's where-field must have.
     */
    private final int nationalityAt;
    private final int[] whereAt;
    private final String[] whereValues;
    private final int[] sumAt;
    private static final int ABSENT = -1;
    private static final int UNUSED = -2;
    private long rows;
    private final Map<String, long[]> byNationality = new HashMap<>();
    /** False once the tally cannot hold every row staged: it is then not kept. */
    private boolean kept = true;

    /** A tally of the feed's measures over rows whose values come as {@code columns} lays them out. */
    StagedTally(FeedDefinition feed, List<String> columns) {
        this.names = List.copyOf(new TreeMap<>(feed.controls().measures()).keySet());
        List<ControlTotals.Measure> measures = names.stream().map(feed.controls().measures()::get).toList();
        // what each measure is, not only its name: a tally kept under another definition is never read as this
        this.heading = "v1 measures " + String.join(",", names.stream().map(name -> {
            ControlTotals.Measure m = feed.controls().measures().get(name);
            return name + "=" + (m.sum() == null ? "count" : "sum " + m.sum())
                    + (m.whereField() == null ? "" : " where " + m.whereField() + " = " + m.whereValue());
        }).toList());
        this.nationalityAt = columns.indexOf(NATIONALITY);
        this.whereAt = measures.stream()
                .mapToInt(m -> m.whereField() == null ? UNUSED : columns.indexOf(m.whereField())).toArray();
        this.whereValues = measures.stream().map(ControlTotals.Measure::whereValue).toArray(String[]::new);
        this.sumAt = measures.stream().mapToInt(m -> m.sum() == null ? UNUSED : columns.indexOf(m.sum())).toArray();
    }

    /** A tally for reading what a stage step kept ({@link #loaded}). */
    private StagedTally(FeedDefinition feed) {
        this(feed, List.of());
    }

    /** A new part: the tally of one chunk's clean rows. */
    Part part() {
        return new Part();
    }

    /**
     * The tally of one chunk's clean rows, filled on the thread that prepares them (the reading thread when
     * the rows go by LOAD DATA, else the step's), and added to the whole once the chunk is written.
     */
    final class Part {
        private long rows;
        private final Map<String, long[]> byNationality = new HashMap<>();
        private boolean uncounted;

        private Part() {
        }

        /** A clean row's values, as the writer lays them out: what the check's SQL would add of it. */
        void add(Object[] row) {
            if (uncounted) {
                return;
            }
            Object nationality = nationalityAt < 0 ? NONE : row[nationalityAt];
            String key = nationality == null ? NONE : nationality instanceof String code ? code : null;
            if (key == null) {
                uncounted = true;
                return;
            }
            long[] sum = byNationality.get(key);
            if (sum == null) {
                sum = new long[sumAt.length];
                byNationality.put(key, sum);
            }
            for (int i = 0; i < sum.length; i++) {
                int where = whereAt[i];
                if (where != UNUSED) {
                    Object v = where == ABSENT ? null : row[where];
                    if (where == ABSENT || v != null && !(v instanceof String)) {
                        uncounted = true;   // not a column of the table, or not text: the check's SQL decides
                        return;
                    }
                    if (whereValues[i] == null || !whereValues[i].equals(v)) {
                        continue;   // SQL's "field = value" is never true for a NULL on either side
                    }
                }
                int at = sumAt[i];
                if (at == UNUSED) {
                    sum[i]++;
                    continue;
                }
                Object n = at == ABSENT ? null : row[at];
                if (n instanceof Integer || n instanceof Long) {
                    try {
                        sum[i] = Math.addExact(sum[i], ((Number) n).longValue());
                    } catch (ArithmeticException pastALong) {
                        uncounted = true;   // the check's SQL decides
                        return;
                    }
                } else if (at == ABSENT || n != null) {
                    uncounted = true;
                    return;
                }
            }
            rows++;
        }
    }

    /** On the step's thread, once all of a chunk's writes have succeeded: its clean rows. */
    void add(Part part) {
        if (part.uncounted) {
            kept = false;
        }
        if (!kept) {
            return;
        }
        try {
            rows = Math.addExact(rows, part.rows);
            part.byNationality.forEach((nationality, amounts) -> {
                long[] sum = byNationality.computeIfAbsent(nationality, k -> new long[amounts.length]);
                for (int i = 0; i < sum.length; i++) {
                    sum[i] = Math.addExact(sum[i], amounts[i]);
                }
            });
        } catch (ArithmeticException pastALong) {
            kept = false;   // the check's SQL decides
        }
    }

    /** A chunk was written without a part that holds all its clean rows: from now on the check reads the rows. */
    void lost() {
        kept = false;
    }

    @Override
    public void open(ExecutionContext context) {
        rows = 0;
        byNationality.clear();
        // rows committed by a chunk before the tally was kept are not in it
        kept = context.containsKey(KEY) ? read(context.getString(KEY)) : !context.containsKey(FileRowReader.DATA_ROWS);
    }

    @Override
    public void update(ExecutionContext context) {
        if (kept && byNationality.keySet().stream().anyMatch(nationality -> nationality.indexOf('\n') >= 0)) {
            kept = false;   // one line per nationality: a code with a line break cannot be kept
        }
        if (kept) {
            context.putString(KEY, text());
        } else {
            context.remove(KEY);
        }
    }

    /**
     * The tally the stage step committed last, for the measures the feed has now; empty when it was not
     * kept or was kept for other measures.
     */
    static Optional<Loaded> loaded(ExecutionContext staged, FeedDefinition feed) {
        if (!staged.containsKey(KEY)) {
            return Optional.empty();
        }
        StagedTally tally = new StagedTally(feed);
        if (!tally.read(staged.getString(KEY))) {
            return Optional.empty();
        }
        Map<String, Map<String, Long>> byMeasure = new HashMap<>();
        for (int i = 0; i < tally.names.size(); i++) {
            Map<String, Long> amounts = new HashMap<>();
            for (Map.Entry<String, long[]> e : tally.byNationality.entrySet()) {
                amounts.merge(e.getKey(), e.getValue()[i], Math::addExact);
                amounts.merge(FileChecks.ALL, e.getValue()[i], Math::addExact);
            }
            byMeasure.put(tally.names.get(i), amounts);
        }
        return Optional.of(new Loaded(tally.rows, byMeasure));
    }

    /** "measures a,b", "rows N", then a line per nationality: its amounts, a space, the nationality. */
    private String text() {
        StringBuilder out = new StringBuilder(heading).append("\nrows ").append(rows);
        new TreeMap<>(byNationality).forEach((nationality, amounts) -> {
            out.append('\n');
            for (int i = 0; i < amounts.length; i++) {
                out.append(i == 0 ? "" : ",").append(amounts[i]);
            }
            out.append(' ').append(nationality);
        });
        return out.toString();
    }

    /**
     * Reads {@link #text}; false, and nothing kept, when it was kept for measures defined otherwise or cannot
     * be read (the check then reads the rows).
     */
    private boolean read(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length < 2 || !lines[0].equals(heading) || !lines[1].startsWith("rows ")) {
            return false;
        }
        try {
            long counted = Long.parseLong(lines[1].substring("rows ".length()));
            Map<String, long[]> read = new HashMap<>();
            for (int k = 2; k < lines.length; k++) {
                int space = lines[k].indexOf(' ');
                String part = space < 0 ? null : lines[k].substring(0, space);
                String[] figures = part == null ? null : part.isEmpty() ? new String[0] : part.split(",", -1);
                if (figures == null || figures.length != names.size()) {
                    return false;
                }
                long[] amounts = new long[figures.length];
                for (int i = 0; i < figures.length; i++) {
                    amounts[i] = Long.parseLong(figures[i]);
                }
                read.put(lines[k].substring(space + 1), amounts);
            }
            rows = counted;
            byNationality.putAll(read);
            return true;
        } catch (NumberFormatException unreadable) {
            return false;
        }
    }
}
