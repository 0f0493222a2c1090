package org.tonle.load;

/** What became of one file in a run, as printed per file and used for the exit code. */
public record FileOutcome(String feed, String file, String status, Long executionId, Integer read, Integer loaded,
                          Integer heldBack, String check, String detail) {

    public boolean failed() {
        return status.equals("FAILED") || status.equals("STOPPED") || status.equals("STAGING");
    }

    public boolean needsAPerson() {
        return status.equals("REFUSED") || (heldBack != null && heldBack > 0) || "MISMATCH".equals(check);
    }
}
