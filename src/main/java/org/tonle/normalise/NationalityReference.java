package org.tonle.normalise;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The reference tables of config/reference/, loaded and checked: every code they mention must be a
 * row of countries.csv, so a typing mistake in a table fails the load instead of reaching the warehouse.
 */
final class NationalityReference {

    static final String COUNTRIES = "countries.csv";
    static final String NAMES = "nationality-names.csv";
    static final String EXTRA = "nationality-extra.csv";
    static final String AMBIGUOUS = "ambiguous.csv";
    static final String ALIASES = "nationality-aliases.csv";

    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}|");
    private static final Pattern NUMERIC = Pattern.compile("[0-9]{3}|");

    /** A value that is always held back, with the states it could mean (possibly none) and why. */
    record Held(List<String> candidates, String note) {
    }

    /** Where a key came from, so that a collision can be explained; isCode for letter codes. */
    record Source(String code, String where, boolean isCode) {
    }

    final List<Nationality> dimension;
    final Map<String, String> numeric = new HashMap<>();
    /** Codes (alpha-2, alpha-3, ICAO, IOC) and names of every table except aliases and ambiguous. */
    final Map<String, List<Source>> keys = new HashMap<>();
    final Map<String, String> aliases = new HashMap<>();
    final Map<String, Held> held = new HashMap<>();

    private NationalityReference(List<Nationality> dimension) {
        this.dimension = List.copyOf(dimension);
    }

    static NationalityReference load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("reference directory " + dir + " does not exist");
        }
        NationalityReference ref = new NationalityReference(readCountries(dir.resolve(COUNTRIES)));
        Set<String> known = new java.util.HashSet<>();
        for (Nationality n : ref.dimension) {
            known.add(n.iso3());
            ref.add(n.iso3(), n.iso3(), COUNTRIES, true);
            if (!n.iso2().isEmpty()) {
                ref.add(n.iso2(), n.iso3(), COUNTRIES, true);
            }
            if (!n.numericCode().isEmpty()) {
                ref.numeric.put(n.numericCode(), n.iso3());
            }
            ref.add(n.nameEn(), n.iso3(), COUNTRIES, false);
        }
        for (NationalityCsv.Row row : NationalityCsv.read(dir.resolve(NAMES), "value", "iso3")) {
            ref.add(row.get("value"), checkCode(row, "iso3", known), NAMES + " line " + row.line(), false);
        }
        for (NationalityCsv.Row row : NationalityCsv.read(dir.resolve(EXTRA), "value", "iso3", "note")) {
            // ICAO, IOC and EU codes; a demonym that looks like one (Lao) is the same state anyway
            String key = NationalityKey.of(row.get("value"));
            ref.addKey(key, checkCode(row, "iso3", known), EXTRA + " line " + row.line(),
                    NationalityKey.looksLikeLetterCode(key));
        }
        for (NationalityCsv.Row row : NationalityCsv.read(dir.resolve(AMBIGUOUS), "value", "candidates", "note")) {
            List<String> candidates = new ArrayList<>();
            for (String code : row.get("candidates").split("[;\\s]+")) {
                if (!code.isEmpty()) {
                    candidates.add(checkValue(row, code, known));
                }
            }
            ref.held.put(keyOf(row), new Held(List.copyOf(candidates), row.get("note")));
        }
        for (NationalityCsv.Row row : NationalityCsv.read(dir.resolve(ALIASES), "value", "code")) {
            String code = checkCode(row, "code", known);
            String previous = ref.aliases.put(keyOf(row), code);
            if (previous != null && !previous.equals(code)) {
                throw row.error("alias '" + row.get("value") + "' is already mapped to " + previous);
            }
        }
        return ref;
    }

    /** The codes a key maps to in the shipped tables, without aliases: more than one is a collision. */
    Set<String> codesOf(String key) {
        return codesOf(key, false);
    }

    /**
     * Only what the letter codes say: Vietnamese names such as "Nga" (Russia) fold to ISO codes
     * of other states (NGA, Nigeria), and the caller must choose by how the value was written.
     */
    Set<String> codesOf(String key, boolean codesOnly) {
        List<Source> sources = keys.get(key);
        Set<String> codes = new TreeSet<>();
        if (sources != null) {
            for (Source s : sources) {
                if (s.isCode() || !codesOnly) {
                    codes.add(s.code());
                }
            }
        }
        return codes;
    }

    private void add(String value, String code, String where, boolean isCode) {
        addKey(NationalityKey.of(value), code, where, isCode);
    }

    private void addKey(String key, String code, String where, boolean isCode) {
        if (!key.isEmpty()) {
            keys.computeIfAbsent(key, k -> new ArrayList<>(1)).add(new Source(code, where, isCode));
        }
    }

    private static String keyOf(NationalityCsv.Row row) {
        String key = NationalityKey.of(row.get("value"));
        if (key.isEmpty()) {
            throw row.error("value '" + row.get("value") + "' has no letters or digits to match");
        }
        return key;
    }

    private static String checkCode(NationalityCsv.Row row, String column, Set<String> known) {
        return checkValue(row, row.get(column), known);
    }

    private static String checkValue(NationalityCsv.Row row, String code, Set<String> known) {
        if (!known.contains(code)) {
            throw row.error("value '" + row.get("value") + "' maps to '" + code + "', which is not an iso3 code of "
                    + COUNTRIES);
        }
        return code;
    }

    private static List<Nationality> readCountries(Path file) {
        List<Nationality> rows = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        for (NationalityCsv.Row row : NationalityCsv.read(file, "iso3", "iso2", "numeric", "name_en")) {
            Nationality n = new Nationality(row.get("iso3"), row.get("iso2"), row.get("numeric"), row.get("name_en"));
            if (!ISO3.matcher(n.iso3()).matches() || !ISO2.matcher(n.iso2()).matches()
                    || !NUMERIC.matcher(n.numericCode()).matches() || n.nameEn().isEmpty()) {
                throw row.error("malformed row " + Arrays.asList(n.iso3(), n.iso2(), n.numericCode(), n.nameEn()));
            }
            for (String code : List.of(n.iso3(), n.iso2(), "#" + n.numericCode())) {
                if (code.length() > 1 && seen.put(code, n.iso3()) != null) {
                    throw row.error("code " + code.replace("#", "") + " appears twice");
                }
            }
            rows.add(n);
        }
        return rows;
    }
}
