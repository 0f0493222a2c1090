package org.tonle.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.tonle.feed.FeedCatalogue;
import org.tonle.feed.FeedDefinition;

/**
 * The stage step's tally adds what the check's SQL would sum (a count where a field has a value, a sum
 * of a column, NULLs as nothing, rows without a nationality under ""), carries over a restart through
 * the ExecutionContext, and is not kept when it cannot hold every row.
 */
class StagedTallyTest {

    private static final FeedCatalogue FEEDS = FeedCatalogue.load(Path.of("jobs"));
    private final FeedDefinition immigration = FEEDS.get("immigration");
    private final FeedDefinition police = FEEDS.get("police");

    @Test
    void countsWhereAFieldHasTheValueAndSumsAColumnByNationality() {
        StagedTally tally = tally(immigration, "sex", "nationality_iso3");
        tally.open(new ExecutionContext());
        tally.add(part(tally, row("M", "CHN"), row("F", "CHN"), row("M", "CHN")));
        tally.add(part(tally, row("F", null), row(null, "VNM")));
        ExecutionContext context = new ExecutionContext();
        tally.update(context);
        assertThat(context.getString(StagedTally.KEY))
                .isEqualTo("v1 measures female=count where sex = F,male=count where sex = M,persons=count\nrows 5\n1,0,1 \n1,2,3 CHN\n0,0,1 VNM");
        StagedTally.Loaded loaded = StagedTally.loaded(context, immigration).orElseThrow();
        assertThat(loaded.rows()).isEqualTo(5);
        assertThat(loaded.byMeasure()).isEqualTo(Map.of(
                "persons", Map.of("ALL", 5L, "CHN", 3L, "VNM", 1L, "", 1L),
                "male", Map.of("ALL", 2L, "CHN", 2L, "VNM", 0L, "", 0L),
                "female", Map.of("ALL", 2L, "CHN", 1L, "VNM", 0L, "", 1L)));

        StagedTally sums = policeTally();
        sums.open(new ExecutionContext());
        sums.add(part(sums, row("IDN", 7, 2, null), row("IDN", 5L, null, 3)));
        ExecutionContext summed = new ExecutionContext();
        sums.update(summed);
        assertThat(summed.getString(StagedTally.KEY))
                .isEqualTo("v1 measures of_which_female=sum of_which_female,suspects_arrested=sum suspects_arrested,victims_rescued=sum victims_rescued\nrows 2\n2,12,3 IDN");
    }

    @Test
    void aRestartGoesOnFromTheLastCommittedTotalNotFromWhatAFailedChunkAdded() {
        StagedTally first = policeTally();
        ExecutionContext committed = new ExecutionContext();
        first.open(committed);
        first.add(part(first, row("CHN", 10, 1, 0)));
        committed.putLong(FileRowReader.DATA_ROWS, 1);
        first.update(committed);
        // the next chunk is added, then its transaction fails: update is never called for it
        first.add(part(first, row("CHN", 99, 0, 0)));

        StagedTally resumed = policeTally();
        resumed.open(committed);
        resumed.add(part(resumed, row("MMR", 4, 4, 1)));
        ExecutionContext after = new ExecutionContext();
        resumed.update(after);
        assertThat(after.getString(StagedTally.KEY)).isEqualTo(
                "v1 measures of_which_female=sum of_which_female,suspects_arrested=sum suspects_arrested,victims_rescued=sum victims_rescued\nrows 2\n1,10,0 CHN\n4,4,1 MMR");
    }

