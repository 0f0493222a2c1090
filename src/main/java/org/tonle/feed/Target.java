package org.tonle.feed;

import java.util.Set;

/**
 * The warehouse tables a feed may load into, with the columns a feed definition may name.
 * Identifiers in generated SQL only ever come from here, never from a file or a YAML value
 * that was not checked against this list.
 */
public enum Target {
    DEPORTATION("deportation", Set.of("full_name", "sex", "birth_year", "nationality_iso3", "passport_hmac",
            "arrest_date", "deportation_date", "exit_point", "status", "case_ref")),
    ARREST("arrest", Set.of("operation_id", "operation_date", "province", "nationality_iso3",
            "suspects_arrested", "of_which_female", "victims_rescued", "remarks")),
    COURT_CASE("court_case", Set.of("case_no", "court", "filing_date", "verdict_date", "charges", "defendants",
            "convicted", "defendant_nationalities", "status", "max_sentence_years")),
    PUBLISHED_STAT("published_stat", Set.of("period", "nationality_iso3", "arrested", "deported",
            "victims_rescued"));

    private final String table;
    private final Set<String> columns;

    Target(String table, Set<String> columns) {
        this.table = table;
        this.columns = columns;
    }

    public String table() {
        return table;
    }

    public boolean hasColumn(String column) {
        return columns.contains(column);
    }

    public static Target fromYaml(String value) {
        for (Target t : values()) {
            if (t.table.equals(value)) {
                return t;
            }
        }
        return null;
    }
}
