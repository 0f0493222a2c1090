package org.tonle.normalise;

import org.tonle.read.Cell;

/** Whole numbers as written: 1,024 / 1 024 / Khmer digits / numeric cells holding a whole value. */
public final class WholeNumbers {

    private WholeNumbers() {
    }

    public static Resolution<Long> read(Cell cell) {
        return Resolution.heldBack("'" + cell.display() + "' is not a whole number");
    }

    /** A decimal number such as a sentence in years ("2.5", "២,៥" is not accepted: comma is a thousands separator). */
    public static Resolution<java.math.BigDecimal> readDecimal(Cell cell) {
        return Resolution.heldBack("'" + cell.display() + "' is not a number");
    }
}
