package org.tonle.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ConfigurableApplicationContext;
import org.tonle.load.FileLoadLauncher;
import org.tonle.load.LoadLedger;
import org.tonle.load.NightlyRun;
import org.tonle.load.RunLock;
import org.tonle.ops.CrashRecovery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "restart", description = "Resume a FAILED or STOPPED load after its last committed chunk.")
final class RestartCommand implements TonleCommand {

    @Parameters(paramLabel = "EXECUTION_ID", description = "As ./tonle status shows it.")
    long executionId;

    @Override
    public int call(ConfigurableApplicationContext context, PrintStream out, PrintStream err) throws Exception {
        LoadLedger ledger = context.getBean(LoadLedger.class);
        if (ledger.findByExecution(executionId).isEmpty()) {
            err.println("tonle: no load has execution " + executionId + "; see ./tonle status");
            return ExitCodes.USAGE;
        }
        RunLock lock = context.getBean(RunLock.class);
        Optional<String> holder = lock.acquire();
        if (holder.isPresent()) {
            err.println("tonle: another run is in progress: " + holder.get() + "; not restarting while it runs");
            return ExitCodes.BUSY;
        }
        Optional<LoadLedger.Load> load;
        try {
            // an execution left running by a dead process becomes FAILED, and so restartable
            context.getBean(CrashRecovery.class).recoverInterrupted();
            load = ledger.findByExecution(executionId);
            if (!List.of("FAILED", "STOPPED").contains(load.get().state())) {
                err.println("tonle: execution " + executionId + " is " + load.get().state()
                        + "; only FAILED or STOPPED loads can be restarted");
                return ExitCodes.USAGE;
            }
            context.getBean(FileLoadLauncher.class).restart(executionId);
        } finally {
            lock.release();
        }
        var outcome = context.getBean(NightlyRun.class).outcome(load.get().loadId());
        OutcomeTable.print(List.of(outcome), out);
        return outcome.failed() ? ExitCodes.FAILED : outcome.needsAPerson() ? ExitCodes.ATTENTION : ExitCodes.OK;
    }
}
