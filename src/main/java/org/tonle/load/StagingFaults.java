package org.tonle.load;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Test hooks for restart drills: with tonle.test.fail-at-row=N, the chunk holding source row N
 * fails once per process, as a lost database would; tonle.test.fail-publish fails every publish at
 * its last moment. Both off in normal operation.
 */
@Component
public class StagingFaults {

    private final int failAtRow;
    private final boolean failPublish;
    private boolean failed;

    public StagingFaults(@Value("${tonle.test.fail-at-row:0}") int failAtRow,
                         @Value("${tonle.test.fail-publish:false}") boolean failPublish) {
        this.failAtRow = failAtRow;
        this.failPublish = failPublish;
    }

    /** With tonle.test.fail-publish=true, publishing fails after all its updates, before the commit. */
    void beforePublishCommit() {
        if (failPublish) {
            throw new IllegalStateException("planned failure before the publish commit (tonle.test.fail-publish)");
        }
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
