package org.tonle.read;

import java.util.Locale;

/** Small helpers for operator messages. */
final class Texts {
    private Texts() {
    }

    /** 40001 → "40,001": operators read long numbers more easily with grouping. */
    static String count(long value) {
        return String.format(Locale.US, "%,d", value);
    }

    /** The innermost useful message of a library exception, for "(reason: ...)" suffixes. */
    static String reason(Throwable thrown) {
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() != null ? root.getMessage() : thrown.getMessage();
        // parsers put line breaks in their messages; ours are one line
        return message == null ? root.getClass().getSimpleName() : message.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
