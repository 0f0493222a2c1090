package org.tonle.load;

import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.jdbc.JdbcConnection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

/**
 * Stages rows on MySQL/MariaDB with LOAD DATA LOCAL INFILE, on the chunk's own connection and so in
 * its transaction: the rows are written as tab-separated text to a file in the spool directory that
 * {@link MysqlConnectionOptions} made (the only place the driver may read from), loaded, and the
 * file deleted. LOAD DATA LOCAL turns errors that INSERT would raise (a duplicate key, a value too
 * long) into warnings and skips the row, so any warning, or a count other than the rows sent, fails
 * the chunk as INSERT would have.
 */
final class MysqlLocalInfile {

    private final Path spool;
    private final String sql;

    private MysqlLocalInfile(Path spool, String table, List<String> columns) {
        this.spool = spool;
        // No FIELDS/LINES clause: the defaults are tab, no enclosure, backslash escapes, '\n' (and
        // stay so whatever the sql_mode, unlike a spelled-out '\\').
        this.sql = " INTO TABLE " + table + " CHARACTER SET utf8mb4 (" + String.join(", ", columns) + ")";
    }

    /**
     * A loader for this connection's database, or null when LOAD DATA LOCAL cannot be used: not
     * Connector/J, no spool directory in the connection's options, or the server's local_infile off.
     */
    static MysqlLocalInfile forConnection(Connection connection, String table, List<String> columns)
            throws SQLException {
        if (!connection.isWrapperFor(JdbcConnection.class)) {
            return null;
        }
        JdbcConnection mysql = connection.unwrap(JdbcConnection.class);
        if (mysql.getPropertySet().getBooleanProperty(PropertyKey.allowLoadLocalInfile).getValue()) {
            return null;   // set by the operator: we do not add to what a server could read
        }
        String path = mysql.getPropertySet().getStringProperty(PropertyKey.allowLoadLocalInfileInPath).getValue();
        if (path == null || path.isBlank() || !Files.isDirectory(Path.of(path))) {
            return null;
        }
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT @@local_infile")) {
            if (!rs.next() || rs.getInt(1) != 1) {
                return null;
            }
        }
        return new MysqlLocalInfile(Path.of(path), table, columns);
    }

    /** Loads the rows (values in column order) and returns how many the server took. */
    int load(Connection connection, List<Object[]> rows) throws SQLException {
        return loadLines(connection, rows.stream().map(MysqlLocalInfile::line).toList());
    }

    /** One row (values in column order) as a line of LOAD DATA's text, ending in a line break. */
    static String line(Object[] row) {
        return line(row, new StringBuilder(128));
    }

    /**
     * {@link #line(Object[])} made in {@code line}, emptied first: a thread that writes many lines
     * reuses one builder (a new one a row was a sixth of a load's garbage, with its growth).
     */
    static String line(Object[] row, StringBuilder line) {
        line.setLength(0);
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                line.append('\t');
            }
            field(line, row[i]);
        }
        return line.append('\n').toString();
    }

    /** The directory the driver may read from: where chunk files go ({@link ChunkSpool}). */
    Path spool() {
        return spool;
    }

    /**
     * A new, empty chunk file in the spool directory, once the directory is found to be still this
     * process's own private one. Should it have gone (a clean-up of temporary files, say), it is made
     * again; should something else have taken its place, no rows are written.
     */
    static Path newChunkFile(Path spool) throws IOException {
        if (Files.exists(spool, LinkOption.NOFOLLOW_LINKS)) {
            MysqlConnectionOptions.requireOwnSpool(spool);
        } else {
            MysqlConnectionOptions.remakeSpool(spool);
        }
        return Files.createTempFile(spool, "chunk-", ".tsv");
    }

    /** Loads rows already written as lines ({@link #line}) and returns how many the server took. */
    int loadLines(Connection connection, List<String> lines) throws SQLException {
        Path file = null;
        try {
            file = newChunkFile(spool);
            // written line by line: a chunk's text is megabytes, and one String of it would be a
            // humongous object to the garbage collector, twice (the builder and its UTF-8 bytes)
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (String line : lines) {
                    out.write(line);
                }
            }
            return loadFile(connection, file, lines.size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the chunk to the spool directory " + spool, e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // the directory is private and removed at exit
                }
            }
        }
    }

    /**
     * Loads a file of lines in the spool directory that holds {@code rows} rows, and returns how many
     * the server took: all of them, or the statement fails.
     */
    int loadFile(Connection connection, Path file, int rows) throws SQLException {
        try (Statement s = connection.createStatement()) {
            int loaded = s.executeUpdate("LOAD DATA LOCAL INFILE '" + quoted(file.toString()) + "'" + sql);
            SQLWarning warning = s.getWarnings();
            if (warning != null || loaded != rows) {
                throw new SQLException("LOAD DATA staged " + loaded + " of " + rows + " rows"
                        + (warning == null ? "" : ": " + warning.getMessage()), "22000");
            }
            return loaded;
        }
    }

    /** One value in LOAD DATA's default text form: \N for NULL, backslash escapes. */
    static void field(StringBuilder out, Object value) {
        if (value == null) {
            out.append("\\N");
            return;
        }
        if (value instanceof Long n) {
            out.append(n.longValue());
            return;
        }
        if (value instanceof Integer n) {
            out.append(n.intValue());
            return;
        }
        if (value instanceof LocalDate d && d.getYear() >= 1000 && d.getYear() <= 9999) {
            // what LocalDate.toString() gives for these years, without a String a date
            out.append(d.getYear()).append('-');
            twoDigits(out, d.getMonthValue());
            out.append('-');
            twoDigits(out, d.getDayOfMonth());
            return;
        }
        String text = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
        int n = text.length();
        int plain = 0;
        while (plain < n && !needsEscape(text.charAt(plain))) {
            plain++;
        }
        if (plain == n) {
            out.append(text);   // most values need no escape: appended at once, not a character at a time
            return;
        }
        out.append(text, 0, plain);
        for (int i = plain; i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\0' -> out.append("\\0");
                default -> out.append(c);
            }
        }
    }

    private static void twoDigits(StringBuilder out, int n) {
        out.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
    }

    private static boolean needsEscape(char c) {
        return c == '\\' || c == '\t' || c == '\n' || c == '\r' || c == '\0';
    }

    private static String quoted(String path) {
        return path.replace("\\", "\\\\").replace("'", "''");
    }
}
