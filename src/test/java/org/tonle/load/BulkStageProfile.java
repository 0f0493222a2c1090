package org.tonle.load;

import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.tonle.feed.FeedCatalogue;
import org.tonle.normalise.DateReader;
import org.tonle.normalise.NationalityResolver;
import org.tonle.normalise.PassportHasher;
import org.tonle.read.ReadLimits;

/**
 * Not a test: a harness for profiling the staging step's CPU side without a database (bench/).
 * {@code java -cp ... org.tonle.load.BulkStageProfile FEED FILE [rounds]} prints µs per row for
 * reading alone and for reading + normalising, round after round (the first rounds warm the JIT).
 */
public final class BulkStageProfile {

    private BulkStageProfile() {
    }

    public static void main(String[] args) throws Exception {
        String feedName = args[0];
        Path file = Path.of(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        FeedCatalogue feeds = FeedCatalogue.load(Path.of("jobs"));
        NationalityResolver nationalities = NationalityResolver.fromDirectory(Path.of("config/reference"));
        DateReader dates = new DateReader();
        PassportHasher passports = new PassportHasher(new byte[32]);
        ReadLimits limits = new ReadLimits(536870912L, 4194304, 500);
        for (int round = 0; round < rounds; round++) {
            for (boolean normalise : new boolean[] {false, true}) {
                LoadContext load = new LoadContext(1, feeds.get(feedName), file, file.getFileName().toString());
                FileRowReader reader = new FileRowReader(load, limits, dates, new LoadLedger(null) {
                    @Override
                    public void recordDeclaredPeriod(long loadId, LocalDate from, LocalDate to) {
                    }
                });
                RowNormaliser normaliser = new RowNormaliser(load, nationalities, dates, passports,
                        LocalDate.of(2026, 6, 1), false);
                var threads = java.lang.management.ManagementFactory.getThreadMXBean();
                long cpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                reader.open(new ExecutionContext());
                long rows = 0;
                long clean = 0;
                for (SourceRecord r; (r = reader.read()) != null; rows++) {
                    if (normalise && normaliser.process(r).kind() == StagedRow.Kind.CLEAN) {
                        clean++;
                    }
                }
                reader.close();
                double us = (System.nanoTime() - start) / 1000.0 / rows;
                double cpuUs = (threads.getCurrentThreadCpuTime() - cpu) / 1000.0 / rows;
                System.out.printf("round %d %-18s %,d rows (%,d clean): %.2f µs/row, CPU %.2f µs/row%n", round,
                        normalise ? "read + normalise" : "read", rows, clean, us, cpuUs);
            }
        }
    }
}
