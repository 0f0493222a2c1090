package org.tonle.cli;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.PrintStream;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.tonle.ops.GracefulShutdown;

/**
 * One scheduled run of serve: exactly ./tonle run (lock, crash recovery, restarts, new files,
 * reconciliation). A run that finds the lock busy is logged and skipped; the exit code it would have
 * had is kept as the tonle_run_last_exit_code gauge for alerting.
 */
final class ScheduledRun implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledRun.class);

    private final ConfigurableApplicationContext context;
    private final PrintStream out;
    private final PrintStream err;
    private final AtomicLong lastExitCode = new AtomicLong(-1);
    private final AtomicLong lastEnd = new AtomicLong(0);

    ScheduledRun(ConfigurableApplicationContext context, PrintStream out, PrintStream err) {
        this.context = context;
        this.out = out;
        this.err = err;
        MeterRegistry meters = context.getBeanProvider(MeterRegistry.class).getIfAvailable();
        if (meters != null) {
            Gauge.builder("tonle.run.last.exit.code", lastExitCode, AtomicLong::get)
                    .description("Exit code of the last scheduled run (-1: none yet; 0 ok, 1 failed, 2 needs a "
                            + "person, 3 skipped: another run was busy)").register(meters);
            Gauge.builder("tonle.run.last.end", lastEnd, AtomicLong::get).baseUnit("seconds")
                    .description("When the last scheduled run ended (epoch seconds)").register(meters);
        }
    }

    @Override
    public void run() {
        if (context.getBean(GracefulShutdown.class).requested()) {
            return;
        }
        LOG.info("scheduled run starting");
        out.println("tonle serve: scheduled run starting at " + Instant.now());
        int code;
        try {
            code = new RunCommand().call(context, out, err);
        } catch (Exception e) {
            code = TonleCli.failure(e, err);
        }
        out.flush();
        lastExitCode.set(code);
        lastEnd.set(Instant.now().getEpochSecond());
        if (code == ExitCodes.BUSY) {
            LOG.warn("scheduled run skipped: another run holds the run lock");
        } else {
            LOG.info("scheduled run ended with exit code {}", code);
        }
    }
}
