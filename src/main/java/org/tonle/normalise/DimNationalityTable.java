package org.tonle.normalise;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps dim_nationality equal to the reference table in config/reference (rewritten when it differs). */
@Component
public class DimNationalityTable {

    private final JdbcTemplate jdbc;
    private final NationalityResolver nationalities;

    public DimNationalityTable(JdbcTemplate jdbc, NationalityResolver nationalities) {
        this.jdbc = jdbc;
        this.nationalities = nationalities;
    }

    @Transactional
    public void refresh() {
        List<Nationality> wanted = nationalities.dimension();
        List<Nationality> stored = jdbc.query("SELECT iso3, iso2, numeric_code, name_en FROM dim_nationality ORDER BY iso3",
                (rs, i) -> new Nationality(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
        List<Nationality> sorted = wanted.stream().sorted(java.util.Comparator.comparing(Nationality::iso3)).toList();
        if (stored.equals(sorted)) {
            return;
        }
        jdbc.update("DELETE FROM dim_nationality");
        jdbc.batchUpdate("INSERT INTO dim_nationality (iso3, iso2, numeric_code, name_en) VALUES (?, ?, ?, ?)",
                sorted.stream().map(n -> new Object[] {n.iso3(), n.iso2(), n.numericCode(), n.nameEn()}).toList());
    }
}
