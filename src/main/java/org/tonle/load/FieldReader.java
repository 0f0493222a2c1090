package org.tonle.load;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.tonle.feed.FieldDefinition;
import org.tonle.feed.FieldType;
import org.tonle.normalise.DateReader;
import org.tonle.normalise.NationalityResolver;
import org.tonle.normalise.Resolution;
import org.tonle.normalise.TextFolding;
import org.tonle.normalise.WholeNumbers;
import org.tonle.read.Cell;

/** Normalises one cell by its field's type. Blank cells give a null value; the caller checks "required". */
final class FieldReader {

    private static final int REMEMBERED = 1_024;
    /** Longer texts are not remembered: a wide free-text column would hold megabytes a field. */
    private static final int LONGEST_REMEMBERED = 200;
    private static final Map<String, Resolution<?>> FORGOTTEN = Map.of();

    private final NationalityResolver nationalities;
    private final DateReader dates;
    /** {@link #repeated}: by field, what each text read as; a reader is used by one thread at a time. */
    private final Map<FieldDefinition, Map<String, Resolution<?>>> remembered = new IdentityHashMap<>();

    FieldReader(NationalityResolver nationalities, DateReader dates) {
        this.nationalities = nationalities;
        this.dates = dates;
    }

    Resolution<?> read(FieldDefinition field, Cell cell, boolean date1904) {
        if (cell.kind() == Cell.Kind.ERROR) {
            return Resolution.heldBack(cell.display());
        }
        if (cell.kind() == Cell.Kind.TEXT && byText(field.type()) && cell.display().length() <= LONGEST_REMEMBERED) {
            return repeated(field, cell);
        }
        return uncached(field, cell, date1904);
    }

    /**
     * Field types whose reading depends on nothing but the cell's text (and the reference tables):
     * what a text reads as can be remembered. Names and passport numbers are not kept longer than
     * their row.
     */
    private static boolean byText(FieldType type) {
        return type == FieldType.TEXT || type == FieldType.CHOICE || type == FieldType.NATIONALITY;
    }

    /**
     * A text cell of a field read before as the same text is read as then. Hand-made files repeat a
     * few values in a column (provinces, nationalities, the same remark) on every row, some in
     * scripts whose folding is the slow part of a row. A field whose texts do not repeat (ids, free
     * remarks) stops being remembered once it has {@value #REMEMBERED} different ones; texts longer
     * than {@value #LONGEST_REMEMBERED} characters are not remembered (at most about 400 KB a field).
     */
    private Resolution<?> repeated(FieldDefinition field, Cell cell) {
        Map<String, Resolution<?>> seen = remembered.get(field);
        if (seen == FORGOTTEN) {
            return uncached(field, cell, false);
        }
        String text = cell.display();
        Resolution<?> read = seen == null ? null : seen.get(text);
        if (read == null) {
            read = uncached(field, cell, false);
            if (seen == null) {
                seen = new HashMap<>();
                remembered.put(field, seen);
            }
            if (seen.size() < REMEMBERED) {
                seen.put(text, read);
            } else {
                remembered.put(field, FORGOTTEN);
            }
        }
        return read;
    }

    private Resolution<?> uncached(FieldDefinition field, Cell cell, boolean date1904) {
        return switch (field.type()) {
            case TEXT, NAME, IGNORE, PASSPORT, NATIONALITY_COUNTS -> Resolution.of(text(cell));
            case CHOICE -> choice(field, cell);
            case DATE -> dates.readDate(cell, date1904);
            case BIRTH_YEAR -> birthYear(cell, date1904);
            case MONTH -> {
                var month = dates.readMonth(cell, date1904);
                yield month.ok() ? Resolution.of(month.value() == null ? null : month.value().toString()) : month;
            }
            case NATIONALITY -> {
                String text = text(cell);
                yield text == null ? Resolution.of(null) : nationalities.resolve(text);
            }
            case WHOLE_NUMBER -> WholeNumbers.read(cell);
            case DECIMAL -> WholeNumbers.readDecimal(cell);
        };
    }

    static String text(Cell cell) {
        if (cell.isBlank()) {
            return null;
        }
        String folded = TextFolding.fold(cell.display());
        return folded == null || folded.isEmpty() ? null : folded;
    }

    private static Resolution<String> choice(FieldDefinition field, Cell cell) {
        String text = text(cell);
        if (text == null) {
            return Resolution.of(null);
        }
        String value = field.choice(text);
        if (value == null) {
            return Resolution.heldBack("'" + text + "' is not one of " + String.join(", ", field.choices().keySet()));
        }
        return Resolution.of(value);
    }

    private Resolution<Integer> birthYear(Cell cell, boolean date1904) {
        Resolution<DateReader.PartialDate> date = dates.readDateOrYear(cell, date1904);
        if (!date.ok()) {
            return Resolution.heldBack(date.reason());
        }
        return Resolution.of(date.value() == null ? null : date.value().date().getYear());
    }

    /** "YYYY-MM" of the months of 1900 to 2199, made once each: month() runs twice a row. */
    private static final AtomicReferenceArray<String> MONTHS = new AtomicReferenceArray<>(300 * 12);

    static String month(Object value) {
        if (value instanceof LocalDate d) {
            int index = (d.getYear() - 1900) * 12 + d.getMonthValue() - 1;
            if (index < 0 || index >= MONTHS.length()) {
                return d.toString().substring(0, 7);
            }
            String month = MONTHS.get(index);
            if (month == null) {
                month = d.toString().substring(0, 7);
                MONTHS.set(index, month);
            }
            return month;
        }
        return value == null ? null : value.toString();
    }
}
