package org.tonle.reconcile;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The readable report printed after a run and by ./tonle report: per month and measure, MATCH or
 * MISMATCH with the figures that disagree; then the files with held-back rows and the top reasons.
 */
@Component
public class ReconciliationReport {

    private final JdbcTemplate jdbc;
    private final MonthlyReconciliation monthly;

    public ReconciliationReport(JdbcTemplate jdbc, MonthlyReconciliation monthly) {
        this.jdbc = jdbc;
        this.monthly = monthly;
    }

    public record Totals(long mismatches, long heldBack) {
    }

    public Totals print(List<MonthlyReconciliation.Line> lines, PrintStream out) {
        out.println();
        out.println("Reconciliation: published statistics (interior-stats) against the detailed feeds");
        if (lines.isEmpty()) {
            out.println("  no month has published statistics yet");
        }
        Map<String, List<MonthlyReconciliation.Line>> groups = new LinkedHashMap<>();
        for (MonthlyReconciliation.Line l : lines) {
            groups.computeIfAbsent(l.period() + " " + l.measure(), k -> new java.util.ArrayList<>()).add(l);
        }
        long mismatches = 0;
        for (Map.Entry<String, List<MonthlyReconciliation.Line>> g : groups.entrySet()) {
            List<MonthlyReconciliation.Line> bad = g.getValue().stream().filter(l -> l.status().equals("MISMATCH")).toList();
            long published = g.getValue().stream().mapToLong(MonthlyReconciliation.Line::published).sum();
            long detailed = g.getValue().stream().mapToLong(MonthlyReconciliation.Line::detailed).sum();
            String feed = g.getKey().endsWith("arrested") ? "police" : "immigration";
            out.printf("  %-20s %-8s published %,d, %s %,d, %d nationalities%n", g.getKey(),
                    bad.isEmpty() ? "MATCH" : "MISMATCH", published, feed, detailed, g.getValue().size());
            for (MonthlyReconciliation.Line l : bad) {
                out.printf("      %s: published %,d, detailed %,d, difference %+,d%n", l.nationality(), l.published(),
                        l.detailed(), l.difference());
            }
            mismatches += bad.size();
        }
        return new Totals(mismatches, printHeldBack(out));
    }

    private long printHeldBack(PrintStream out) {
        List<Map<String, Object>> files = jdbc.queryForList("SELECT feed, source_file, COUNT(*) AS n FROM rpt_held_back "
                + "GROUP BY feed, source_file ORDER BY feed, source_file");
        long total = files.stream().mapToLong(f -> ((Number) f.get("n")).longValue()).sum();
        out.println();
        out.println(total == 0 ? "Held back: none" : "Held back: " + total + " row" + (total == 1 ? "" : "s")
                + " in " + files.size() + " file" + (files.size() == 1 ? "" : "s")
                + " (see rpt_held_back; fix the mapping and ./tonle replay)");
        for (Map<String, Object> f : files) {
            out.printf("  %s/%s: %d%n", f.get("feed"), f.get("source_file"), ((Number) f.get("n")).longValue());
            jdbc.query("SELECT source_row, reason FROM rpt_held_back WHERE feed = ? AND source_file = ? "
                    + "ORDER BY source_row", rs -> {
                        if (rs.getRow() <= 5) {
                            out.println("      " + rs.getString(2));
                        }
                    }, f.get("feed"), f.get("source_file"));
        }
        return total;
    }

    public Totals printCurrent(String month, PrintStream out) {
        return print(monthly.current(month), out);
    }
}
