package org.tonle.load;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A test hook for restart drills: with tonle.test.fail-at-row=N, the chunk holding source row N
 * fails once per process, as a lost database would. Off (0) in normal operation.
 */
@Component
public class StagingFaults {

    private final int failAtRow;
    private boolean failed;

    public StagingFaults(@Value("${tonle.test.fail-at-row:0}") int failAtRow) {
        this.failAtRow = failAtRow;
    }

    void beforeWrite(Chunk<? extends StagedRow> chunk) {
        if (failAtRow <= 0 || failed) {
            return;
        }
        for (StagedRow row : chunk) {
            if (row.sourceRow() == failAtRow) {
                failed = true;
                throw new IllegalStateException("planned failure at row " + failAtRow + " (tonle.test.fail-at-row)");
            }
        }
    }
}
