package org.tonle.normalise;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps a nationality as written in a file to an ISO 3166-1 alpha-3 code (or an ICAO special code).
 *
 * <p>Order: the operator's aliases, the always-held-back values, codes and names of the shipped
 * tables, ISO numeric codes, then typing mistakes. A value that could mean two states is never
 * guessed: wrong codes end up in press releases, held-back rows only in a queue.
 */
public final class NationalityResolver {

    /** Files repeat a few hundred distinct values; a column of garbage must not fill the heap. */
    private static final int CACHE_LIMIT = 100_000;
    private static final Resolution<String> BLANK = Resolution.heldBack("nationality is blank");

    private final NationalityReference ref;
    private final NationalityFuzzyMatcher fuzzy;
    private final Map<String, Resolution<String>> cache = new ConcurrentHashMap<>();

    private NationalityResolver(NationalityReference ref) {
        this.ref = ref;
        this.fuzzy = new NationalityFuzzyMatcher(ref);
    }

    /** Loads the reference tables and the operator's aliases from config/reference/. */
    public static NationalityResolver fromDirectory(Path referenceDir) {
        return new NationalityResolver(NationalityReference.load(referenceDir));
    }

    /** The code, or held back with the reason and the raw value in the message. */
    public Resolution<String> resolve(String raw) {
        if (raw == null) {
            return BLANK;
        }
        Resolution<String> cached = cache.get(raw);
        if (cached != null) {
            return cached;
        }
        Resolution<String> resolved = compute(raw);
        if (cache.size() < CACHE_LIMIT) {
            cache.putIfAbsent(raw, resolved);
        }
        return resolved;
    }

    /** Every code with its names, for dim_nationality. */
    public List<Nationality> dimension() {
        return ref.dimension;
    }

    private Resolution<String> compute(String raw) {
        String key = NationalityKey.of(raw);
        if (key.isEmpty()) {
            return isBlank(raw) ? BLANK
                    : Resolution.heldBack("nationality '" + raw + "' has no letters or digits.");
        }
        Resolution<String> found = exact(raw, key);
        for (String shorter : NationalityKey.withoutNationalityWords(key)) {
            if (found != null) {
                break;
            }
            found = exact(raw, shorter);
        }
        if (found != null) {
            return found;
        }
        String numeric = NationalityKey.numericCode(key);
        if (numeric != null) {
            String code = ref.numeric.get(numeric);
            return code != null ? Resolution.of(code) : notAssigned(raw);
        }
        if (NationalityKey.looksLikeLetterCode(key)) {
            return notAssigned(raw);
        }
        found = fuzzy.match(raw, key);
        if (found != null) {
            return found;
        }
        return Resolution.heldBack("nationality '" + raw + "' is not known; add it to config/reference/"
                + NationalityReference.ALIASES + ".");
    }

    private Resolution<String> exact(String raw, String key) {
        String alias = ref.aliases.get(key);
        if (alias != null) {
            return Resolution.of(alias);
        }
        NationalityReference.Held held = ref.held.get(key);
        if (held != null) {
            String between = held.candidates().isEmpty() ? "" : " (could be " + String.join(", ", held.candidates()) + ")";
            return Resolution.heldBack("nationality '" + raw + "' is held back" + between + ": " + held.note() + ".");
        }
        Set<String> codes = ref.codesOf(key);
        if (codes.size() == 1) {
            return Resolution.of(codes.iterator().next());
        }
        if (codes.size() > 1) {
            Set<String> asCode = ref.codesOf(key, true);
            if (asCode.size() == 1 && writtenAsCode(raw)) {
                return Resolution.of(asCode.iterator().next());
            }
            Set<String> asName = new TreeSet<>(codes);
            asName.removeAll(asCode);
            if (asCode.size() == 1 && asName.size() == 1 && hasAccent(raw)) {
                return Resolution.of(asName.iterator().next());
            }
            return Resolution.heldBack("nationality '" + raw + "' names more than one state: "
                    + String.join(", ", codes) + ".");
        }
        return null;
    }

    /** String.isBlank does not see non-breaking or zero-width spaces, which sheets are full of. */
    private static boolean isBlank(String raw) {
        return raw.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c >= 0x200B && c <= 0x200D || c == 0xFEFF || c == 0x2060);
    }

    /** "NGA" is Nigeria's code; "Nga" may be Vietnamese for Russia. */
    private static boolean writtenAsCode(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
        return text.length() <= 3 && !text.isEmpty() && text.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    /** "Áo" is Vietnamese for Austria: a code is never written with an accent. */
    private static boolean hasAccent(String raw) {
        return raw.chars().anyMatch(c -> c > 0x7F && Character.isLetter(c));
    }

    private static Resolution<String> notAssigned(String raw) {
        return Resolution.heldBack("nationality '" + raw + "' is not an assigned ISO 3166-1 code.");
    }
}
