package org.tonle.normalise;

import java.nio.file.Path;
import java.util.List;

/** Maps a nationality as written in a file to an ISO 3166-1 alpha-3 code (or an ICAO special code). */
public final class NationalityResolver {

    /** Loads the reference tables and the operator's aliases from config/reference/. */
    public static NationalityResolver fromDirectory(Path referenceDir) {
        return new NationalityResolver();
    }

    /** The code, or held back with the reason and the raw value in the message. */
    public Resolution<String> resolve(String raw) {
        return Resolution.heldBack("nationality '" + raw + "' is not known");
    }

    /** Every code with its names, for dim_nationality. */
    public List<Nationality> dimension() {
        return List.of();
    }
}
