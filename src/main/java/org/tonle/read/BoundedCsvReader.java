package org.tonle.read;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Watches the characters on their way to Commons CSV and refuses the file as soon as one field
 * grows past the bound or one record has too many fields. Commons CSV itself would buffer a field
 * of any length (a 1 GB line, or a quoted field that never closes and spans millions of short
 * lines), so the bound has to be applied here, before the parser sees the characters. The state
 * machine only follows quoting as far as needed to know where fields end; parsing stays with
 * Commons CSV.
 */
final class BoundedCsvReader extends FilterReader {
    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

    private static final char QUOTE = '"';

    private final char separator;
    private final ReadLimits limits;
    private final String displayName;
    private State state = State.FIELD_START;
    private long fieldLength;
    private int fieldsInRecord = 1;
    private boolean inRecord;
    private long line;
    private long fieldStartLine;
    private long recordStartLine;
    private boolean previousWasCr;

    BoundedCsvReader(Reader in, char separator, ReadLimits limits, String displayName) {
        this(in, separator, limits, displayName, 1);
    }

    /** A reader whose first character starts a record on line {@code firstLine}. */
    BoundedCsvReader(Reader in, char separator, ReadLimits limits, String displayName, long firstLine) {
        super(in);
        this.separator = separator;
        this.limits = limits;
        this.displayName = displayName;
        this.line = firstLine;
        this.fieldStartLine = firstLine;
        this.recordStartLine = firstLine;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        int n = super.read(target, offset, length);
        int end = offset + n;
        for (int i = offset; i < end; i++) {
            if (state == State.UNQUOTED || state == State.QUOTED) {
                i = plainRun(target, i, end);
                if (i == end) {
                    break;
                }
            }
            accept(target[i]);
        }
        return n;
    }

    /**
     * Takes the run of characters from {@code from} that changes nothing but the field's length (in an
     * unquoted field, up to a separator or line break; in a quoted one, up to a quote or line break) in
     * one step, as {@link #accept} would one by one: nearly every character of a file (a quarter of the
     * reading thread's time went to the state machine). Returns where the run ends.
     */
    private int plainRun(char[] chars, int from, int end) throws RefusedInputException {
        char stop = state == State.QUOTED ? QUOTE : separator;
        int i = from;
        while (i < end) {
            char c = chars[i];
            if (c == stop || c == '\n' || c == '\r') {
                break;
            }
            i++;
        }
        if (i > from) {
            fieldLength += i - from - 1;
            grow();
            previousWasCr = false;
        }
        return i;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skip is not supported: every character must be counted");
    }

    private void accept(char c) throws RefusedInputException {
        boolean lineBreak = c == '\n' || c == '\r';
        if (!inRecord && !lineBreak) {
            inRecord = true;
            recordStartLine = line;
        }
        switch (state) {
            case FIELD_START -> {
                fieldStartLine = line;
                if (c == QUOTE) {
                    state = State.QUOTED;
                } else {
                    separatorBreakOrText(c, lineBreak);
                }
            }
            case UNQUOTED -> separatorBreakOrText(c, lineBreak);
            case QUOTED -> {
                if (c == QUOTE) {
                    state = State.QUOTE_IN_QUOTED;
                } else {
                    grow();
                }
            }
            case QUOTE_IN_QUOTED -> {
                if (c == QUOTE) {
                    state = State.QUOTED;
                    grow();
                } else {
                    separatorBreakOrText(c, lineBreak);
                }
            }
        }
        if (c == '\r' || (c == '\n' && !previousWasCr)) {
            line++;
        }
        previousWasCr = c == '\r';
    }

    private void separatorBreakOrText(char c, boolean lineBreak) throws RefusedInputException {
        if (c == separator) {
            fieldsInRecord++;
            if (fieldsInRecord > limits.maxColumns()) {
                throw new RefusedInputException(displayName + ": line " + Texts.count(recordStartLine)
                        + " has more than " + Texts.count(limits.maxColumns()) + " fields");
            }
            startField();
        } else if (lineBreak) {
            fieldsInRecord = 1;
            inRecord = false;
            startField();
        } else {
            state = State.UNQUOTED;
            grow();
        }
    }

    private void startField() {
        state = State.FIELD_START;
        fieldLength = 0;
    }

    private void grow() throws RefusedInputException {
        if (++fieldLength > limits.maxFieldChars()) {
            throw new RefusedInputException(displayName + ": line " + Texts.count(fieldStartLine)
                    + " has a field longer than " + Texts.count(limits.maxFieldChars()) + " characters");
        }
    }
}
