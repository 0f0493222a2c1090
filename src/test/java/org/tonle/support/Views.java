package org.tonle.support;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rpt_ views as text, the way an analyst sees them: every row, sorted, with values printed the
 * same on H2 and MariaDB. Times of loading are shown as "<time>" since they change every run.
 */
public final class Views {

    /** Each view with the ORDER BY that makes its dump deterministic. */
    public static final Map<String, String> ORDER = new java.util.LinkedHashMap<>();

    static {
        ORDER.put("rpt_files", "feed, source_file");
        ORDER.put("rpt_deportations", "deportation_date, nationality_iso3, sex, status, exit_point");
        ORDER.put("rpt_arrests", "operation_id, nationality_iso3");
        ORDER.put("rpt_court_cases", "court, case_no");
        ORDER.put("rpt_court_case_history", "court, case_no, source_file");
        ORDER.put("rpt_court_defendants", "court, case_no, nationality_iso3");
        ORDER.put("rpt_published_stats", "period, nationality_iso3");
        ORDER.put("rpt_reconciliation", "period, measure, nationality_iso3");
        ORDER.put("rpt_held_back", "feed, source_file, source_row");
        ORDER.put("rpt_file_checks", "feed, source_file, source, nationality_iso3, measure");
        ORDER.put("dim_nationality", "iso3");
    }

    private Views() {
    }

    public static String dumpAll(Connection c) throws SQLException {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> view : ORDER.entrySet()) {
            text.append(dump(c, view.getKey(), view.getValue()));
        }
        return text.toString();
    }

    public static String dump(Connection c, String view, String orderBy) throws SQLException {
        StringBuilder text = new StringBuilder("== ").append(view).append('\n');
        for (List<String> row : rows(c, "SELECT * FROM " + view + " ORDER BY " + orderBy, true)) {
            text.append(String.join(" | ", row)).append('\n');
        }
        return text.toString();
    }

    /** The rows of a query as text, with the column names first when asked. */
    public static List<List<String>> rows(Connection c, String sql, boolean withHeader) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            if (withHeader) {
                List<String> header = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    header.add(md.getColumnLabel(i).toLowerCase());
                }
                rows.add(header);
            }
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.add(text(md.getColumnLabel(i).toLowerCase(), rs.getObject(i)));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static String text(String column, Object value) {
        if (value == null) {
            return "null";
        }
        if (column.equals("loaded_at") || column.equals("ran_at")) {
            return "<time>";
        }
        if (value instanceof BigDecimal d) {
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number n) {
            return String.valueOf(n.longValue());
        }
        if (value instanceof Boolean b) {
            return b ? "1" : "0";
        }
        return value.toString().strip();
    }
}
