package org.tonle.cli;

import java.io.PrintStream;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.tonle.load.FileLoadLauncher;
import org.tonle.load.LoadLedger;
import org.tonle.load.NightlyRun;
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
        var found = ledger.findByExecution(executionId);
        if (found.isEmpty()) {
            err.println(TonleCommand.noLoadHas(ledger, executionId));
            return ExitCodes.USAGE;
        }
        long loadId = found.get().loadId(); // a restart gives the load a new execution id
        int restarted = TonleCommand.underRunLock(context, err, "not restarting while it runs", () -> {
            // an execution left running by a dead process becomes FAILED, and so restartable
            context.getBean(CrashRecovery.class).recoverInterrupted();
            LoadLedger.Load load = ledger.find(loadId).orElseThrow();
            if (!List.of("FAILED", "STOPPED").contains(load.state())) {
                err.println("tonle: execution " + executionId + " is " + load.state()
                        + "; only FAILED or STOPPED loads can be restarted");
                return ExitCodes.USAGE;
            }
            context.getBean(FileLoadLauncher.class).restart(executionId);
            return ExitCodes.OK;
        });
        if (restarted != ExitCodes.OK) {
            return restarted;
        }
        var outcome = context.getBean(NightlyRun.class).outcome(loadId);
        OutcomeTable.print(List.of(outcome), out);
        return outcome.failed() ? ExitCodes.FAILED : outcome.needsAPerson() ? ExitCodes.ATTENTION : ExitCodes.OK;
    }
}
