package org.tonle.read;

import java.io.IOException;

/**
 * Thrown from inside a Reader or stream we wrap, so that it travels through a library (Commons CSV,
 * POI) as an IOException and comes out with our operator-facing message intact.
 */
final class RefusedInputException extends IOException {
    RefusedInputException(String message) {
        super(message);
    }

    /** The first refusal in a cause chain, or null. */
    static RefusedInputException findIn(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof RefusedInputException refused) {
                return refused;
            }
        }
        return null;
    }
}
