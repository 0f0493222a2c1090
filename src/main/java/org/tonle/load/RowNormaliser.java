package org.tonle.load;

import java.time.LocalDate;
import java.util.ArrayList;
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
    private final FieldValues.Names names;
    /** {@link #columnsOf}: the layout's columns map last seen, and each field's column in it. */
    private Map<String, Integer> columnsFor;
    private int[] fieldColumns;
    private static final int ABSENT = -1;

    public RowNormaliser(LoadContext load, NationalityResolver nationalities, DateReader dates,
                         PassportHasher passports, LocalDate today, boolean keepNames) {
        this.load = load;
        this.fields = new FieldReader(nationalities, dates);
        this.nationalities = nationalities;
        this.passports = passports;
        this.rules = new RowRules(load, today);
        this.keepNames = keepNames;
        this.names = new FieldValues.Names(load.feed().fields().stream().map(FieldDefinition::name).toList());
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
        List<FieldDefinition> fieldList = feed.fields();
        boolean date1904 = load.date1904();
        int[] columns = columnsOf(record);
        boolean byColumn = record.cells() == null;   // else a held row's cells, by field
        FieldValues values = new FieldValues(names);
        List<String> problems = new ArrayList<>(0);
        for (int i = 0, n = fieldList.size(); i < n; i++) {   // indexes: no iterator a row
            FieldDefinition f = fieldList.get(i);
            int column = columns[i];
            Resolution<?> r = column == ABSENT ? Resolution.of(null)
                    : fields.read(f, byColumn ? record.cellAt(column) : record.cell(f.name()), date1904);
            if (!r.ok()) {
                problems.add(where(record, f) + r.reason());
            } else if (r.value() == null && f.required()) {
                problems.add(where(record, f) + "is blank but required");
            } else {
                values.set(i, r.value());
            }
        }
        List<StagedRow.NationalityCount> counts = List.of();
        for (int i = 0, n = fieldList.size(); i < n; i++) {
            FieldDefinition f = fieldList.get(i);
            if (f.type() == FieldType.NATIONALITY_COUNTS && values.at(i) != null) {
                var parsed = NationalityCounts.parse((String) values.at(i), total(values), nationalities);
                if (parsed.ok()) {
                    counts = parsed.value();
                } else {
                    problems.add(where(record, f) + parsed.reason());
                }
                values.removeAt(i);
            }
            if (f.type() == FieldType.PASSPORT) {
                values.set(i, passportHash(values.removeAt(i), values.get(f.issuer())));
            }
            if (f.notAbove() != null && values.at(i) instanceof Long v
                    && values.get(f.notAbove()) instanceof Long limit && v > limit) {
                problems.add(where(record, f) + v + " is above " + feed.field(f.notAbove()).get().headers().get(0)
                        + " (" + limit + ")");
            }
        }
        if (problems.isEmpty()) {
            List<String> broken = rules.check(values);
            if (!broken.isEmpty()) {
                problems.addAll(broken);
            }
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
        for (int i = 0, n = fieldList.size(); i < n; i++) {
            if (fieldList.get(i).type() == FieldType.NAME) {
                Object v = values.removeAt(i);
                name = keepNames && v != null && !RawRecords.MASK.equals(v) ? v.toString() : null;
            }
        }
        String month = feed.versioning().by() == Versioning.By.KEY ? null
                : FieldReader.month(values.get(feed.versioning().fields().get(0)));
        return StagedRow.clean(record.rowNumber(), record.sheet(), periodKey, month, values, counts, name);
    }

    /**
     * Each field's column in the record's row ({@link #ABSENT} when the layout has none), worked out
     * once a layout: the records of one sheet share their columns map.
     */
    private int[] columnsOf(SourceRecord record) {
        Map<String, Integer> byField = record.columns();
        if (byField != columnsFor) {
            List<FieldDefinition> fieldList = load.feed().fields();
            int[] columns = new int[fieldList.size()];
            for (int i = 0; i < columns.length; i++) {
                Integer column = byField.get(fieldList.get(i).name());
                columns[i] = column == null ? ABSENT : column;
            }
            fieldColumns = columns;
            columnsFor = byField;
        }
        return fieldColumns;
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
        List<String> fields = versioning.fields();
        for (int i = 0, n = fields.size(); i < n; i++) {   // every row: no iterator
            Object v = values.get(fields.get(i));
            if (v == null) {
                return null;
            }
            String part = versioning.by() == Versioning.By.MONTH ? FieldReader.month(v) : v.toString();
            key = key == null ? part : key + " | " + part;
        }
        return key;
    }
}
