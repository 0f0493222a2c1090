package org.tonle.cli;

import java.io.PrintStream;
import org.springframework.context.ConfigurableApplicationContext;
import org.tonle.reconcile.ReconciliationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "report", description = "Print the reconciliation report again.")
final class ReportCommand implements TonleCommand {

    @Option(names = "--month", paramLabel = "YYYY-MM", description = "Only this month.")
    String month;

    @Override
    public int call(ConfigurableApplicationContext context, PrintStream out, PrintStream err) {
        if (month != null && !month.matches("\\d{4}-(0[1-9]|1[0-2])")) {
            err.println("tonle: --month must be YYYY-MM, e.g. 2026-01");
            return ExitCodes.USAGE;
        }
        ReconciliationReport.Totals totals = context.getBean(ReconciliationReport.class).printCurrent(month, out);
        return totals.mismatches() > 0 || totals.heldBack() > 0 ? ExitCodes.ATTENTION : ExitCodes.OK;
    }
}
