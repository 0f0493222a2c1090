package org.tonle.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.mock.env.MockEnvironment;

class MonitoringFilterTest {

    private static final String[] CANDIDATES = {
            "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
            "org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration",
            "org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.metrics.DataSourcePoolMetricsAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.health.DataSourceHealthContributorAutoConfiguration",
            "org.springframework.boot.batch.autoconfigure.observation.BatchObservationAutoConfiguration",
            "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
            "org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
            "org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration",
            null};

    private static boolean[] match(MockEnvironment environment) {
        MonitoringFilter filter = new MonitoringFilter();
        filter.setEnvironment(environment);
        return filter.match(CANDIDATES, null);
    }

    @Test
    void withoutMonitoringOnlyTheDatabaseBatchAndMigrationConfigurationsStay() {
        assertArrayEquals(new boolean[] {false, false, false, false, false, false, false, false, true, true, true, true},
                match(new MockEnvironment().withProperty(MonitoringFilter.PROPERTY, "false")));
    }

    @Test
    void monitoringIsKeptWhenAskedForAndWhenNothingIsSaid() {
        boolean[] all = new boolean[CANDIDATES.length];
        java.util.Arrays.fill(all, true);
        assertArrayEquals(all, match(new MockEnvironment().withProperty(MonitoringFilter.PROPERTY, "true")));
        assertArrayEquals(all, match(new MockEnvironment()));
    }

    @Test
    void springBootFindsTheFilter() {
        List<AutoConfigurationImportFilter> filters = SpringFactoriesLoader.forDefaultResourceLocation()
                .load(AutoConfigurationImportFilter.class);
        assertEquals(1, filters.stream().filter(MonitoringFilter.class::isInstance).count());
    }
}
