package org.tonle.load;

import java.sql.SQLException;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.stereotype.Component;
import org.tonle.ops.GracefulShutdown;
import org.tonle.ops.LoadMetrics;
import org.tonle.ops.LostDatabaseRepair;
import org.tonle.read.UnreadableFileException;

/**
 * Keeps the ledger in step with the job: a file that cannot be read is REFUSED (nothing kept, an
 * operator must act on the file), any other failure leaves the load FAILED and restartable.
 */
@Component
public class LoadJobListener implements JobExecutionListener {

    private final LoadLedger ledger;
    private final GracefulShutdown shutdown;
    private final LoadMetrics metrics;
    private final LostDatabaseRepair repair;

    public LoadJobListener(LoadLedger ledger, GracefulShutdown shutdown, LoadMetrics metrics,
                           LostDatabaseRepair repair) {
        this.ledger = ledger;
        this.shutdown = shutdown;
        this.metrics = metrics;
        this.repair = repair;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        ledger.started(loadId(execution), execution.getId());
        shutdown.started(execution);
    }

    @Override
    public void afterJob(JobExecution execution) {
        try {
            record(execution);
        } finally {
            shutdown.finished(execution);
            metrics.record(execution);
        }
    }

    private void record(JobExecution execution) {
        long loadId = loadId(execution);
        BatchStatus status = execution.getStatus();
        if (status == BatchStatus.COMPLETED) {
            return;
        }
        Throwable failure = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
        UnreadableFileException refusal = find(failure, UnreadableFileException.class);
        if (refusal != null) {
            ledger.discardStaged(loadId);
            ledger.failed(loadId, "REFUSED", refusal.getMessage());
        } else if (status == BatchStatus.STOPPED) {
            ledger.failed(loadId, "STOPPED", "stopped" + where(execution) + "; resume with ./tonle restart "
                    + execution.getId());
        } else {
            if (describe(failure).equals(UNREACHABLE)) {
                repair.unknownToFailed(execution);
            }
            ledger.failed(loadId, "FAILED", describe(failure) + where(execution) + "; restart with ./tonle restart "
                    + execution.getId());
        }
    }

    /**
     * Where the load was when it ended: " at row 40,001 of big.csv" (the first row after the last
     * committed chunk, from the reader's position in the stage step's ExecutionContext), or the step.
     */
    public static String where(JobExecution execution) {
        String file = execution.getJobParameters().getString(FileJobConfiguration.NAME);
        StepExecution last = null;
        for (StepExecution step : execution.getStepExecutions()) {
            if (last == null || step.getId() > last.getId()) {
                last = step;
            }
        }
        if (last == null) {
            return file == null ? "" : " before reading " + file;
        }
        if (last.getStepName().equals(FileJobConfiguration.STAGE_STEP)) {
            int row = last.getExecutionContext().getInt(LAST_ROW, 0) + 1;
            return String.format(" at row %,d of %s", row, file);
        }
        return " in the " + last.getStepName() + " step of " + file;
    }

    /** One line an operator understands, naming the database when it is the cause. */
    static String describe(Throwable failure) {
        if (failure == null) {
            return "failed";
        }
        // a rollback on a connection the pool already closed hides what made the chunk fail
        TransactionSystemException rollback = find(failure, TransactionSystemException.class);
        if (rollback != null && rollback.getApplicationException() != null) {
            return describe(rollback.getApplicationException());
        }
        if (find(failure, CannotGetJdbcConnectionException.class) != null
                || find(failure, DataAccessResourceFailureException.class) != null
                || find(failure, java.net.ConnectException.class) != null
                || sqlState(find(failure, SQLException.class)).startsWith("08")) {
            return UNREACHABLE;
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    private static final String UNREACHABLE = "database unreachable";

    /** FileRowReader's position in the stage step's ExecutionContext. */
    private static final String LAST_ROW = "tonle.lastRow";

    private static String sqlState(SQLException e) {
        return e == null || e.getSQLState() == null ? "" : e.getSQLState();
    }

    static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    private static long loadId(JobExecution execution) {
        return execution.getJobParameters().getLong(FileJobConfiguration.LOAD_ID);
    }
}
