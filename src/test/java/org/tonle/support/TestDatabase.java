package org.tonle.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** A fresh, empty warehouse for one test: an H2 file in a temp folder, or a new MariaDB database. */
public final class TestDatabase implements AutoCloseable {

    public static final String MARIADB_ROOT = "jdbc:mysql://127.0.0.1:3306/";
    private static final String MARIADB_OPTIONS = "?useSSL=false&allowPublicKeyRetrieval=true"
            + "&rewriteBatchedStatements=true&characterEncoding=UTF-8";

    private final String url;
    private final String user;
    private final String mariaName;

    private TestDatabase(String url, String user, String mariaName) {
        this.url = url;
        this.user = user;
        this.mariaName = mariaName;
    }

    public static TestDatabase h2(Path dir) {
        return new TestDatabase("jdbc:h2:file:" + dir.resolve("warehouse").toAbsolutePath() + ";AUTO_SERVER=TRUE", "sa",
                null);
    }

    /** A new database on the local MariaDB; the server must be running (.ci/run starts it). */
    public static TestDatabase mariadb() throws SQLException {
        String name = "tonle_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(MARIADB_ROOT + MARIADB_OPTIONS, "root", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        }
        return new TestDatabase(MARIADB_ROOT + name + MARIADB_OPTIONS, "root", name);
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public boolean isMariaDb() {
        return mariaName != null;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, "");
    }

    /** The settings that point the application at this database. */
    public String[] springArgs() {
        return new String[] {"--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--spring.datasource.password="};
    }

    @Override
    public void close() throws SQLException {
        if (mariaName != null) {
            try (Connection c = DriverManager.getConnection(MARIADB_ROOT + MARIADB_OPTIONS, "root", "");
                 Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + mariaName);
            }
        }
    }
}
