package org.tonle.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tonle.support.TestDatabase;
import org.tonle.support.TonleRun;
import org.tonle.support.Views;

/**
 * The packaged jar as the operator and the schedule start it, through ./tonle (run by Maven once the jar
 * is made: mvn verify's integration-test phase). The launcher starts every command but serve from the
 * bean definitions the build made ahead of time (Spring AOT): the sample inbox then loads into a fresh
 * MariaDB database exactly as in the in-process tests, every rpt_ view compared; TONLE_AOT=0 starts
 * without them; and serve, which never uses them, still serves its health endpoint.
 */
class LauncherJarTest {

    private static final String AOT = "started from the bean definitions made ahead of time by the build";
    private static final Pattern HEALTH = Pattern.compile("health (http://127\\.0\\.0\\.1:\\d+/actuator/health)");

    @TempDir
    Path scratch;

    private record Launched(int exitCode, String out, String log) {
    }

    @Test
    void theLauncherLoadsTheSampleInboxFromTheAheadOfTimeBeanDefinitions() throws Exception {
        try (TestDatabase db = TestDatabase.mariadb()) {
            Launched run = launch(db, "run", Map.of(), "run");
            assertThat(run.exitCode()).as(run.out()).isEqualTo(2);
            assertThat(run.out()).contains("2026-01 deported     MISMATCH published 258, immigration 257")
                    .contains("Result: finished, but needs a person: 1 reconciliation mismatch(es), 3 held-back row(s)");
            assertThat(run.log()).contains(AOT);
            try (Connection c = db.connect()) {
                assertThat(Views.dumpAll(c)).isEqualTo(Files.readString(SampleInboxLoadTest.EXPECTED,
                        StandardCharsets.UTF_8));
            }

            Launched status = launch(db, "status", Map.of(), "status");
            assertThat(status.exitCode()).as(status.out()).isZero();
            assertThat(status.out()).contains("arrests feb 2026.csv").contains("LOADED");
            assertThat(status.log()).contains(AOT);

            Launched plain = launch(db, "plain", Map.of("TONLE_AOT", "0"), "status");
            assertThat(plain.exitCode()).as(plain.out()).isZero();
            assertThat(plain.out()).isEqualTo(status.out());
            assertThat(plain.log()).doesNotContain(AOT);
        }
    }

    @Test
    void serveStartsWithItsWebServerThroughTheLauncher() throws Exception {
        try (TestDatabase db = TestDatabase.mariadb()) {
            Process serve = start(db, "serve", Map.of(), "serve", "--server.port=0",
                    "--tonle.serve-token-file=" + scratch.resolve("serve.token"));
            try {
                Instant deadline = Instant.now().plusSeconds(120);
                Matcher m = HEALTH.matcher("");
                while (!m.find()) {
                    assertThat(serve.isAlive()).as("serve ended early: " + output("serve")).isTrue();
                    assertThat(Instant.now()).as("serve to start").isBefore(deadline);
                    Thread.sleep(200);
                    m = HEALTH.matcher(output("serve"));
                }
                HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(m.group(1))).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(health.statusCode()).isEqualTo(200);
                assertThat(health.body()).contains("\"status\":\"UP\"");
                assertThat(Files.readString(scratch.resolve("serve.log"))).doesNotContain(AOT);
                serve.destroy();   // SIGTERM
                assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();
            } finally {
                serve.destroyForcibly();
            }
        }
    }

    /** ./tonle ARGS against the database, to its end; its output and its log. */
    private Launched launch(TestDatabase db, String name, Map<String, String> env, String... args) throws Exception {
        Process p = start(db, name, env, args);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("./tonle " + String.join(" ", args) + " ended").isTrue();
        return new Launched(p.exitValue(), output(name), Files.readString(scratch.resolve(name + ".log")));
    }

    private Process start(TestDatabase db, String name, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", TonleRun.HOME.resolve("tonle").toString()));
        command.addAll(List.of(args));
        command.addAll(List.of(db.springArgs()));
        command.add("--tonle.passport-key-file=" + scratch.resolve("passport.key").toAbsolutePath());
        command.add("--logging.file.name=" + scratch.resolve(name + ".log").toAbsolutePath());
        ProcessBuilder builder = new ProcessBuilder(command).directory(TonleRun.HOME.toFile())
                .redirectOutput(scratch.resolve(name + ".out").toFile())
                .redirectErrorStream(true);
        builder.environment().put("TONLE_CDS", "0");   // the class-data archive is the launcher's own matter
        builder.environment().putAll(env);
        return builder.start();
    }

    private String output(String name) throws Exception {
        return Files.readString(scratch.resolve(name + ".out"), StandardCharsets.UTF_8);
    }
}
