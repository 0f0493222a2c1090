package org.tonle.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.tonle.feed.FeedDefinition;
import org.tonle.feed.FieldDefinition;
import org.tonle.feed.FieldType;
import org.tonle.feed.Versioning;
import org.tonle.normalise.DateReader;
import org.tonle.normalise.NationalityResolver;
import org.tonle.normalise.PassportHasher;
import org.tonle.normalise.Resolution;
import org.tonle.read.RawRow;

/**
 * Turns a data row into a clean row or a held-back row whose reason names row, column and rule.
 * Control rows and Summary rows become control figures.
 */
public class RowNormaliser implements ItemProcessor<SourceRecord, StagedRow> {

    private final LoadContext load;
    private final FieldReader fields;
    private final NationalityResolver nationalities;
    private final PassportHasher passports;
    private final RowRules rules;
    private final boolean keepNames;
    private final int mapCapacity;

    public RowNormaliser(LoadContext load, NationalityResolver nationalities, DateReader dates,
                         PassportHasher passports, LocalDate today, boolean keepNames) {
        this.load = load;
        this.fields = new FieldReader(nationalities, dates);
        this.nationalities = nationalities;
        this.passports = passports;
        this.rules = new RowRules(load, today);
        this.keepNames = keepNames;
        // room for every field without the map growing (a map grows when it is three-quarters full)
        this.mapCapacity = load.feed().fields().size() * 4 / 3 + 1;
    }

    @Override
    public StagedRow process(SourceRecord record) {
        return switch (record.kind()) {
            case DATA -> data(record);
            case CONTROL, SUMMARY, SUMMARY_TOTAL -> ControlFigures.of(record, load.feed(), nationalities);
        };
    }

    StagedRow data(SourceRecord record) {
        FeedDefinition feed = load.feed();
        boolean date1904 = load.date1904();
        Map<String, Object> values = new LinkedHashMap<>(mapCapacity);
        List<String> problems = new ArrayList<>(0);
        for (FieldDefinition f : feed.fields()) {
            Resolution<?> r = record.columns().containsKey(f.name())
                    ? fields.read(f, record.cell(f.name()), date1904) : Resolution.of(null);
            if (!r.ok()) {
                problems.add(where(record, f) + r.reason());
            } else if (r.value() == null && f.required()) {
                problems.add(where(record, f) + "is blank but required");
            } else {
                values.put(f.name(), r.value());
            }
        }
        List<StagedRow.NationalityCount> counts = List.of();
        for (FieldDefinition f : feed.fields()) {
            if (f.type() == FieldType.NATIONALITY_COUNTS && values.get(f.name()) != null) {
                var parsed = NationalityCounts.parse((String) values.get(f.name()), total(values), nationalities);
                if (parsed.ok()) {
                    counts = parsed.value();
                } else {
                    problems.add(where(record, f) + parsed.reason());
                }
                values.remove(f.name());
            }
            if (f.type() == FieldType.PASSPORT) {
                values.put(f.name(), passportHash(values.remove(f.name()), values.get(f.issuer())));
            }
            if (f.notAbove() != null && values.get(f.name()) instanceof Long v
                    && values.get(f.notAbove()) instanceof Long limit && v > limit) {
                problems.add(where(record, f) + v + " is above " + feed.field(f.notAbove()).get().headers().get(0)
                        + " (" + limit + ")");
            }
        }
        if (problems.isEmpty()) {
            problems.addAll(rules.check(values));
        }
        String periodKey = periodKey(feed.versioning(), values);
        Object nationality = values.get("nationality_iso3");
        if (!problems.isEmpty()) {
            return StagedRow.heldBack(record.rowNumber(), record.sheet(), periodKey,
                    nationality instanceof String s ? s : null,
                    "row " + record.rowNumber() + ", " + String.join("; ", problems),
                    RawRecords.masked(record, feed, fields, date1904), RawRecords.columns(record, feed));
        }
        String name = null;
        for (FieldDefinition f : feed.fields()) {
            if (f.type() == FieldType.NAME) {
                Object n = values.remove(f.name());
                name = keepNames && n != null && !RawRecords.MASK.equals(n) ? n.toString() : null;
            }
        }
        String month = feed.versioning().by() == Versioning.By.KEY ? null
                : FieldReader.month(values.get(feed.versioning().fields().get(0)));
        return StagedRow.clean(record.rowNumber(), record.sheet(), periodKey, month, values, counts, name);
    }

    private static Long total(Map<String, Object> values) {
        return values.get("defendants") instanceof Long l ? l : null;
    }

    private String passportHash(Object number, Object issuer) {
        String folded = number == null ? null : PassportHasher.fold(number.toString());
        return folded == null || issuer == null ? null : passports.hash(issuer.toString(), folded);
    }

    private static String where(SourceRecord record, FieldDefinition f) {
        Integer col = record.columns().get(f.name());
        return "column " + (col == null ? "?" : RawRow.columnLetters(col)) + " '" + record.headers().get(f.name())
                + "': ";
    }

    /** The fields' values joined by " | "; once a row, so a single field makes no list and no join. */
    static String periodKey(Versioning versioning, Map<String, Object> values) {
        String key = null;
        for (String field : versioning.fields()) {
            Object v = values.get(field);
            if (v == null) {
                return null;
            }
            String part = versioning.by() == Versioning.By.MONTH ? FieldReader.month(v) : v.toString();
            key = key == null ? part : key + " | " + part;
        }
        return key;
    }
}
