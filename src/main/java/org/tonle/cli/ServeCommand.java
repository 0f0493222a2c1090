package org.tonle.cli;

import java.io.PrintStream;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.scheduling.support.SimpleTriggerContext;
import org.tonle.TonleSettings;
import org.tonle.load.RunLock;
import org.tonle.ops.CrashRecovery;
import picocli.CommandLine.Command;

/**
 * The long-running form: the nightly run on a cron schedule (the same code as ./tonle run, with the
 * same run lock), health and Prometheus metrics over HTTP, and a graceful stop on SIGTERM. The
 * schedule lives only in this command: run, status and the others never start it.
 */
@Command(name = "serve", description = {"Run the nightly load on the schedule of tonle.schedule.cron (default "
        + "02:00 Asia/Phnom_Penh) until stopped, with health and metrics at http://127.0.0.1:8079/actuator/.",
        "POST /runs runs the inbox now, POST /loads/ID/restart restarts a load, in serve's JVM (header "
        + "X-Tonle-Token: the text of tonle.serve-token-file, default data/secrets/serve.token).",
        "SIGTERM stops a running load at the end of its chunk; it is left STOPPED and the next run resumes it."})
final class ServeCommand implements TonleCommand {

    static final String DEFAULT_CRON = "0 0 2 * * *";
    static final String DEFAULT_ZONE = "Asia/Phnom_Penh";

    @Override
    public boolean web() {
        return true;
    }

    @Override
    public int call(ConfigurableApplicationContext context, PrintStream out, PrintStream err) throws Exception {
        Environment env = context.getEnvironment();
        String cron = env.getProperty("tonle.schedule.cron", DEFAULT_CRON);
        String zoneName = env.getProperty("tonle.schedule.zone", DEFAULT_ZONE);
        CronTrigger trigger;
        try {
            trigger = new CronTrigger(cron, ZoneId.of(zoneName));
        } catch (RuntimeException e) {
            err.println("tonle: tonle.schedule.cron '" + cron + "' / tonle.schedule.zone '" + zoneName
                    + "' is not a schedule: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener((ApplicationListener<ContextClosedEvent>) event -> closed.countDown());
        recoverAtStart(context);

        ScheduledRun run = new ScheduledRun(context, out, err);
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("tonle-schedule-");
        scheduler.setPoolSize(1);
        // a SIGTERM must not interrupt the load's thread: GracefulShutdown stops it between chunks
        scheduler.setWaitForTasksToCompleteOnShutdown(true);
        scheduler.initialize();
        scheduler.schedule(run, trigger);

        ZonedDateTime next = trigger.nextExecution(new SimpleTriggerContext()).atZone(ZoneId.of(zoneName));
        out.println("tonle serve: scheduled '" + cron + "' (" + zoneName + "); next run " + next);
        out.println("tonle serve: health " + url(context, "health") + ", metrics " + url(context, "prometheus"));
        TonleSettings settings = context.getBean(TonleSettings.class);
        String base = base(context);
        out.println("tonle serve: POST " + base + "/runs and " + base
                + "/loads/{execution id}/restart with the " + OperatorApi.TOKEN + " header from "
                + settings.resolve(settings.serveTokenFile()));
        out.flush();
        closed.await();
        scheduler.shutdown();
        return ExitCodes.OK;
    }

    /** A load left STARTED by a process that died shows as FAILED from the start, not at 02:00. */
    private static void recoverAtStart(ConfigurableApplicationContext context) {
        RunLock lock = context.getBean(RunLock.class);
        if (lock.acquire().isEmpty()) {
            try {
                context.getBean(CrashRecovery.class).recoverInterrupted();
            } finally {
                lock.release();
            }
        }
    }

    private static String url(ConfigurableApplicationContext context, String endpoint) {
        String actuator = context.getEnvironment().getProperty("management.endpoints.web.base-path", "/actuator");
        return base(context) + actuator + "/" + endpoint;
    }

    /** Where serve listens: http://address:port, without a trailing slash. */
    private static String base(ConfigurableApplicationContext context) {
        String address = context.getEnvironment().getProperty("server.address", "127.0.0.1");
        int port = context instanceof WebServerApplicationContext web && web.getWebServer() != null
                ? web.getWebServer().getPort() : context.getEnvironment().getProperty("server.port", Integer.class, 8080);
        return "http://" + address + ":" + port;
    }
}
