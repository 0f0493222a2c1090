package org.tonle.read;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.xssf.model.SharedStrings;

/**
 * Types one xlsx cell from its attributes and text, as Excel saved it: the t attribute says
 * what the value is; a formula is only ever its saved (cached) value, never evaluated.
 */
final class XlsxCellTypes {
    private final SharedStrings strings;
    private final String[] textCache;
    private final XlsxStyles styles;

    XlsxCellTypes(SharedStrings strings, XlsxStyles styles) {
        this.strings = strings;
        this.textCache = new String[Math.max(0, Math.min(strings.getUniqueCount(), 1 << 14))];
        this.styles = styles;
    }

    Cell of(String ref, String type, String style, boolean formula, String v, String inline) {
        if (formula && v == null) {
            return NumberCells.noCachedValue(ref);
        }
        String t = type == null ? "n" : type;
        switch (t) {
            case "inlineStr":
                return Cell.text(inline == null ? v : inline);
            case "s":
                return sharedString(ref, v);
            case "str":
                return Cell.text(v);
            case "b":
                return v == null ? Cell.BLANK : NumberCells.bool("1".equals(v.trim()) || "true".equalsIgnoreCase(v.trim()));
            case "e":
                return NumberCells.error(ref, v == null ? "(unknown)" : v);
            case "d":
                return isoDate(ref, v);
            default:
                if (v == null || v.isBlank()) {
                    return Cell.BLANK;
                }
                try {
                    double number = Double.parseDouble(v.trim());
                    return styles.cell(number, style);
                } catch (NumberFormatException e) {
                    return Cell.error("cell " + ref + " holds '" + v + "', which is not a number");
                }
        }
    }

    private Cell sharedString(String ref, String v) {
        if (v == null || v.isBlank()) {
            return Cell.BLANK;
        }
        try {
            int index = Integer.parseInt(v.trim());
            // POI builds an XMLBeans rich-text object per look-up; the texts a register repeats
            // (sex, status, nationality, exit point) come first in the table, so keep those
            String text = index >= 0 && index < textCache.length ? textCache[index] : null;
            if (text == null) {
                text = strings.getItemAt(index).getString();
                if (index >= 0 && index < textCache.length) {
                    textCache[index] = text;
                }
            }
            return Cell.text(text);
        } catch (RuntimeException e) {
            return Cell.error("cell " + ref + " refers to shared text " + v + ", which the workbook does not hold");
        }
    }

    private Cell isoDate(String ref, String v) {
        if (v == null || v.isBlank()) {
            return Cell.BLANK;
        }
        try {
            String text = v.trim();
            LocalDateTime date = text.length() <= 10
                    ? LocalDate.parse(text).atStartOfDay()
                    : LocalDateTime.parse(text.endsWith("Z") ? text.substring(0, text.length() - 1) : text);
            return Cell.date(date, text);
        } catch (RuntimeException e) {
            return Cell.error("cell " + ref + " holds the date '" + v + "', which cannot be read");
        }
    }
}
