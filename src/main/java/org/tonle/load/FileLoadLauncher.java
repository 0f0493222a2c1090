package org.tonle.load;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;
import org.tonle.intake.InboxFile;

/** Starts and restarts the per-file job. One job instance per load; the load id identifies it. */
@Component
public class FileLoadLauncher {

    private final JobOperator operator;
    private final Job loadFileJob;

    public FileLoadLauncher(JobOperator operator, Job loadFileJob) {
        this.operator = operator;
        this.loadFileJob = loadFileJob;
    }

    public JobExecution start(long loadId, String feed, InboxFile file) throws Exception {
        JobParameters parameters = new JobParametersBuilder()
                .addLong(FileJobConfiguration.LOAD_ID, loadId)
                .addString(FileJobConfiguration.FEED, feed, false)
                .addString(FileJobConfiguration.PATH, file.path().toAbsolutePath().toString(), false)
                .addString(FileJobConfiguration.NAME, file.name(), false)
                .toJobParameters();
        return operator.start(loadFileJob, parameters);
    }

    public long restart(long executionId) throws Exception {
        return operator.restart(executionId);
    }
}
