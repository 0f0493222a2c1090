package org.tonle.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Typing mistakes in Latin-script names. A guess is only taken when every known name within reach
 * means the same state: "Nigera" is one edit from both Niger and Nigeria, and is held back.
 */
final class NationalityFuzzyMatcher {

    static final int MIN_LENGTH = 5;

    /** A known Latin name and the states it may mean; a held-back name keeps its candidates. */
    private record Known(String key, Set<String> codes, boolean held) {
    }

    private final List<Known> known = new ArrayList<>();

    NationalityFuzzyMatcher(NationalityReference ref) {
        for (String key : ref.keys.keySet()) {
            if (eligible(key)) {
                known.add(new Known(key, Set.copyOf(ref.codesOf(key)), false));
            }
        }
        for (Map.Entry<String, NationalityReference.Held> e : ref.held.entrySet()) {
            if (eligible(e.getKey())) {
                known.add(new Known(e.getKey(), Set.copyOf(e.getValue().candidates()), true));
            }
        }
        ref.aliases.forEach((key, code) -> {
            if (eligible(key)) {
                known.add(new Known(key, Set.of(code), false));
            }
        });
    }

    /** Letter codes are never guessed at: "GBR" and "GRB" are both someone's typing. */
    private static boolean eligible(String key) {
        return NationalityKey.isLatin(key) && !NationalityKey.looksLikeLetterCode(key);
    }

    /** The one state within reach, a hold-back naming the rivals, or null when nothing is near. */
    Resolution<String> match(String raw, String key) {
        if (key.length() < MIN_LENGTH || !NationalityKey.isLatin(key)) {
            return null;
        }
        int max = key.length() <= 8 ? 1 : 2;
        List<Known> near = new ArrayList<>();
        for (Known k : known) {
            if (EditDistance.within(key, k.key(), max) <= max) {
                near.add(k);
            }
        }
        if (near.isEmpty()) {
            return null;
        }
        Set<String> codes = new TreeSet<>();
        boolean held = false;
        for (Known k : near) {
            codes.addAll(k.codes());
            held |= k.held();
        }
        if (codes.size() == 1 && !held) {
            return Resolution.of(codes.iterator().next());
        }
        String rivals = near.stream()
                .sorted((a, b) -> a.key().compareTo(b.key()))
                .limit(8)
                .map(k -> "'" + k.key() + "' (" + (k.codes().isEmpty() ? "no state" : String.join(", ",
                        new TreeSet<>(k.codes()))) + (k.held() ? ", itself held back" : "") + ")")
                .collect(Collectors.joining(", "));
        return Resolution.heldBack("nationality '" + raw + "' looks like a typing mistake but could mean more than one "
                + "thing, so it is not guessed: " + rivals + ".");
    }
}
