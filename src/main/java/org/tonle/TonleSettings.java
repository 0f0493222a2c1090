package org.tonle;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.tonle.read.ReadLimits;

/**
 * The tonle.* settings of config/application.yml. Relative paths are relative to tonle.home (the
 * folder of the ./tonle launcher), except a --inbox given on the command line.
 *
 * @param keepNames       keep full names (in person_name, never in a view); off by default
 * @param passportKeyFile where the passport HMAC key is read from when TONLE_PASSPORT_KEY is not set
 * @param serveTokenFile  the token a request to ./tonle serve's operator endpoints must carry (made by serve)
 */
@ConfigurationProperties("tonle")
public record TonleSettings(@DefaultValue(".") Path home,
                            @DefaultValue("sample-input") Path inbox,
                            @DefaultValue("jobs") Path jobs,
                            @DefaultValue("config/reference") Path reference,
                            @DefaultValue("10000") int chunkSize,
                            @DefaultValue("false") boolean keepNames,
                            @DefaultValue("data/secrets/passport.key") Path passportKeyFile,
                            @DefaultValue("Asia/Phnom_Penh") String zone,
                            @DefaultValue("536870912") long maxFileBytes,
                            @DefaultValue("4194304") int maxFieldChars,
                            @DefaultValue("500") int maxColumns,
                            @DefaultValue("data/secrets/serve.token") Path serveTokenFile) {

    public Path resolve(Path path) {
        return home.resolve(path).normalize();
    }

    public ReadLimits readLimits() {
        return new ReadLimits(maxFileBytes, maxFieldChars, maxColumns);
    }
}
