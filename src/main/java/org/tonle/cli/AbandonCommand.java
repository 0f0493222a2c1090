package org.tonle.cli;

import java.io.PrintStream;
import java.util.Optional;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tonle.load.LoadLedger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "abandon", description = "Give up a FAILED or STOPPED load for good: its staged rows are "
        + "discarded and the next run loads the file afresh.")
final class AbandonCommand implements TonleCommand {

    @Parameters(paramLabel = "EXECUTION_ID")
    long executionId;

    @Override
    public int call(ConfigurableApplicationContext context, PrintStream out, PrintStream err) throws Exception {
        LoadLedger ledger = context.getBean(LoadLedger.class);
        Optional<LoadLedger.Load> load = ledger.findByExecution(executionId);
        if (load.isEmpty()) {
            err.println(TonleCommand.noLoadHas(ledger, executionId));
            return ExitCodes.USAGE;
        }
        if (!java.util.List.of("FAILED", "STOPPED").contains(load.get().state())) {
            err.println("tonle: execution " + executionId + " is not a FAILED or STOPPED load; see ./tonle status");
            return ExitCodes.USAGE;
        }
        context.getBean(JobOperator.class).abandon(executionId);
        ledger.discardStaged(load.get().loadId());
        ledger.failed(load.get().loadId(), "ABANDONED", "abandoned by an operator; the next run loads the file afresh");
        context.getBean(JdbcTemplate.class).update("UPDATE source_file SET status = 'ABANDONED' WHERE file_id = ?",
                load.get().fileId());
        out.println("Execution " + executionId + " (" + load.get().feed() + "/" + load.get().sourceFile()
                + ") abandoned; its staged rows were discarded.");
        return ExitCodes.OK;
    }
}
