package org.tonle.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.aot.AotDetector;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.tonle.TonleApplication;
import org.tonle.feed.FeedDefinitionException;
import org.tonle.ops.MonitoringFilter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Parses the operator's command line, starts the application and maps outcomes to exit codes. */
public final class TonleCli {

    @Command(name = "tonle", mixinStandardHelpOptions = true, version = "tonle 0.1",
            description = "Loads the ministries' files into the reporting warehouse.",
            subcommands = {RunCommand.class, StatusCommand.class, ReportCommand.class, RestartCommand.class,
                    ReplayCommand.class, NationalitiesCommand.class,
                    AbandonCommand.class, ServeCommand.class},
            footer = {"", "Spring Boot settings may follow as --spring.datasource.url=... or --tonle.inbox=...",
                    "Exit codes: 0 ok, 1 a job failed, 2 needs a person, 3 another run is busy, 64 usage."})
    static final class Root {
    }

    private TonleCli() {
    }

    public static int execute(String[] args, PrintStream out, PrintStream err) {
        List<String> settings = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (String arg : args) {
            (arg.startsWith("--spring.") || arg.startsWith("--tonle.") || arg.startsWith("--management.")
                    || arg.startsWith("--server.") || arg.startsWith("--logging.") ? settings : words).add(arg);
        }
        CommandLine cli = new CommandLine(new Root());
        CommandLine.ParseResult parsed;
        try {
            parsed = cli.parseArgs(words.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            err.println("tonle: " + e.getMessage());
            e.getCommandLine().usage(err);
            return ExitCodes.USAGE;
        }
        if (CommandLine.printHelpIfRequested(parsed)) {
            return ExitCodes.OK;
        }
        CommandLine.ParseResult leaf = parsed;
        while (leaf.hasSubcommand()) {
            leaf = leaf.subcommand();
        }
        if (!(leaf.commandSpec().userObject() instanceof TonleCommand command)) {
            cli.usage(err);
            return ExitCodes.USAGE;
        }
        return start(command, settings, out, err);
    }

    private static int start(TonleCommand command, List<String> settings, PrintStream out, PrintStream err) {
        if (!command.web()) {
            // Boot warms Jackson, HTTP message converters and validation on a thread of its own for a web
            // application; the other commands use none of them, and on two cores that thread takes CPU from
            // the start-up itself (a 20,000-row load: start-up -0.15 s, faster in 10 of 16 interleaved runs)
            System.setProperty("spring.backgroundpreinitializer.ignore", "true");
        }
        aheadOfTime(command.web());
        SpringApplication app = application(command.web());
        try (ConfigurableApplicationContext context = app.run(settings.toArray(String[]::new))) {
            if (AotDetector.useGeneratedArtifacts()) {
                org.slf4j.LoggerFactory.getLogger(TonleCli.class)
                        .info("started from the bean definitions made ahead of time by the build");
            }
            return command.call(context, out, err);
        } catch (SpringApplication.AbandonedRunException e) {
            throw e;   // the build's ahead-of-time processing stops the application here, on purpose
        } catch (Exception e) {
            return failure(e, err);
        }
    }

    /**
     * With -Dtonle.aot=true (the launcher's default), a command other than serve starts from the bean
     * definitions the build wrote as code (Spring AOT, the pom's process-aot): no scanning of classes and
     * no evaluation of conditions at start-up. They were made for a command without a web server, so serve
     * never uses them, whatever spring.aot.enabled says.
     */
    static void aheadOfTime(boolean web) {
        if (web) {
            System.clearProperty("spring.aot.enabled");
        } else if (Boolean.getBoolean("tonle.aot")) {
            System.setProperty("spring.aot.enabled", "true");
        }
    }

    /**
     * The application as a command starts it: with a web server, health and metrics only for serve
     * ({@link MonitoringFilter}; decided here, above any setting an operator could write).
     */
    static SpringApplication application(boolean web) {
        SpringApplication app = new SpringApplication(TonleApplication.class);
        app.setBannerMode(Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        app.setWebApplicationType(web ? WebApplicationType.SERVLET : WebApplicationType.NONE);
        app.addInitializers(context -> context.getEnvironment().getPropertySources().addFirst(
                new MapPropertySource("tonle-command", Map.of(MonitoringFilter.PROPERTY, web))));
        return app;
    }

    static int failure(Throwable e, PrintStream err) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof FeedDefinitionException || c instanceof IllegalArgumentException
                    && c.getMessage() != null && c.getMessage().contains("config/reference")) {
                err.println("tonle: configuration error: " + c.getMessage());
                return ExitCodes.USAGE;
            }
            if (c instanceof java.sql.SQLException sql && (sql.getSQLState() == null || sql.getSQLState().startsWith("08"))) {
                err.println("tonle: cannot reach the database: " + oneLine(sql.getMessage()));
                return ExitCodes.FAILED;
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        err.println("tonle: " + oneLine(root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage())
                + " (details in the log)");
        org.slf4j.LoggerFactory.getLogger(TonleCli.class).error("command failed", e);
        return ExitCodes.FAILED;
    }

    static String oneLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}
