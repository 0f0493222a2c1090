package org.tonle.ops;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.tonle.load.RunLock;

/**
 * SIGTERM (systemd stop, a Kubernetes pod ending, Ctrl-C) closes the application context; before
 * anything else closes, this asks every job running in this process to stop at the end of its
 * chunk (JobOperator.stop), then waits for the run to finish and release the run lock. The
 * executions end STOPPED, their ledger says STOPPED, and ./tonle restart or the next run resumes them.
 */
@Component
public class GracefulShutdown implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(GracefulShutdown.class);

    private final Map<Long, JobExecution> live = new ConcurrentHashMap<>();
    private final ObjectProvider<JobOperator> operator;
    private final RunLock lock;
    private final Duration timeout;
    private volatile boolean running;
    private volatile boolean requested;

    public GracefulShutdown(ObjectProvider<JobOperator> operator, RunLock lock,
                            @Value("${tonle.schedule.stop-timeout:120s}") Duration timeout) {
        this.operator = operator;
        this.lock = lock;
        this.timeout = timeout;
    }

    /** Called as a job starts in this process; a job starting during shutdown is stopped at once. */
    public void started(JobExecution execution) {
        live.put(execution.getId(), execution);
        if (requested) {
            stop(execution);
        }
    }

    public void finished(JobExecution execution) {
        live.remove(execution.getId());
    }

    /** True once the process has been asked to shut down: no new file, no new run is started. */
    public boolean requested() {
        return requested;
    }

    /** The executions running in this process now, which crash recovery must never touch. */
    public boolean isLiveHere(long executionId) {
        return live.containsKey(executionId);
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        requested = true;
        running = false;
        if (live.isEmpty() && !lock.heldHere()) {
            return;
        }
        LOG.warn("shutting down: stopping {} running load(s) at the end of their chunk", live.size());
        live.values().forEach(this::stop);
        Instant deadline = Instant.now().plus(timeout);
        while ((!live.isEmpty() || lock.heldHere()) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (!live.isEmpty()) {
            LOG.error("shutting down: load(s) {} did not stop within {}; the next run recovers them", live.keySet(),
                    timeout);
        } else {
            LOG.warn("shutting down: the run stopped cleanly");
        }
    }

    private void stop(JobExecution execution) {
        try {
            operator.getObject().stop(execution);
        } catch (Exception e) {
            LOG.warn("could not stop execution {}: {}", execution.getId(), e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before the web server and the connection pool. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
