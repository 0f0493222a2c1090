package org.tonle.load;

import java.time.LocalDate;
import java.util.Locale;
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
        String value = field.choices().get(text.toLowerCase(Locale.ROOT).replaceAll("\\s+", ""));
        if (value == null) {
            return Resolution.heldBack("'" + text + "' is not one of " + String.join(", ", field.choices().keySet()));
        }
        return Resolution.of(value);
    }

    private static char digit(int n) {
        return (char) ('0' + n % 10);
    }

    private Resolution<Integer> birthYear(Cell cell, boolean date1904) {
        Resolution<DateReader.PartialDate> date = dates.readDateOrYear(cell, date1904);
        if (!date.ok()) {
            return Resolution.heldBack(date.reason());
        }
        return Resolution.of(date.value() == null ? null : date.value().date().getYear());
    }

    static String month(Object value) {
        if (value instanceof LocalDate d) {
            int year = d.getYear();
            int month = d.getMonthValue();
            if (year >= 1000 && year <= 9999) {   // once or twice a row: no LocalDate.toString()
                return new String(new char[] {digit(year / 1000), digit(year / 100), digit(year / 10),
                        digit(year), '-', digit(month / 10), digit(month)});
            }
            return d.toString().substring(0, 7);
        }
        return value == null ? null : value.toString();
    }
}
