package org.tonle.load;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tonle.feed.FeedCatalogue;
import org.tonle.feed.FeedDefinition;
import org.tonle.reconcile.FileChecks;

/**
 * After staging: every row read is either loaded or held back, or the load fails instead of
 * publishing; then the sender's control totals are compared with what was staged ({@link StagedTally}).
 */
public class StagingCheck implements Tasklet {

    private final JdbcTemplate jdbc;
    private final FeedCatalogue feeds;
    private final LoadLedger ledger;
    private final FileChecks checks;

    private final JobRepository repository;
    private final StagingFaults faults;

    public StagingCheck(JdbcTemplate jdbc, FeedCatalogue feeds, LoadLedger ledger, FileChecks checks,
                        JobRepository repository, StagingFaults faults) {
        this.repository = repository;
        this.faults = faults;
        this.jdbc = jdbc;
        this.feeds = feeds;
        this.ledger = ledger;
        this.checks = checks;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution self = chunkContext.getStepContext().getStepExecution();
        long loadId = self.getJobExecution().getJobParameters().getLong(FileJobConfiguration.LOAD_ID);
        FeedDefinition feed = feeds.get(self.getJobExecution().getJobParameters().getString(FileJobConfiguration.FEED));
        // from the repository: a restart after this step failed does not run the completed stage step again,
        // so the stage step is not among this execution's steps
        ExecutionContext staged = repository.getLastStepExecution(self.getJobExecution().getJobInstance(),
                FileJobConfiguration.STAGE_STEP).getExecutionContext();
        faults.beforeCheck();
        long read = staged.getLong(FileRowReader.DATA_ROWS, 0);
        long blank = staged.getLong(FileRowReader.BLANK_ROWS, 0);
        // what the stage step tallied as it wrote, committed with its rows; else the load's rows, read again
        FileChecks.Loaded inTable = StagedTally.loaded(staged, feed)
                .map(tally -> checks.tallied(loadId, tally.rows(), tally.byMeasure()))
                .orElseGet(() -> checks.loadedAfterStaging(loadId, feed));
        long loaded = inTable.rows();
        long held = count("SELECT COUNT(*) FROM held_row WHERE load_id = ?", loadId);
        ledger.counted(loadId, read, loaded, held, blank);
        if (read != loaded + held) {
            throw new IllegalStateException("rows do not add up: " + read + " read, but " + loaded + " loaded + "
                    + held + " held back; the load is not published");
        }
        FileChecks.Outcome outcome = checks.check(loadId, feed, inTable);
        ledger.checked(loadId, outcome.status(), outcome.detail());
        return RepeatStatus.FINISHED;
    }

    private long count(String sql, long loadId) {
        Long n = jdbc.queryForObject(sql, Long.class, loadId);
        return n == null ? 0 : n;
    }
}
