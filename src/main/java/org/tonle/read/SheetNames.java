package org.tonle.read;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Matching a requested sheet name the way a person means it: case and spaces do not count. */
final class SheetNames {
    private SheetNames() {
    }

    static String fold(String name) {
        return name.replaceAll("[\\s\\u00A0\\u200B\\uFEFF]+", "").toLowerCase(Locale.ROOT);
    }

    static boolean matches(String requested, String actual) {
        return fold(requested).equals(fold(actual));
    }

    static Optional<String> find(String requested, List<String> names) {
        return names.stream().filter(name -> matches(requested, name)).findFirst();
    }

    static String missing(String displayName, String requested, List<String> names) {
        return displayName + ": there is no sheet named '" + requested + "' (the sheets are: "
                + String.join(", ", names) + ")";
    }
}
