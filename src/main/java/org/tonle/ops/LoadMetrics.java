package org.tonle.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.tonle.load.FileJobConfiguration;

/**
 * The step counts Spring Batch keeps per execution (read, written, filtered, skipped, commits,
 * rollbacks) as Prometheus counters per feed and step, beside Batch's own spring_batch_* timers.
 */
@Component
public class LoadMetrics {

    private final ObjectProvider<MeterRegistry> registry;

    public LoadMetrics(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry;
    }

    public void record(JobExecution execution) {
        MeterRegistry meters = registry.getIfAvailable(() -> Metrics.globalRegistry);
        String feed = String.valueOf(execution.getJobParameters().getString(FileJobConfiguration.FEED));
        Counter.builder("tonle.loads").description("Loads ended, by feed and final status")
                .tag("feed", feed).tag("status", execution.getStatus().name()).register(meters).increment();
        for (StepExecution step : execution.getStepExecutions()) {
            count(meters, "read", "Items read", feed, step, step.getReadCount());
            count(meters, "write", "Items written", feed, step, step.getWriteCount());
            count(meters, "filter", "Items filtered", feed, step, step.getFilterCount());
            count(meters, "skip", "Items skipped", feed, step, step.getSkipCount());
            count(meters, "commit", "Chunks committed", feed, step, step.getCommitCount());
            count(meters, "rollback", "Chunks rolled back", feed, step, step.getRollbackCount());
        }
    }

    private static void count(MeterRegistry meters, String kind, String description, String feed, StepExecution step,
                              long amount) {
        Counter.builder("tonle.step." + kind).description(description + " by the file job's steps")
                .tag("feed", feed).tag("step", step.getStepName()).register(meters).increment(amount);
    }
}
