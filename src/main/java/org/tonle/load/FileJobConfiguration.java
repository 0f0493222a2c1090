package org.tonle.load;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.tonle.TonleSettings;
import org.tonle.feed.FeedCatalogue;
import org.tonle.normalise.DateReader;
import org.tonle.normalise.NationalityResolver;
import org.tonle.normalise.PassportHasher;
import org.tonle.reconcile.FileChecks;

/**
 * The job that loads one file: stage (read → normalise → write, in chunks) → check → publish.
 * Everything it needs comes from its job parameters, so any process sharing the job repository can
 * run or restart it.
 */
@Configuration
public class FileJobConfiguration {

    public static final String JOB = "loadFile";
    public static final String STAGE_STEP = "stage";
    public static final String LOAD_ID = "loadId";
    public static final String FEED = "feed";
    public static final String PATH = "path";
    public static final String NAME = "sourceFile";

    @Bean
    public Job loadFileJob(JobRepository repository, Step stage, Step check, Step publish, LoadJobListener listener) {
        return new JobBuilder(JOB, repository).listener(listener).start(stage).next(check).next(publish).build();
    }

    /**
     * The stage step, built once per job execution (job scope) from the job's parameters. Its
     * reader (which also normalises, on its own thread: {@link ReadAheadReader}) and writer are plain
     * objects, not step-scoped proxies: they are called once a row, and a proxy's scope look-up on
     * every call cost a tenth of the load's CPU.
     */
    @Bean
    @JobScope
    public Step stage(JobRepository repository, PlatformTransactionManager tx, FeedCatalogue feeds,
                      TonleSettings settings, DateReader dates, LoadLedger ledger, NationalityResolver nationalities,
                      PassportHasher passports, Clock clock, JdbcTemplate jdbc, StagingFaults faults,
                      @Value("#{jobParameters['loadId']}") Long loadId,
                      @Value("#{jobParameters['feed']}") String feed,
                      @Value("#{jobParameters['path']}") String path,
                      @Value("#{jobParameters['sourceFile']}") String name) {
        LoadContext load = new LoadContext(loadId, feeds.get(feed), Path.of(path), feed + "/" + name);
        StagingWriter writer = new StagingWriter(jdbc, load, settings.chunkSize(), true);
        ReadAheadReader reader = new ReadAheadReader(new FileRowReader(load, settings.readLimits(), dates, ledger),
                new RowNormaliser(load, nationalities, dates, passports, LocalDate.now(clock), settings.keepNames()),
                writer, load.displayName());
        return new UntimedChunkStepBuilder<StagedRow, StagedRow>(new StepBuilder(STAGE_STEP, repository))
                .transactionManager(tx)
                .chunk(settings.chunkSize())
                .reader(reader)
                .writer(chunk -> {
                    faults.beforeWrite(chunk);
                    writer.write(chunk);
                })
                .stream(writer.tally())   // kept in the step's ExecutionContext, in each chunk's transaction
                .build();
    }

    @Bean
    public Step check(JobRepository repository, PlatformTransactionManager tx, JdbcTemplate jdbc, FeedCatalogue feeds,
                      LoadLedger ledger, FileChecks checks, StagingFaults faults) {
        return new StepBuilder("check", repository)
                .tasklet(new StagingCheck(jdbc, feeds, ledger, checks, repository, faults), tx).build();
    }

    @Bean
    public Step publish(JobRepository repository, PlatformTransactionManager tx, Publisher publisher,
                        StagingFaults faults) {
        return new StepBuilder("publish", repository).tasklet((contribution, chunkContext) -> {
            publisher.publish(chunkContext.getStepContext().getStepExecution().getJobExecution().getJobParameters()
                    .getLong(LOAD_ID));
            faults.beforePublishCommit();
            return org.springframework.batch.infrastructure.repeat.RepeatStatus.FINISHED;
        }, tx).build();
    }
}
