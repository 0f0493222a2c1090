package org.tonle.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.springframework.context.ConfigurableApplicationContext;
import org.tonle.TonleSettings;
import org.tonle.load.FileOutcome;
import org.tonle.load.NightlyRun;
import org.tonle.reconcile.MonthlyReconciliation;
import org.tonle.reconcile.ReconciliationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "run", description = "Load every new file of the inbox, then reconcile and report.")
final class RunCommand implements TonleCommand {

    @Option(names = "--inbox", paramLabel = "DIR", description = "The inbox to read (default: tonle.inbox).")
    Path inbox;

    @Option(names = "--feed", paramLabel = "NAME", description = "Only this feed.")
    String feed;

    @Override
    public int call(ConfigurableApplicationContext context, PrintStream out, PrintStream err) throws Exception {
        TonleSettings settings = context.getBean(TonleSettings.class);
        Path dir = inbox != null ? inbox.toAbsolutePath() : settings.resolve(settings.inbox());
        if (!dir.toFile().isDirectory()) {
            err.println("tonle: the inbox " + dir + " is not a folder");
            return ExitCodes.USAGE;
        }
        if (feed != null) {
            context.getBean(org.tonle.feed.FeedCatalogue.class).get(feed);
        }
        return TonleCommand.underRunLock(context, err, "not starting a second one", () -> runLocked(context, dir, out));
    }

    private int runLocked(ConfigurableApplicationContext context, Path dir, PrintStream out) throws Exception {
        NightlyRun.Result result = context.getBean(NightlyRun.class).run(dir, feed);
        out.println("Inbox " + dir);
        if (result.outcomes().isEmpty()) {
            out.println("No new files" + (result.alreadySeen() > 0 ? " (" + result.alreadySeen()
                    + " already seen, nothing loaded again)" : "") + ".");
        } else {
            OutcomeTable.print(result.outcomes(), out);
            if (result.alreadySeen() > 0) {
                out.println(result.alreadySeen() + " file(s) already seen were not loaded again.");
            }
        }
        var lines = context.getBean(MonthlyReconciliation.class).snapshot();
        ReconciliationReport.Totals totals = context.getBean(ReconciliationReport.class).print(lines, out);
        boolean failed = result.outcomes().stream().anyMatch(FileOutcome::failed);
        boolean attention = totals.mismatches() > 0 || totals.heldBack() > 0
                || result.outcomes().stream().anyMatch(FileOutcome::needsAPerson);
        int code = failed ? ExitCodes.FAILED : attention ? ExitCodes.ATTENTION : ExitCodes.OK;
        out.println();
        out.println(switch (code) {
            case ExitCodes.FAILED -> "Result: a load failed; see ./tonle status and restart it (exit 1).";
            case ExitCodes.ATTENTION -> "Result: finished, but needs a person: " + totals.mismatches()
                    + " reconciliation mismatch(es), " + totals.heldBack() + " held-back row(s) (exit 2).";
            default -> "Result: every file loaded and every reconciliation matched (exit 0).";
        });
        return code;
    }
}
