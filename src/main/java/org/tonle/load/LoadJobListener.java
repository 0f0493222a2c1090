package org.tonle.load;

import java.sql.SQLException;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.tonle.read.UnreadableFileException;

/**
 * Keeps the ledger in step with the job: a file that cannot be read is REFUSED (nothing kept, an
 * operator must act on the file), any other failure leaves the load FAILED and restartable.
 */
@Component
public class LoadJobListener implements JobExecutionListener {

    private final LoadLedger ledger;

    public LoadJobListener(LoadLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        ledger.started(loadId(execution), execution.getId());
    }

    @Override
    public void afterJob(JobExecution execution) {
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
            ledger.failed(loadId, "STOPPED", "stopped; resume with ./tonle restart " + execution.getId());
        } else {
            ledger.failed(loadId, "FAILED", describe(failure) + "; restart with ./tonle restart " + execution.getId());
        }
    }

    /** One line an operator understands, naming the database when it is the cause. */
    static String describe(Throwable failure) {
        if (failure == null) {
            return "failed";
        }
        if (find(failure, CannotGetJdbcConnectionException.class) != null
                || find(failure, DataAccessResourceFailureException.class) != null
                || find(failure, java.net.ConnectException.class) != null
                || sqlState(find(failure, SQLException.class)).startsWith("08")) {
            return "database unreachable";
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }

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
