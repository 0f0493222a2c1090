package org.tonle.ops;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.tonle.load.FileJobConfiguration;
import org.tonle.load.LoadJobListener;
import org.tonle.load.LoadLedger;
import org.tonle.load.RunLock;

/**
 * A process killed in the middle of a file (kill -9, power loss, OOM) leaves its execution STARTED
 * for ever. Once this process holds the run lock, no live process can be running a load, so such an
 * execution is marked FAILED (JobOperator.recover) and its load FAILED; the run then resumes it after
 * its last committed chunk like any other failed load.
 */
@Component
public class CrashRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(CrashRecovery.class);

    private final JdbcTemplate jdbc;
    private final JobRepository repository;
    private final JobOperator operator;
    private final LoadLedger ledger;
    private final RunLock lock;
    private final GracefulShutdown shutdown;

    public CrashRecovery(JdbcTemplate jdbc, JobRepository repository, JobOperator operator, LoadLedger ledger,
                         RunLock lock, GracefulShutdown shutdown) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.operator = operator;
        this.ledger = ledger;
        this.lock = lock;
        this.shutdown = shutdown;
    }

    /** @return the execution ids recovered; nothing unless this process holds the run lock */
    public List<Long> recoverInterrupted() {
        if (!lock.heldHere()) {
            return List.of();
        }
        List<Long> ids = jdbc.queryForList("SELECT e.JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION e "
                + "JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = ? "
                + "AND e.STATUS IN ('STARTING', 'STARTED', 'STOPPING') ORDER BY e.JOB_EXECUTION_ID", Long.class,
                FileJobConfiguration.JOB);
        List<Long> recovered = ids.stream().filter(id -> !shutdown.isLiveHere(id)).filter(this::recover).toList();
        if (!recovered.isEmpty()) {
            LOG.warn("recovered execution(s) {} left running by a process that died", recovered);
        }
        return recovered;
    }

    private boolean recover(long executionId) {
        JobExecution execution = repository.getJobExecution(executionId);
        if (execution == null) {
            return false;
        }
        operator.recover(execution);
        Long loadId = execution.getJobParameters().getLong(FileJobConfiguration.LOAD_ID);
        if (loadId != null) {
            ledger.failed(loadId, "FAILED", "interrupted (process died)" + LoadJobListener.where(execution)
                    + "; resumed by the next run, or ./tonle restart " + executionId);
        }
        return true;
    }
}
