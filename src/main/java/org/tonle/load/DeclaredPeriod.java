package org.tonle.load;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tonle.normalise.DateReader;
import org.tonle.normalise.Resolution;
import org.tonle.normalise.TextFolding;
import org.tonle.read.Cell;

/** A period declared in the title rows: "Period: 01/02/2026 - 28/02/2026", "Deportation date: 23/01/2026". */
public final class DeclaredPeriod {

    private static final Pattern LINE = Pattern.compile(
            "(?:reporting period|period|deportation date|date of deportation)\\s*[:：]?\\s*(.+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RANGE = Pattern.compile("\\s+(?:-|–|—|to)\\s+|\\s*[–—]\\s*");

    private DeclaredPeriod() {
    }

    public record Period(LocalDate from, LocalDate to) {
    }

    public static Optional<Period> find(List<String> titleLines, DateReader dates) {
        for (String line : titleLines) {
            Matcher m = LINE.matcher(TextFolding.latinDigits(TextFolding.fold(line)));
            if (!m.find()) {
                continue;
            }
            String[] parts = RANGE.split(m.group(1).strip().toLowerCase(Locale.ROOT), 2);
            Resolution<LocalDate> from = dates.readDate(Cell.text(parts[0].strip()), false);
            Resolution<LocalDate> to = parts.length > 1 ? dates.readDate(Cell.text(parts[1].strip()), false) : from;
            if (from.ok() && to.ok() && from.value() != null && to.value() != null
                    && !to.value().isBefore(from.value())) {
                return Optional.of(new Period(from.value(), to.value()));
            }
        }
        return Optional.empty();
    }
}
