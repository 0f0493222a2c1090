package org.tonle.cli;

import java.io.PrintStream;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tonle.load.FileOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "status", description = "List the recent loads, newest first, with what went wrong in one line.")
final class StatusCommand implements TonleCommand {

    @Option(names = "--limit", defaultValue = "30", description = "How many files (default ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public int call(ConfigurableApplicationContext context, PrintStream out, PrintStream err) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        List<FileOutcome> rows = jdbc.query("SELECT f.feed, f.source_file, "
                + "CASE WHEN l.superseded_by IS NOT NULL THEN 'SUPERSEDED' WHEN l.state = 'PUBLISHED' THEN 'LOADED' "
                + "WHEN l.state IS NULL THEN f.status ELSE l.state END, l.job_execution_id, l.rows_read, l.rows_loaded, "
                + "l.rows_held_back, l.check_status, COALESCE(l.failure, f.status_detail, l.check_detail) "
                + "FROM source_file f LEFT JOIN file_load l ON l.load_id = "
                + "(SELECT MAX(l2.load_id) FROM file_load l2 WHERE l2.file_id = f.file_id) "
                + "ORDER BY f.file_id DESC", (rs, i) -> new FileOutcome(rs.getString(1), rs.getString(2),
                rs.getString(3), (Long) rs.getObject(4, Long.class), (Integer) rs.getObject(5, Integer.class),
                (Integer) rs.getObject(6, Integer.class), (Integer) rs.getObject(7, Integer.class), rs.getString(8),
                rs.getString(9)));
        if (rows.isEmpty()) {
            out.println("No files loaded yet.");
            return ExitCodes.OK;
        }
        OutcomeTable.print(rows.subList(0, Math.min(limit, rows.size())), out);
        return ExitCodes.OK;
    }
}
