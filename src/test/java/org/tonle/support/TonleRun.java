package org.tonle.support;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tonle.cli.TonleCli;

/** Runs the real command line in-process, as ./tonle would, against a test database. */
public final class TonleRun {

    /** The repository root: jobs/, config/ and sample-input/ are read from here. */
    public static final Path HOME = Path.of("").toAbsolutePath();

    public record Result(int exitCode, String out, String err) {
    }

    private TonleRun() {
    }

    public static Result run(TestDatabase db, Path scratch, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(db.springArgs()));
        all.add("--tonle.home=" + HOME);
        all.add("--tonle.passport-key-file=" + scratch.resolve("passport.key").toAbsolutePath());
        all.add("--logging.file.name=" + scratch.resolve("tonle.log").toAbsolutePath());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = TonleCli.execute(all.toArray(String[]::new), o, e);
        }
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