    @Test
    void isNotKeptWhenItCannotHoldEveryRow() {
        // a value the tally does not add: from then on the check reads the rows
        StagedTally odd = policeTally();
        ExecutionContext context = new ExecutionContext();
        odd.open(context);
        odd.add(part(odd, row("CHN", 1, 0, 0)));
        odd.update(context);
        assertThat(StagedTally.loaded(context, police)).isPresent();
        odd.add(part(odd, row("CHN", new java.math.BigDecimal("1.5"), 0, 0)));
        odd.update(context);
        assertThat(context.containsKey(StagedTally.KEY)).isFalse();
        assertThat(StagedTally.loaded(context, police)).isEmpty();
        odd.add(part(odd, row("CHN", 1, 0, 0)));   // and it stays so
        odd.update(context);
        assertThat(context.containsKey(StagedTally.KEY)).isFalse();

        // a chunk whose rows the spool's tally did not hold (spooling failed)
        StagedTally unspooled = policeTally();
        ExecutionContext spoolFailed = new ExecutionContext();
        unspooled.open(spoolFailed);
        unspooled.lost();
        unspooled.update(spoolFailed);
        assertThat(spoolFailed.containsKey(StagedTally.KEY)).isFalse();

        // a measure over a field the table does not have: the check's SQL decides
        StagedTally missing = tally(police, "nationality_iso3", "suspects_arrested", "victims_rescued");
        ExecutionContext noColumn = new ExecutionContext();
        missing.open(noColumn);
        missing.add(part(missing, row("CHN", 1, 0)));
        missing.update(noColumn);
        assertThat(noColumn.containsKey(StagedTally.KEY)).isFalse();

        // rows committed before the tally was kept (a load begun by an earlier version, restarted)
        ExecutionContext older = new ExecutionContext();
        older.putLong(FileRowReader.DATA_ROWS, 20_000);
        StagedTally late = policeTally();
        late.open(older);
        late.add(part(late, row("CHN", 1, 0, 0)));
        late.update(older);
        assertThat(older.containsKey(StagedTally.KEY)).isFalse();

        // kept for other measures (the feed's YAML changed before the restart): not read as these
        ExecutionContext otherMeasures = new ExecutionContext();
        otherMeasures.putString(StagedTally.KEY, "v1 measures suspects_arrested=sum suspects_arrested\nrows 1\n5 CHN");
        assertThat(StagedTally.loaded(otherMeasures, police)).isEmpty();
        // the same names, defined otherwise: not read either
        ExecutionContext redefined = new ExecutionContext();
        redefined.putString(StagedTally.KEY, "v1 measures female=count where sex = M,male=count where sex = F,"
                + "persons=count\nrows 1\n1,0,1 CHN");
        assertThat(StagedTally.loaded(redefined, immigration)).isEmpty();
        redefined.putString(StagedTally.KEY, "v1 measures female=count where sex = F,male=count where sex = M,"
                + "persons=count\nrows 1\n0,1,1 CHN");
        assertThat(StagedTally.loaded(redefined, immigration)).isPresent();
        // a kept text that cannot be read is not read
        ExecutionContext garbled = new ExecutionContext();
        garbled.putString(StagedTally.KEY, "v1 measures of_which_female=sum of_which_female,suspects_arrested=sum suspects_arrested,victims_rescued=sum victims_rescued\nrows 1\n1,x,0 CHN");
        assertThat(StagedTally.loaded(garbled, police)).isEmpty();
        garbled.putLong(FileRowReader.DATA_ROWS, 1);
        StagedTally afterGarbled = policeTally();
        afterGarbled.open(garbled);
        afterGarbled.update(garbled);
        assertThat(garbled.containsKey(StagedTally.KEY)).isFalse();

        // a sum past a long
        StagedTally huge = policeTally();
        ExecutionContext pastALong = new ExecutionContext();
        huge.open(pastALong);
        huge.add(part(huge, row("CHN", Long.MAX_VALUE, 0, 0), row("CHN", 1, 0, 0)));
        huge.update(pastALong);
        assertThat(pastALong.containsKey(StagedTally.KEY)).isFalse();
        StagedTally changed = policeTally();
        changed.open(otherMeasures);
        changed.update(otherMeasures);
        assertThat(otherMeasures.containsKey(StagedTally.KEY)).isFalse();
    }

    private StagedTally policeTally() {
        return tally(police, "nationality_iso3", "suspects_arrested", "of_which_female", "victims_rescued");
    }

    /** The tally over rows laid out as the writer lays them out: load, row, period, month, then the columns. */
    private static StagedTally tally(FeedDefinition feed, String... columns) {
        List<String> layout = new ArrayList<>(List.of("load_id", "source_row", "period_key", "period_month"));
        layout.addAll(List.of(columns));
        return new StagedTally(feed, layout);
    }

    /** One chunk's part: each row its values in the columns' order after load, row, period and month. */
    private static StagedTally.Part part(StagedTally tally, Object[]... rows) {
        StagedTally.Part part = tally.part();
        for (Object[] values : rows) {
            Object[] row = new Object[4 + values.length];
            System.arraycopy(values, 0, row, 4, values.length);
            part.add(row);
        }
        return part;
    }

    private static Object[] row(Object... values) {
        return values;
    }
}
