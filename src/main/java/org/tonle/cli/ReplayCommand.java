package org.tonle.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ConfigurableApplicationContext;
import org.tonle.feed.FeedCatalogue;
import org.tonle.load.Replay;
import org.tonle.load.RunLock;
import org.tonle.reconcile.MonthlyReconciliation;
import org.tonle.reconcile.ReconciliationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "replay", description = "Run the held-back rows through normalisation again (after adding an alias); "
        + "load those that now pass, leave the rest held back.")
final class ReplayCommand implements TonleCommand {

    @Option(names = "--feed", paramLabel = "NAME", description = "Only this feed.")
    String feed;

    @Override
    public int call(ConfigurableApplicationContext context, PrintStream out, PrintStream err) {
        if (feed != null) {
            context.getBean(FeedCatalogue.class).get(feed);
        }
        RunLock lock = context.getBean(RunLock.class);
        Optional<String> holder = lock.acquire();
        if (holder.isPresent()) {
            err.println("tonle: another run is in progress: " + holder.get());
            return ExitCodes.BUSY;
        }
        try {
            List<Replay.Outcome> outcomes = context.getBean(Replay.class).replay(feed);
            if (outcomes.isEmpty()) {
                out.println("No held-back rows to replay.");
            }
            for (Replay.Outcome o : outcomes) {
                out.printf("%-15s %-44s %d held back, %d now loaded, %d still held back%n", o.feed(), o.file(),
                        o.tried(), o.loaded(), o.tried() - o.loaded());
            }
            var lines = context.getBean(MonthlyReconciliation.class).snapshot();
            ReconciliationReport.Totals totals = context.getBean(ReconciliationReport.class).print(lines, out);
            return totals.mismatches() > 0 || totals.heldBack() > 0 ? ExitCodes.ATTENTION : ExitCodes.OK;
        } finally {
            lock.release();
        }
    }
}
