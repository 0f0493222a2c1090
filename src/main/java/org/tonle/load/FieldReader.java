package org.tonle.load;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.tonle.feed.FieldDefinition;
import org.tonle.normalise.DateReader;
import org.tonle.normalise.NationalityResolver;
import org.tonle.normalise.Resolution;
import org.tonle.normalise.TextFolding;
import org.tonle.normalise.WholeNumbers;
import org.tonle.read.Cell;

/** Normalises one cell by its field's type. Blank cells give a null value; the caller checks "required". */
final class FieldReader {

    private final NationalityResolver nationalities;
    private final DateReader dates;

    FieldReader(NationalityResolver nationalities, DateReader dates) {
        this.nationalities = nationalities;
        this.dates = dates;
    }

    Resolution<?> read(FieldDefinition field, Cell cell, boolean date1904) {
        if (cell.kind() == Cell.Kind.ERROR) {
            return Resolution.heldBack(cell.display());
        }
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
