package org.tonle.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tonle.support.TestDatabase;

/**
 * ./tonle serve's operator endpoints, in a JVM of its own: a run of the inbox asked for over HTTP fails
 * at row N as ./tonle run would, and a restart asked for over HTTP resumes it in serve's JVM and leaves
 * the warehouse exactly as a clean load; without serve's token nothing is done, and a run lock held
 * elsewhere is a 409.
 */
class ServeOperatorApiTest {

    private static final Pattern OPERATOR = Pattern.compile("POST (http://127\\.0\\.0\\.1:\\d+)/runs and ");

    @TempDir
    Path scratch;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void runsAndRestartsOverHttpWithTheTokenOnly() throws Exception {
        Drills.PoliceFile file = Drills.policeFile(scratch.resolve("inbox"), "arrests 2025.csv", 2_000, 11);
        String clean = Drills.cleanDump(file, scratch, "2000/11");
        Path tokenFile = scratch.resolve("secrets").resolve("serve.token");
        try (TestDatabase db = TestDatabase.mariadb()) {
            // the schedule would fire on 1 January only: every run here is asked for over HTTP
            Process serve = Drills.fork(db, scratch, "serve", "serve", "--tonle.inbox=" + file.inbox(),
                    "--tonle.schedule.cron=0 0 2 1 1 *", "--server.port=0", "--tonle.chunk-size=50",
                    "--tonle.test.fail-at-row=1001", "--tonle.serve-token-file=" + tokenFile);
            try {
                Drills.await(Duration.ofSeconds(90), "serve to start", () -> {
                    assertThat(serve.isAlive()).as("serve ended early").isTrue();
                    return OPERATOR.matcher(Drills.output(scratch, "serve")).find();
                });
                Matcher m = OPERATOR.matcher(Drills.output(scratch, "serve"));
                assertThat(m.find()).isTrue();
                String base = m.group(1);
                assertThat(Drills.output(scratch, "serve")).contains("/loads/{execution id}/restart with the "
                        + "X-Tonle-Token header from " + tokenFile);
                String token = Files.readString(tokenFile);
                assertThat(token).matches("[0-9a-f]{64}");
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tokenFile))).isEqualTo("rw-------");

                HttpResponse<String> anonymous = post(base + "/runs", null);
                assertThat(anonymous.statusCode()).isEqualTo(401);
                assertThat(anonymous.body()).isEqualTo("tonle: a run of the inbox needs the token of " + tokenFile
                        + " in the X-Tonle-Token header\n");
                assertThat(anonymous.headers().firstValue("X-Tonle-Exit-Code")).isEmpty();
                HttpResponse<String> wrong = post(base + "/loads/1/restart", token.replace(token.charAt(0),
                        token.charAt(0) == 'a' ? 'b' : 'a'));
                assertThat(wrong.statusCode()).isEqualTo(401);
                assertThat(wrong.body()).startsWith("tonle: a restart of execution 1 needs the token of ");
                assertThat(Drills.query(db, "SELECT COUNT(*) FROM file_load")).containsExactly(List.of("0"));

                HttpResponse<String> failed = post(base + "/runs?feed=police", token);
                assertThat(failed.statusCode()).as(failed.body()).isEqualTo(200);
                assertThat(failed.headers().firstValue("X-Tonle-Exit-Code")).contains("1");
                long execution = Long.parseLong(Drills.query(db, "SELECT job_execution_id FROM file_load").get(0).get(0));
                assertThat(failed.body()).contains("planned failure at row 1001")
                        .contains("restart with ./tonle restart " + execution)
                        .endsWith("Result: a load failed; see ./tonle status and restart it (exit 1).\n");
                assertThat(Drills.query(db, "SELECT COUNT(*) FROM arrest")).containsExactly(List.of("950"));

                HttpResponse<String> unknown = post(base + "/loads/" + (execution + 100) + "/restart", token);
                assertThat(unknown.statusCode()).isEqualTo(400);
                assertThat(unknown.headers().firstValue("X-Tonle-Exit-Code")).contains("64");
                assertThat(unknown.body()).isEqualTo("tonle: no load has execution " + (execution + 100)
                        + "; see ./tonle status\n");

                hold(db, "ops host (pid 1)");
                HttpResponse<String> busy = post(base + "/loads/" + execution + "/restart", token);
                assertThat(busy.statusCode()).isEqualTo(409);
                assertThat(busy.headers().firstValue("X-Tonle-Exit-Code")).contains("3");
                assertThat(busy.body()).startsWith("tonle: another run is in progress: ops host (pid 1) (last seen alive ")
                        .endsWith("; not restarting while it runs\n");
                hold(db, null);

                HttpResponse<String> restarted = post(base + "/loads/" + execution + "/restart", token);
                assertThat(restarted.statusCode()).as(restarted.body()).isEqualTo(200);
                assertThat(restarted.headers().firstValue("X-Tonle-Exit-Code")).contains("0");
                assertThat(restarted.body()).contains("arrests 2025.csv").contains("LOADED");
                Drills.assertExactlyTheCleanLoad(db, file, clean);
                // the restart ran in serve's JVM: serve's log has it, after the request
                assertThat(Files.readString(scratch.resolve("serve.log")))
                        .contains("a restart of execution " + execution + " asked for over HTTP")
                        .contains("a restart of execution " + execution + " ended with exit code 0");

                // the restart is the load's execution now, and it is not restartable
                long resumed = Long.parseLong(Drills.query(db, "SELECT job_execution_id FROM file_load").get(0).get(0));
                assertThat(resumed).isGreaterThan(execution);
                HttpResponse<String> earlier = post(base + "/loads/" + execution + "/restart", token);
                assertThat(earlier.statusCode()).isEqualTo(400);
                assertThat(earlier.body()).isEqualTo("tonle: execution " + execution + " was an earlier attempt of "
                        + "police/arrests 2025.csv, now execution " + resumed + " (PUBLISHED); see ./tonle status\n");
                HttpResponse<String> again = post(base + "/loads/" + resumed + "/restart", token);
                assertThat(again.statusCode()).isEqualTo(400);
                assertThat(again.body()).isEqualTo("tonle: execution " + resumed + " is PUBLISHED; only FAILED "
                        + "or STOPPED loads can be restarted\n");

                serve.destroy(); // SIGTERM
                assertThat(serve.waitFor(60, TimeUnit.SECONDS)).as("serve stopped within 60 s").isTrue();
            } finally {
                serve.destroyForcibly();
            }
            assertThat(serve.exitValue()).isEqualTo(143);
        }
    }

    private HttpResponse<String> post(String url, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(120));
        if (token != null) {
            request.header("X-Tonle-Token", token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The run lock as another live process would hold it (null: free). */
    private static void hold(TestDatabase db, String holder) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.executeUpdate(holder == null ? "UPDATE run_lock SET holder = NULL, heartbeat_at = NULL"
                    : "UPDATE run_lock SET holder = '" + holder + "', heartbeat_at = CURRENT_TIMESTAMP");
        }
    }
}
