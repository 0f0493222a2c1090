package org.tonle.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.tonle.feed.FeedCatalogue;
import org.tonle.feed.FeedDefinition;
import org.tonle.intake.FileLedger;
import org.tonle.normalise.DateReader;
import org.tonle.normalise.NationalityResolver;
import org.tonle.normalise.PassportHasher;
import org.tonle.read.ReadLimits;
import org.tonle.read.UnreadableFileException;

/**
 * The stage step's reader normalises on a thread of its own, thousands of rows ahead of the step:
 * the step must still see exactly what the plain reader and normaliser give, and a restart must
 * resume after the last row the step took, not after the last row read ahead.
 */
class ReadAheadReaderTest {

    static final String HEADER = "operation_id,operation_date,province,nationality,suspects_arrested,"
            + "of_which_female,victims_rescued,remarks\n";
    static final String[] NATIONALITIES = {"China", "Việt Nam", "Thailand", "Atlantis", "Indonesia"};

    static FeedDefinition police;
    static NationalityResolver nationalities;

    @TempDir
    Path dir;

    @BeforeAll
    static void reference() {
        police = FeedCatalogue.load(Path.of("jobs")).get("police");
        nationalities = NationalityResolver.fromDirectory(Path.of("config/reference"));
    }

    /** Row i on line i + 1, every fifth of an unknown nationality (held back). */
    private Path policeCsv(int rows, String brokenLine) throws IOException {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 1; i <= rows; i++) {
            if (brokenLine != null && i == 3001) {
                text.append(brokenLine).append('\n');
                continue;
            }
            text.append("OP-").append(i).append(',').append(1 + i % 28).append("/01/2026,Phnom Penh,")
                    .append(NATIONALITIES[i % NATIONALITIES.length]).append(',').append(i % 50 + 1).append(",0,0,\n");
        }
        Path file = dir.resolve("police.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static LoadContext load(Path file) {
        return new LoadContext(7, police, file, "police/police.csv");
    }

    private static RowNormaliser normaliser(LoadContext load) {
        return new RowNormaliser(load, nationalities, new DateReader(),
                new PassportHasher("0123456789abcdef-test-key".getBytes(StandardCharsets.UTF_8)),
                LocalDate.of(2026, 11, 25), false);
    }

    /** A reader whose ledger recorded {@code sha256} for the file when the load began. */
    private static FileRowReader fileReader(LoadContext load, String sha256) {
        return new FileRowReader(load, ReadLimits.DEFAULT, new DateReader(), new LoadLedger(null) {
            @Override
            public Optional<DeclaredPeriod.Period> declaredPeriod(long loadId) {
                return Optional.empty();
            }

            @Override
            public String recordedSha256(long loadId) {
                return sha256;
            }
        });
    }

