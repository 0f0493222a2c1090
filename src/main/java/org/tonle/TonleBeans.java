package org.tonle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tonle.feed.FeedCatalogue;
import org.tonle.normalise.DateReader;
import org.tonle.normalise.NationalityResolver;
import org.tonle.normalise.PassportHasher;

/** The reference data and services every command shares, built once at start-up. */
@Configuration
public class TonleBeans {

    @Bean
    public FeedCatalogue feedCatalogue(TonleSettings settings) {
        return FeedCatalogue.load(settings.resolve(settings.jobs()));
    }

    @Bean
    public NationalityResolver nationalityResolver(TonleSettings settings) {
        return NationalityResolver.fromDirectory(settings.resolve(settings.reference()));
    }

    @Bean
    public DateReader dateReader() {
        return new DateReader();
    }

    @Bean
    public Clock clock(TonleSettings settings) {
        return Clock.system(ZoneId.of(settings.zone()));
    }

    /** The key comes from TONLE_PASSPORT_KEY, else a key file outside the repository, made on first use. */
    @Bean
    public PassportHasher passportHasher(TonleSettings settings) throws IOException {
        String fromEnv = System.getenv("TONLE_PASSPORT_KEY");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new PassportHasher(fromEnv.strip().getBytes(StandardCharsets.UTF_8));
        }
        String key = SecretFiles.readOrCreate(settings.resolve(settings.passportKeyFile()),
                "made a new passport key file; keep it with the database backups:");
        return new PassportHasher(key.getBytes(StandardCharsets.UTF_8));
    }
}
