package org.tonle.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tonle.support.TestDatabase;
import org.tonle.support.TonleRun;

/**
 * ./tonle serve in a JVM of its own: the schedule starts the run, health and Prometheus metrics
 * (Spring Batch's timers and the step counts) are served on the loopback interface, and SIGTERM in
 * the middle of a file stops it at the end of a chunk: STOPPED, and restart finishes it exactly.
 */
class ServeTest {

    private static final Pattern HEALTH = Pattern.compile("health (http://127\\.0\\.0\\.1:\\d+/actuator/)health");

    @TempDir
    Path scratch;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void servesTheScheduleAndMetricsAndStopsGracefullyOnSigterm() throws Exception {
        Instant began = Instant.now();
        Drills.Night night = Drills.night(scratch.resolve("inbox"));
        Path inbox = night.inbox();
        Drills.PoliceFile big = night.big();
        String clean = Drills.cleanDump(night, scratch);
        Drills.note(began, "clean load done");
        try (TestDatabase db = TestDatabase.mariadb()) {
            Process serve = Drills.fork(db, scratch, "serve", "serve", "--tonle.inbox=" + inbox,
                    "--tonle.schedule.cron=*/2 * * * * *", "--server.port=0", "--tonle.chunk-size=500");
            String actuator;
            long bigExecution;
            try {
                Drills.await(Duration.ofSeconds(90), "serve to start", () -> {
                    assertThat(serve.isAlive()).as("serve ended early").isTrue();
                    return HEALTH.matcher(Drills.output(scratch, "serve")).find();
                });
                Matcher m = HEALTH.matcher(Drills.output(scratch, "serve"));
                assertThat(m.find()).isTrue();
                actuator = m.group(1);
                Drills.note(began, "serve started");
                assertThat(get(actuator + "health")).contains("\"status\":\"UP\"").contains("\"db\"");

                Drills.await(Duration.ofSeconds(90), "the small file loaded and the big one in progress", () ->
                        Drills.query(db, "SELECT COUNT(*) FROM file_load WHERE state = 'PUBLISHED'")
                                .equals(List.of(List.of("1")))
                                && Drills.query(db, "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION "
                                + "WHERE STEP_NAME = 'stage' AND STATUS = 'STARTED' AND WRITE_COUNT >= 1000")
                                .equals(List.of(List.of("1"))));
                String metrics = get(actuator + "prometheus");
                assertThat(metrics)
                        .contains("spring_batch_job_seconds_count{error=\"none\",spring_batch_job_name=\"loadFile\","
                                + "spring_batch_job_status=\"COMPLETED\"} 1")
                        .contains("spring_batch_step_seconds_count{error=\"none\",spring_batch_step_job_name=\"loadFile\","
                                + "spring_batch_step_name=\"stage\",spring_batch_step_status=\"COMPLETED\"")
                        .contains("spring_batch_chunk_write_seconds_count{")
                        // timing every item cost a quarter of the stage step's CPU: chunks only
                        .doesNotContain("spring_batch_item_read_seconds")
                        .doesNotContain("spring_batch_item_process_seconds")
                        .contains("tonle_step_read_total{feed=\"police\",step=\"stage\"} 301.0")
                        .contains("tonle_step_write_total{feed=\"police\",step=\"stage\"} 301.0")
                        .contains("tonle_step_skip_total{feed=\"police\",step=\"stage\"} 0.0")
                        .contains("tonle_loads_total{feed=\"police\",status=\"COMPLETED\"} 1.0");
                bigExecution = Long.parseLong(Drills.query(db, "SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION")
                        .get(0).get(0));
                Drills.note(began, "metrics seen; SIGTERM");
                serve.destroy(); // SIGTERM
                assertThat(serve.waitFor(60, TimeUnit.SECONDS)).as("serve stopped within 60 s").isTrue();
                Drills.note(began, "serve stopped");
            } finally {
                serve.destroyForcibly();
            }
            assertThat(serve.exitValue()).isEqualTo(143);
            assertThat(Drills.query(db, "SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID"))
                    .containsExactly(List.of("COMPLETED"), List.of("STOPPED"));
            List<String> stopped = Drills.query(db, "SELECT s.STATUS, s.WRITE_COUNT FROM BATCH_STEP_EXECUTION s "
                    + "WHERE s.JOB_EXECUTION_ID = " + bigExecution).get(0);
            assertThat(stopped.get(0)).isEqualTo("STOPPED");
            long committed = Long.parseLong(stopped.get(1));
            assertThat(committed % 500).as("stopped at the end of a chunk").isZero();
            assertThat(committed).isLessThan(big.rows());
            assertThat(Drills.query(db, "SELECT l.state, l.failure FROM file_load l JOIN source_file f "
                    + "ON f.file_id = l.file_id WHERE f.source_file = '" + big.name() + "'")).containsExactly(List.of(
                    "STOPPED", String.format("stopped at row %,d of %s; resume with ./tonle restart %d", committed + 2,
                            big.name(), bigExecution)));
            TonleRun.Result status = TonleRun.run(db, scratch, "status");
            assertThat(status.out()).contains("STOPPED").contains("resume with ./tonle restart " + bigExecution);

            TonleRun.Result restarted = TonleRun.run(db, scratch, "restart", String.valueOf(bigExecution));
            assertThat(restarted.exitCode()).as(restarted.out() + restarted.err()).isZero();
            Drills.note(began, "restarted");
            Drills.assertExactlyTheCleanLoad(db, night.files(), clean);
        }
    }

    private String get(String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }
}
