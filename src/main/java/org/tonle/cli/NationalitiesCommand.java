package org.tonle.cli;

import java.io.PrintStream;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.tonle.load.Replay;
import picocli.CommandLine.Command;

@Command(name = "nationalities", description = "Nationality mapping tools.", subcommands = NationalitiesCommand.Unmapped.class)
final class NationalitiesCommand {

    @Command(name = "unmapped", description = "The nationality values of held-back rows that still cannot be mapped, "
            + "most frequent first: add them to config/reference/nationality-aliases.csv, then ./tonle replay.")
    static final class Unmapped implements TonleCommand {

        @Override
        public int call(ConfigurableApplicationContext context, PrintStream out, PrintStream err) {
            Map<String, Integer> values = context.getBean(Replay.class).unmappedNationalities();
            if (values.isEmpty()) {
                out.println("Every held-back nationality can now be mapped (or none is held back).");
                return ExitCodes.OK;
            }
            out.printf("%6s  %s%n", "ROWS", "NATIONALITY AS WRITTEN");
            values.forEach((value, n) -> out.printf("%6d  %s%n", n, value));
            return ExitCodes.ATTENTION;
        }
    }
}
