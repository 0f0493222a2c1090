package org.tonle.cli;

import java.io.PrintStream;
import java.util.List;
import org.tonle.load.FileOutcome;

/** The per-file table of run and status. */
final class OutcomeTable {

    private OutcomeTable() {
    }

    static void print(List<FileOutcome> outcomes, PrintStream out) {
        out.printf("%-6s %-15s %-44s %-10s %8s %8s %6s  %s%n", "EXEC", "FEED", "FILE", "STATUS", "READ", "LOADED",
                "HELD", "CHECK");
        for (FileOutcome o : outcomes) {
            out.printf("%-6s %-15s %-44s %-10s %8s %8s %6s  %s%n", o.executionId() == null ? "-" : o.executionId(),
                    o.feed(), shorten(o.file(), 44), o.status(), n(o.read()), n(o.loaded()), n(o.heldBack()),
                    o.check() == null ? "" : o.check());
            if (o.detail() != null && !o.detail().isBlank()) {
                out.println("       " + o.detail());
            }
        }
    }

    private static String n(Integer value) {
        return value == null ? "-" : String.format("%,d", value);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : "…" + text.substring(text.length() - max + 1);
    }
}
