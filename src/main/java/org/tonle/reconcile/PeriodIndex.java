package org.tonle.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The data tables that V6 clusters by (load_id, period_key, source_row) on MySQL/MariaDB (not on H2,
 * where such a key is an index beside the rows): there a load's days or months are found by one index
 * seek each, and a load's rows of a range of them are read without reading the rest.
 */
@Component
public class PeriodIndex {

    /** The tables V6 clusters; its list of tables, kept in step with it. */
    static final Set<String> CLUSTERED_BY_PERIOD = Set.of("arrest", "deportation", "published_stat");
    private final JdbcTemplate jdbc;
    private volatile Boolean mysql;

    public PeriodIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the table's rows are clustered by load and period key here. */
    public boolean clustered(String table) {
        if (!CLUSTERED_BY_PERIOD.contains(table)) {
            return false;
        }
        Boolean known = mysql;
        if (known == null) {
            known = jdbc.execute((ConnectionCallback<Boolean>) c -> {
                String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
                return product.contains("mysql") || product.contains("mariadb");
            });
            mysql = known;
        }
        return Boolean.TRUE.equals(known);
    }

    /**
     * A load's period keys in order, one index seek each (a file speaks for a few hundred days or months:
     * a few hundred index entries read, where DISTINCT reads every row), or null when the table is not
     * {@link #clustered} or the load has more than {@code limit} keys.
     */
    public List<String> keys(String table, long loadId, int limit) {
        if (!clustered(table)) {
            return null;
        }
        List<String> keys = new ArrayList<>();
        String next = jdbc.queryForObject("SELECT MIN(period_key) FROM " + table + " WHERE load_id = ?", String.class,
                loadId);
        while (next != null) {
            if (keys.size() == limit) {
                return null;
            }
            keys.add(next);
            next = jdbc.queryForObject("SELECT MIN(period_key) FROM " + table + " WHERE load_id = ? AND period_key > ?",
                    String.class, loadId, next);
        }
        return keys;
    }
}
