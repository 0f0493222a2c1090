package org.tonle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;
import org.tonle.support.TonleRun;

/** Health and metrics are set up for serve only, whatever an operator's settings say of it. */
class MonitoringByCommandTest {

    @TempDir
    Path scratch;

    private String[] settings(String... more) {
        String[] base = {"--spring.datasource.url=jdbc:h2:mem:monitoring-" + scratch.getFileName(),
                "--tonle.home=" + TonleRun.HOME, "--server.port=0",
                "--tonle.passport-key-file=" + scratch.resolve("passport.key"),
                "--logging.file.name=" + scratch.resolve("tonle.log")};
        String[] all = Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    /** An operator's setting (here on the command line, above config/application.yml) changes nothing. */
    @Test
    void aCommandWithoutAWebServerHasNoMetersButItsJobRepository() {
        try (ConfigurableApplicationContext context = TonleCli.application(false).run(settings("--tonle.monitoring=true"))) {
            assertEquals(0, context.getBeanNamesForType(MeterRegistry.class).length);
            assertEquals(1, context.getBeanNamesForType(JobRepository.class).length);
        }
    }

    @Test
    void serveKeepsItsMetersEvenWhenASettingSaysOtherwise() {
        try (ConfigurableApplicationContext context = TonleCli.application(true).run(settings("--tonle.monitoring=false"))) {
            assertEquals(1, context.getBeanNamesForType(PrometheusMeterRegistry.class).length);
        }
    }
}
