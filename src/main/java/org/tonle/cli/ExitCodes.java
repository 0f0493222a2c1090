package org.tonle.cli;

/** What the exit code of a command tells the scheduler or the operator. */
public final class ExitCodes {
    /** Every file loaded, every reconciliation matched. */
    public static final int OK = 0;
    /** A job failed; it can be restarted. */
    public static final int FAILED = 1;
    /** Finished, but something needs a person: held-back rows, a refused file, a mismatch. */
    public static final int ATTENTION = 2;
    /** Another run holds the lock. */
    public static final int BUSY = 3;
    /** Bad command line or configuration. */
    public static final int USAGE = 64;

    private ExitCodes() {
    }
}
