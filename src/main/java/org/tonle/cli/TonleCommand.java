package org.tonle.cli;

import java.io.PrintStream;
import org.springframework.context.ConfigurableApplicationContext;

/** A sub-command: parsed before Spring starts (so a bad command line costs nothing), run after. */
interface TonleCommand {

    int call(ConfigurableApplicationContext context, PrintStream out, PrintStream err) throws Exception;

    /**
     * Runs work while holding the run lock (one run at a time across every process sharing the
     * database); when another live process holds it, says who and returns {@link ExitCodes#BUSY}.
     */
    static int underRunLock(ConfigurableApplicationContext context, PrintStream err, String whenBusy,
                            java.util.concurrent.Callable<Integer> work) throws Exception {
        org.tonle.load.RunLock lock = context.getBean(org.tonle.load.RunLock.class);
        java.util.Optional<String> holder = lock.acquire();
        if (holder.isPresent()) {
            err.println("tonle: another run is in progress: " + holder.get() + "; " + whenBusy);
            return ExitCodes.BUSY;
        }
        try {
            if (context.getBean(org.tonle.ops.GracefulShutdown.class).requested()) {
                // the lock was taken just after a shutdown looked for running work: start nothing
                err.println("tonle: shutting down; nothing was started");
                return ExitCodes.BUSY;
            }
            return work.call();
        } finally {
            lock.release();
        }
    }

    /**
     * Why no load has this execution id: an earlier attempt of a load a restart has since taken further
     * (with the id to use now), or no load at all.
     */
    static String noLoadHas(org.tonle.load.LoadLedger ledger, long executionId) {
        return ledger.findByEarlierExecution(executionId)
                .map(load -> "tonle: execution " + executionId + " was an earlier attempt of " + load.feed() + "/"
                        + load.sourceFile() + ", now execution " + load.jobExecutionId() + " (" + load.state()
                        + "); see ./tonle status")
                .orElse("tonle: no load has execution " + executionId + "; see ./tonle status");
    }

    /** Only serve needs the web server (health and metrics). */
    default boolean web() {
        return false;
    }
}
