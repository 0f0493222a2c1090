package org.tonle.load;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tonle.TonleSettings;
import org.tonle.feed.FeedCatalogue;
import org.tonle.feed.FeedDefinition;
import org.tonle.feed.FieldDefinition;
import org.tonle.feed.FieldType;
import org.tonle.normalise.DateReader;
import org.tonle.normalise.NationalityResolver;
import org.tonle.normalise.PassportHasher;
import org.tonle.reconcile.FileChecks;
import org.tonle.reconcile.RawRecordJson;

/**
 * Runs the held-back rows that still need a person (view held_row_visible) through normalisation again (after an operator
 * added an alias, say). Rows that now pass are loaded into the load they came from, one transaction
 * per load, and that load is published again so its new days / months / cases count; the rest stay.
 */
@Component
public class Replay {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final FeedCatalogue feeds;
    private final NationalityResolver nationalities;
    private final DateReader dates;
    private final PassportHasher passports;
    private final Clock clock;
    private final TonleSettings settings;
    private final Publisher publisher;
    private final FileChecks checks;
    private final LoadLedger ledger;

    public Replay(JdbcTemplate jdbc, TransactionTemplate tx, FeedCatalogue feeds, NationalityResolver nationalities,
                  DateReader dates, PassportHasher passports, Clock clock, TonleSettings settings, Publisher publisher,
                  FileChecks checks, LoadLedger ledger) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.feeds = feeds;
        this.nationalities = nationalities;
        this.dates = dates;
        this.passports = passports;
        this.clock = clock;
        this.settings = settings;
        this.publisher = publisher;
        this.checks = checks;
        this.ledger = ledger;
    }

    public record Outcome(String feed, String file, int tried, int loaded) {
    }

    private record Held(long loadId, String feed, String file, int row, String sheet, String raw, String columns) {
    }

    public List<Outcome> replay(String feedName) {
        Map<Long, List<Held>> byLoad = new TreeMap<>();
        jdbc.query("SELECT h.load_id, l.feed, f.source_file, h.source_row, h.sheet, h.raw_record, h.raw_columns "
                + "FROM held_row_visible v JOIN held_row h ON h.load_id = v.load_id AND h.source_row = v.source_row "
                + "JOIN file_load l ON l.load_id = h.load_id "
                + "JOIN source_file f ON f.file_id = l.file_id WHERE (? IS NULL OR l.feed = ?) "
                + "ORDER BY h.load_id, h.source_row", rs -> {
                    Held h = new Held(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                            rs.getString(6), rs.getString(7));
                    byLoad.computeIfAbsent(h.loadId(), k -> new ArrayList<>()).add(h);
                }, feedName, feedName);
        List<Outcome> outcomes = new ArrayList<>();
        byLoad.forEach((loadId, rows) -> outcomes.add(tx.execute(status -> replayLoad(loadId, rows))));
        return outcomes;
    }

    private Outcome replayLoad(long loadId, List<Held> rows) {
        FeedDefinition feed = feeds.get(rows.get(0).feed());
        LoadContext context = new LoadContext(loadId, feed, null, feed.name() + "/" + rows.get(0).file());
        ledger.declaredPeriod(loadId).ifPresent(p -> context.declaredPeriod(p.from(), p.to()));
        RowNormaliser normaliser = new RowNormaliser(context, nationalities, dates, passports, LocalDate.now(clock),
                settings.keepNames());
        List<StagedRow> passed = new ArrayList<>();
        List<Object[]> stillHeld = new ArrayList<>();
        for (Held h : rows) {
            StagedRow row = normaliser.data(HeldRowRecords.toRecord(h.raw(), h.columns(), feed, h.sheet(), h.row()));
            if (row.kind() == StagedRow.Kind.CLEAN) {
                passed.add(row);
            } else {
                stillHeld.add(new Object[] {row.reason(), row.periodKey(), row.nationalityIso3(), loadId, h.row()});
            }
        }
        if (!stillHeld.isEmpty()) {
            jdbc.batchUpdate("UPDATE held_row SET reason = ?, period_key = ?, nationality_iso3 = ? "
                    + "WHERE load_id = ? AND source_row = ?", stillHeld);
        }
        if (!passed.isEmpty()) {
            new StagingWriter(jdbc, context, 0).write(new Chunk<>(passed));
            Timestamp now = Timestamp.from(Instant.now());
            jdbc.batchUpdate("UPDATE held_row SET replayed_at = ? WHERE load_id = ? AND source_row = ?",
                    passed.stream().map(r -> new Object[] {now, loadId, r.sourceRow()}).toList());
            jdbc.update("UPDATE file_load SET rows_loaded = rows_loaded + ?, rows_held_back = rows_held_back - ? "
                    + "WHERE load_id = ?", passed.size(), passed.size(), loadId);
            publisher.publish(loadId);
            FileChecks.Outcome check = checks.check(loadId, feed);
            ledger.checked(loadId, check.status(), check.detail());
        }
        return new Outcome(feed.name(), rows.get(0).file(), rows.size(), passed.size());
    }

    /** The distinct nationality values of held-back rows that still cannot be mapped, most frequent first. */
    public Map<String, Integer> unmappedNationalities() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.query("SELECT feed, raw_record FROM rpt_held_back", rs -> {
            FeedDefinition feed = feeds.get(rs.getString(1));
            for (FieldDefinition f : feed.fields()) {
                if (f.type() != FieldType.NATIONALITY) {
                    continue;
                }
                String value = RawRecordJson.cell(RawRecordJson.parse(rs.getString(2)), f);
                if (value != null && !value.isBlank() && !nationalities.resolve(value).ok()) {
                    counts.merge(value, 1, Integer::sum);
                }
            }
        });
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
