package org.tonle.ops;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * When the database drops the connection in the middle of a chunk, the rollback fails too and
 * Spring Batch marks the step and the job UNKNOWN, which it refuses to restart. Here that caution is
 * not needed: the staged rows and the reader's position (the step's ExecutionContext) are written in
 * the chunk's one transaction, so the database kept both or neither; a transaction whose connection
 * died is rolled back by the server. Such an execution is made FAILED, and restartable.
 */
@Component
public class LostDatabaseRepair {

    private static final Logger LOG = LoggerFactory.getLogger(LostDatabaseRepair.class);

    private final ObjectProvider<JobRepository> repository;

    public LostDatabaseRepair(ObjectProvider<JobRepository> repository) {
        this.repository = repository;
    }

    /** Called from afterJob: the job's own final update then stores the job execution as FAILED. */
    public void unknownToFailed(JobExecution execution) {
        if (execution.getStatus() != BatchStatus.UNKNOWN) {
            return;
        }
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus() == BatchStatus.UNKNOWN) {
                step.setStatus(BatchStatus.FAILED);
                repository.getObject().update(step);
            }
        }
        execution.setStatus(BatchStatus.FAILED);
        LOG.warn("execution {}: the database went away mid-chunk; marked FAILED (restartable) instead of UNKNOWN",
                execution.getId());
    }
}
