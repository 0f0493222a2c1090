package org.tonle.ops;

import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Leaves out health, metrics and their JSON support when {@value #PROPERTY} is false: every command
 * but serve sets it so, because only serve has a web server to show them. A load then starts about
 * 0.3 s sooner (dozens of beans fewer), and nothing it does is lost: step counts and read positions
 * live in the job repository, not in meters.
 */
public class MonitoringFilter implements AutoConfigurationImportFilter, EnvironmentAware {

    public static final String PROPERTY = "tonle.monitoring";

    /** Auto-configuration packages (and the classes under them) that only serve's endpoints need. */
    static final List<String> MONITORING = List.of(
            "org.springframework.boot.actuate.",
            "org.springframework.boot.health.",
            "org.springframework.boot.micrometer.",
            "org.springframework.boot.jdbc.autoconfigure.health.",
            "org.springframework.boot.jdbc.autoconfigure.metrics.",
            "org.springframework.boot.batch.autoconfigure.observation.",
            "org.springframework.boot.jackson.autoconfigure.",
            "org.springframework.boot.http.converter.autoconfigure.");

    private boolean monitoring = true;

    @Override
    public void setEnvironment(Environment environment) {
        monitoring = environment.getProperty(PROPERTY, Boolean.class, true);
    }

    @Override
    public boolean[] match(String[] candidates, AutoConfigurationMetadata metadata) {
        boolean[] keep = new boolean[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            keep[i] = monitoring || candidates[i] == null || !monitoringOnly(candidates[i]);
        }
        return keep;
    }

    static boolean monitoringOnly(String autoConfiguration) {
        for (String prefix : MONITORING) {
            if (autoConfiguration.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