    private static FileRowReader fileReader(LoadContext load) {
        return new FileRowReader(load, ReadLimits.DEFAULT, new DateReader(), new LoadLedger(null) {
            @Override
            public Optional<DeclaredPeriod.Period> declaredPeriod(long loadId) {
                return Optional.empty();   // the file declares no period
            }

            @Override
            public String recordedSha256(long loadId) {
                try {
                    return FileLedger.sha256(load.file());   // the file has not changed
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }

    /** What the plain reader and normaliser give, one row after the other on this thread. */
    private static List<String> plain(Path file) throws Exception {
        return plain(file, new ExecutionContext());
    }

    /** As {@link #plain(Path)}, keeping the reader's position at the end in {@code context}. */
    private static List<String> plain(Path file, ExecutionContext context) throws Exception {
        LoadContext load = load(file);
        FileRowReader reader = fileReader(load);
        RowNormaliser normaliser = normaliser(load);
        List<String> rows = new ArrayList<>();
        reader.open(context);
        try {
            for (SourceRecord r; (r = reader.read()) != null; ) {
                rows.add(describe(normaliser.process(r)));
            }
            reader.update(context);
        } finally {
            reader.close();
        }
        return rows;
    }

    private static ReadAheadReader readAhead(Path file) {
        LoadContext load = load(file);
        return new ReadAheadReader(fileReader(load), normaliser(load), "police/police.csv");
    }

    /**
     * The stage step's view: opens the reader from {@code context}, takes up to {@code limit} rows,
     * keeps its position in {@code context} as the step does at a commit, and closes it.
     */
    private static List<String> take(ReadAheadReader reader, ExecutionContext context, int limit) throws Exception {
        List<String> rows = new ArrayList<>();
        reader.open(context);
        try {
            for (StagedRow r; rows.size() < limit && (r = reader.read()) != null; ) {
                rows.add(describe(r));
            }
            reader.update(context);
        } finally {
            reader.close();
        }
        return rows;
    }

    private static String describe(StagedRow row) {
        return row.kind() + " " + row.sourceRow() + " " + row.periodKey() + " " + row.values() + " " + row.reason();
    }

    @Test
    void givesTheSameRowsInTheSameOrderAsThePlainReader() throws Exception {
        Path file = policeCsv(5000, null);
        ReadAheadReader reader = readAhead(file);
        List<String> rows = new ArrayList<>();
        reader.open(new ExecutionContext());
        try {
            for (StagedRow r; (r = reader.read()) != null; ) {
                rows.add(describe(r));
            }
            assertThat(reader.read()).isNull();
        } finally {
            reader.close();
        }
        assertThat(rows).hasSize(5000).isEqualTo(plain(file));
        assertThat(rows.get(0)).startsWith("CLEAN 2 2026-01 ");
        assertThat(rows.stream().filter(r -> r.startsWith("HELD_BACK"))).hasSize(1000);
    }

    @Test
    void keepsThePositionOfTheLastRowTakenNotOfTheRowsReadAhead() throws Exception {
        Path file = policeCsv(5000, null);
        ReadAheadReader reader = readAhead(file);
        ExecutionContext context = new ExecutionContext();
        reader.open(context);
        try {
            for (int i = 0; i < 1000; i++) {
                reader.read();
            }
            Thread.sleep(200);   // let the reading thread run thousands of rows ahead
            reader.update(context);
        } finally {
            reader.close();
        }
        // the 1,000th row is on line 1,001; 1,000 data rows counted, no blank ones
        assertThat(context.getString("tonle.phase")).isEqualTo("DATA");
        assertThat(context.getInt("tonle.lastRow")).isEqualTo(1001);
        assertThat(context.getInt("tonle.nextRow")).isEqualTo(1002);
        assertThat(context.getLong(FileRowReader.DATA_ROWS)).isEqualTo(1000);

        // a restart from that context gives the 1,001st row next, and the rest
        assertThat(take(readAhead(file), context, Integer.MAX_VALUE)).isEqualTo(plain(file).subList(1000, 5000));
    }

    private static List<String> threadNames() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName).toList();
    }

    @Test
    void aRestartReopensACsvFileAtTheLastCommittedRecordWithoutParsingTheRowsBeforeIt() throws Exception {
        Path file = policeCsv(5000, null);
        ExecutionContext context = new ExecutionContext();
        take(readAhead(file), context, 1000);
        List<String> expected = plain(file).subList(1000, 5000);
        // line 500 (after the rows that show the header, before the restart point) now opens a quoted
        // field that never closes: parsed again, it would swallow the rest of the file; the characters
        // before the restart point keep their count
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int line500 = nthLineStart(text, 500);
        Files.writeString(file, text.substring(0, line500) + '"' + text.substring(line500 + 1), StandardCharsets.UTF_8);

        assertThat(take(readAhead(file), context, Integer.MAX_VALUE)).isEqualTo(expected);
    }

    @Test
    void aRestartResumesAtTheSameRowFromTheCheckpointKeptOrWithoutOneAsAContextKeptBeforeThemWas() throws Exception {
        Path file = policeCsv(5000, null);
        ExecutionContext context = new ExecutionContext();
        take(readAhead(file), context, 1000);
        List<String> expected = plain(file).subList(1000, 5000);
        // far into the file: the 1,000th record starts some 50,000 characters in, past several buffers
        long checkpoint = context.getLong("tonle.checkpointChars");
        assertThat(checkpoint).isGreaterThan(30_000).isLessThan(context.getLong("tonle.lastOffset"));
        // the nationalities in Khmer take three bytes a character
        assertThat(context.getLong("tonle.checkpointBytes")).isGreaterThan(checkpoint);

        assertThat(take(readAhead(file), new ExecutionContext(context), Integer.MAX_VALUE)).isEqualTo(expected);
        ExecutionContext none = new ExecutionContext(context);
        none.remove("tonle.checkpointBytes");
        none.remove("tonle.checkpointChars");
        assertThat(take(readAhead(file), none, Integer.MAX_VALUE)).isEqualTo(expected);
        ExecutionContext unknown = new ExecutionContext(context);
        unknown.putLong("tonle.checkpointBytes", -1);
        unknown.putLong("tonle.checkpointChars", -1);
        assertThat(take(readAhead(file), unknown, Integer.MAX_VALUE)).isEqualTo(expected);
    }

    @Test
    void aPositionKeptBeforeAnyRowWasTakenStartsFromTheFirstRow() throws Exception {
        Path file = policeCsv(300, null);
        ExecutionContext context = new ExecutionContext();
        assertThat(take(readAhead(file), context, 0)).isEmpty();
        assertThat(context.getString("tonle.phase")).isEqualTo("DATA");
        assertThat(context.getInt("tonle.lastRow")).isZero();
        assertThat(context.getLong(FileRowReader.DATA_ROWS)).isZero();
        assertThat(take(readAhead(file), context, Integer.MAX_VALUE)).isEqualTo(plain(file));
    }

    private static int nthLineStart(String text, int line) {
        int at = 0;
        for (int i = 1; i < line; i++) {
            at = text.indexOf('\n', at) + 1;
        }
        return at;
    }

    @Test
    void aRestartOfAFileChangedSinceIsRefusedBeforeAnyRowWhetherOrNotItCanStillBeReopenedThere() throws Exception {
        Path file = policeCsv(5000, null);
        String recorded = FileLedger.sha256(file);
        ExecutionContext context = new ExecutionContext();
        take(readAhead(file), context, 1000);
        String expected = "police/police.csv has changed since this load began reading it, so it cannot be "
                + "resumed where it stopped";

        // other rows, the same length: the file reopens at the last committed row, the hash tells
        Files.writeString(file, Files.readString(file).replace("OP-4", "OP-9"));
        LoadContext load = load(file);
        ReadAheadReader changed = new ReadAheadReader(fileReader(load, recorded), normaliser(load), "police/police.csv");
        assertThatThrownBy(() -> changed.open(new ExecutionContext(context)))
                .isInstanceOf(ItemStreamException.class).hasMessageStartingWith(expected);
        changed.close();

        // cut short before the last committed row: reopening there fails, and the change is the reason given
        Files.writeString(file, Files.readString(file).substring(0, 20_000));
        ReadAheadReader shorter = new ReadAheadReader(fileReader(load, recorded), normaliser(load), "police/police.csv");
        assertThatThrownBy(() -> shorter.open(context)).isInstanceOf(ItemStreamException.class)
                .hasMessageStartingWith(expected);
        shorter.close();
        assertThat(threadNames()).noneMatch(n -> n.startsWith("tonle-read") || n.startsWith("tonle-stage"));
    }

    @Test
    void aFileRefusedHalfWayGivesEveryRowBeforeTheRefusalThenTheRefusal() throws Exception {
        // line 3,002 opens a quoted field that is never closed
        Path file = policeCsv(5000, "OP-3001,01/01/2026,Phnom Penh,China,1,0,0,\"never closed");
        ReadAheadReader reader = readAhead(file);
        ExecutionContext context = new ExecutionContext();
        reader.open(context);
        int rows = 0;
        try {
            for (int i = 0; i < 3000; i++) {
                assertThat(reader.read()).isNotNull();
                rows++;
            }
            assertThatThrownBy(reader::read).isInstanceOfAny(UnreadableFileException.class, ItemStreamException.class)
                    .hasMessageContaining("police/police.csv: line 3,002 opens a quoted field that is never closed");
            reader.update(context);
        } finally {
            reader.close();
        }
        assertThat(rows).isEqualTo(3000);
        assertThat(context.getInt("tonle.lastRow")).isEqualTo(3001);
    }

    @Test
    @Timeout(30)   // a reading thread that does not stop would hang close()
    void closingWhileTheReadingThreadWaitsForRoomStopsIt() throws Exception {
        Path file = policeCsv(50_000, null);
        ReadAheadReader reader = readAhead(file);
        reader.open(new ExecutionContext());
        assertThat(reader.read()).isNotNull();
        Thread.sleep(200);   // the queues are full by now: both reading threads wait for room
        assertThat(threadNames()).contains("tonle-stage police/police.csv", "tonle-read police/police.csv");
        reader.close();
        assertThat(threadNames()).doesNotContain("tonle-stage police/police.csv", "tonle-read police/police.csv");
    }

    @Test
    void countsTheBlankRowsAfterTheLastDataRowAsThePlainReaderDoes() throws Exception {
        // an export from a spreadsheet: empty rows (all separators) after the data, no control row
        Path file = policeCsv(3, null);
        Files.writeString(file, ",,,,,,,\n,,,,,,,\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

        ExecutionContext plainContext = new ExecutionContext();
        plain(file, plainContext);
        assertThat(plainContext.getLong(FileRowReader.BLANK_ROWS)).isEqualTo(2);

        // the stage step: reads to the end, then the step saves the reader's position (what StagingCheck
        // reads as the load's blank rows)
        ExecutionContext context = new ExecutionContext();
        assertThat(take(readAhead(file), context, Integer.MAX_VALUE)).hasSize(3);
        assertThat(context.getLong(FileRowReader.DATA_ROWS)).isEqualTo(3);
        assertThat(context.getLong(FileRowReader.BLANK_ROWS)).isEqualTo(2);
    }
}
