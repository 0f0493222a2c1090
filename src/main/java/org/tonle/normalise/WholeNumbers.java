package org.tonle.normalise;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.tonle.read.Cell;

/** Whole numbers as written: 1,024 / 1 024 / Khmer digits / numeric cells holding a whole value. */
public final class WholeNumbers {

    /*
     * Thousands separators are ',' or a space (thin and no-break spaces are spaces after folding),
     * always in groups of three and the same one throughout. '.' is never a thousands separator:
     * '1.024' is 1024 in some senders' habits and 1.024 in others', so it is refused, not guessed.
     */
    private static final Pattern WHOLE =
            Pattern.compile("([+-]?)([0-9]+|[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,3}(?: [0-9]{3})+)");
    private static final Pattern DECIMAL = Pattern.compile(
            "([+-]?)([0-9]+|[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,3}(?: [0-9]{3})+)?(?:\\.([0-9]+))?");
    private static final Pattern SIGN_SPACE = Pattern.compile("^([+-]) ");

    /** The counts up to 1,023 read, each once: most cells of a register or an arrest file are small counts. */
    private static final List<Resolution<Long>> SMALL = LongStream.range(0, 1024)
            .mapToObj(n -> new Resolution<>(n, null)).toList();

    private WholeNumbers() {
    }

    private static Resolution<Long> count(long n) {
        return n >= 0 && n < SMALL.size() ? SMALL.get((int) n) : Resolution.of(n);
    }

    /** BLANK is a value (null): whether the column is required is the caller's rule. */
    public static Resolution<Long> read(Cell cell) {
        switch (cell.kind()) {
            case BLANK:
                return Resolution.of(null);
            case ERROR:
                return Resolution.heldBack(cell.display());
            case NUMBER:
                return fromNumber(cell);
            case TEXT:
                return fromText(cell.display());
            default:
                return Resolution.heldBack("'" + cell.display() + "' is a date, not a whole number");
        }
    }

    /** A decimal number such as a sentence in years ("2.5", "២,៥" is not accepted: comma is a thousands separator). */
    public static Resolution<java.math.BigDecimal> readDecimal(Cell cell) {
        switch (cell.kind()) {
            case BLANK:
                return Resolution.of(null);
            case ERROR:
                return Resolution.heldBack(cell.display());
            case NUMBER:
                Double value = cell.number();
                if (value == null || value.isNaN() || value.isInfinite()) {
                    return Resolution.heldBack("'" + cell.display() + "' is not a number");
                }
                return Resolution.of(tidy(BigDecimal.valueOf(value)));
            case TEXT:
                return decimalFromText(cell.display());
            default:
                return Resolution.heldBack("'" + cell.display() + "' is a date, not a number");
        }
    }

    private static Resolution<Long> fromNumber(Cell cell) {
        Double value = cell.number();
        if (value == null || value.isNaN() || value.isInfinite()) {
            return Resolution.heldBack("'" + cell.display() + "' is not a whole number");
        }
        String raw = plain(value);
        if (value != Math.rint(value)) {
            return Resolution.heldBack("'" + raw + "' is not a whole number");
        }
        if (value < 0) {
            return Resolution.heldBack("'" + raw + "': a count cannot be negative");
        }
        if (value > Integer.MAX_VALUE) {
            return Resolution.heldBack("'" + raw + "' is too large for a count (above " + Integer.MAX_VALUE + ")");
        }
        return count((long) (double) value);
    }

    private static Resolution<Long> fromText(String raw) {
        if (isShortPlainDigits(raw)) {
            return count(Long.parseLong(raw));   // the common case, as the pattern below reads it
        }
        String text = normalisedText(raw);
        if (text.isEmpty()) {
            return Resolution.of(null);
        }
        Matcher m = WHOLE.matcher(text);
        if (!m.matches()) {
            return Resolution.heldBack("'" + raw + "' is not a whole number");
        }
        String digits = stripSeparators(m.group(2));
        if ("-".equals(m.group(1)) && !isZero(digits)) {
            return Resolution.heldBack("'" + raw + "': a count cannot be negative");
        }
        String significant = stripLeadingZeros(digits);
        if (significant.length() > 10 || Long.parseLong(significant) > Integer.MAX_VALUE) {
            return Resolution.heldBack("'" + raw + "' is too large for a count (above " + Integer.MAX_VALUE + ")");
        }
        return count(Long.parseLong(significant));
    }

    private static Resolution<BigDecimal> decimalFromText(String raw) {
        String text = normalisedText(raw);
        if (text.isEmpty()) {
            return Resolution.of(null);
        }
        Matcher m = DECIMAL.matcher(text);
        if (!m.matches() || (m.group(2) == null && m.group(3) == null)) {
            return Resolution.heldBack("'" + raw + "' is not a number");
        }
        String whole = m.group(2) == null ? "0" : stripSeparators(m.group(2));
        String fraction = m.group(3) == null ? "" : "." + m.group(3);
        return Resolution.of(tidy(new BigDecimal(m.group(1) + whole + fraction)));
    }

    private static boolean isShortPlainDigits(String raw) {
        int n = raw.length();
        if (n == 0 || n > 9) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    // The minus sign U+2212 is what word processors put in; "+ 12" and "- 3" occur when typed.
    private static String normalisedText(String raw) {
        String text = TextFolding.latinDigits(TextFolding.fold(raw)).replace('\u2212', '-');
        boolean signSpace = text.length() > 1 && (text.charAt(0) == '+' || text.charAt(0) == '-')
                && text.charAt(1) == ' ';
        return signSpace ? SIGN_SPACE.matcher(text).replaceFirst("$1") : text;
    }

    // 10.0 and 10 are the same figure; keep the scale the value needs, never exponent notation.
    private static BigDecimal tidy(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static String plain(double value) {
        return tidy(BigDecimal.valueOf(value)).toPlainString();
    }

    private static String stripSeparators(String digits) {
        return digits.indexOf(',') < 0 && digits.indexOf(' ') < 0
                ? digits : digits.replace(",", "").replace(" ", "");
    }

    private static String stripLeadingZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }

    private static boolean isZero(String digits) {
        return stripLeadingZeros(digits).equals("0");
    }
}
