package org.tonle.load;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Completes a MySQL/MariaDB connection URL with what bulk staging needs, leaving every option the
 * operator wrote as it is:
 * <ul>
 *   <li>{@code rewriteBatchedStatements=true}: a JDBC batch goes to the server as multi-row
 *       statements instead of one round trip per row (used for held-back rows and control totals,
 *       and for staging when LOAD DATA LOCAL is not available);</li>
 *   <li>{@code cachePrepStmts=true}, {@code prepStmtCacheSize=250}, {@code prepStmtCacheSqlLimit=4096}:
 *       a statement the connection has prepared before is not parsed again (HikariCP's advice for
 *       Connector/J);</li>
 *   <li>{@code allowLoadLocalInfileInPath=<spool>}: LOAD DATA LOCAL INFILE may read files in one
 *       directory only, a fresh one of this process (mode 700, under java.io.tmpdir or
 *       {@code tonle.mysql.spool-dir}), where {@link MysqlLocalInfile} writes each chunk and
 *       deletes it after the statement. {@code allowLoadLocalInfile} stays false: Connector/J 9
 *       then refuses any server request for a file outside that directory, so a malicious or
 *       impersonated server cannot make Tonle send it other files (with allowLoadLocalInfile=true
 *       it could request any readable file, for any statement).</li>
 * </ul>
 * {@code tonle.mysql.load-data-local=false} leaves LOAD DATA LOCAL off (staging then uses batched
 * INSERTs); the server must also allow it ({@code local_infile=ON}, MariaDB's default).
 */
@Component
public class MysqlConnectionOptions implements BeanPostProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(MysqlConnectionOptions.class);
    static final String IN_PATH = "allowLoadLocalInfileInPath";
    static final String SPOOL_PREFIX = "tonle-bulk-";
    /** A spool directory's permissions: only its owner may enter it. */
    private static final Set<PosixFilePermission> PRIVATE = Set.copyOf(PosixFilePermissions.fromString("rwx------"));
    /** This process's user, as file owners are compared (looked up once). */
    private static volatile UserPrincipal me;
    /**
     * Batch rewriting, and the driver's cache of parsed statements (it parses the text of every
     * statement it prepares; Spring Batch prepares the same few statements for every chunk, and the
     * repository's are longer than the default 256-character limit of that cache).
     */
    static final List<String> STATEMENTS = List.of("rewriteBatchedStatements=true", "cachePrepStmts=true",
            "prepStmtCacheSize=250", "prepStmtCacheSqlLimit=4096");

    private final boolean loadDataLocal;
    private final String spoolParent;

    public MysqlConnectionOptions(@Value("${tonle.mysql.load-data-local:true}") boolean loadDataLocal,
                                  @Value("${tonle.mysql.spool-dir:}") String spoolParent) {
        this.loadDataLocal = loadDataLocal;
        this.spoolParent = spoolParent;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
            String url = complete(hikari.getJdbcUrl());
            if (!url.equals(hikari.getJdbcUrl())) {
                hikari.setJdbcUrl(url);
            }
        }
        return bean;
    }

    String complete(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("jdbc:mysql:") && !lower.startsWith("jdbc:mariadb:")) {
            return url;
        }
        Set<String> given = options(url);
        StringBuilder out = new StringBuilder(url);
        for (String option : STATEMENTS) {
            String name = option.substring(0, option.indexOf('='));
            if (!given.contains(name.toLowerCase(Locale.ROOT))) {
                append(out, option);
            }
        }
        if (given.contains("allowloadlocalinfile")) {
            LOG.warn("the database URL sets allowLoadLocalInfile: the server may then ask for any file this process "
                    + "can read; Tonle needs only {} (which it sets itself)", IN_PATH);
        }
        if (loadDataLocal && lower.startsWith("jdbc:mysql:") && !given.contains(IN_PATH.toLowerCase(Locale.ROOT))) {
            append(out, IN_PATH + "=" + spool());
        }
        return out.toString();
    }

    private static Set<String> options(String url) {
        int q = url.indexOf('?');
        if (q < 0) {
            return Set.of();
        }
        return Arrays.stream(url.substring(q + 1).split("&"))
                .map(p -> p.split("=", 2)[0].strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    private static void append(StringBuilder url, String option) {
        url.append(url.indexOf("?") < 0 ? '?' : '&').append(option);
    }

    /**
     * A new, private, empty directory, named after this process and removed when it ends; those of
     * processes that ended without removing theirs (killed in the middle of a load) go first.
     */
    private Path spool() {
        try {
            Path parent = spoolParent.isBlank() ? Path.of(System.getProperty("java.io.tmpdir")) : Path.of(spoolParent);
            Files.createDirectories(parent);
            removeLeftovers(parent);
            String prefix = SPOOL_PREFIX + ProcessHandle.current().pid() + "-";
            Path dir;
            try {
                dir = Files.createTempDirectory(parent, prefix,
                        PosixFilePermissions.asFileAttribute(PRIVATE));
            } catch (UnsupportedOperationException notPosix) {
                dir = Files.createTempDirectory(parent, prefix);
            }
            dir = dir.toRealPath();
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the bulk-load spool directory", e);
        }
    }

    /**
     * Makes this process's spool directory again after something removed it, private as before; if
     * another directory (or a link) took its place, or not this user's, it is refused: rows are not
     * written where someone else could read them.
     */
    static void remakeSpool(Path dir) throws IOException {
        try {
            try {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PRIVATE));
            } catch (UnsupportedOperationException notPosix) {
                Files.createDirectory(dir);
            }
            LOG.warn("the bulk-load spool directory {} had been removed (a clean-up of temporary files?); made it again",
                    dir);
        } catch (FileAlreadyExistsException raced) {
            // made meanwhile: by this process's other thread, or by someone else (checked next)
        }
        requireOwnSpool(dir);
    }

    private static UserPrincipal user(Path onFileSystem) throws IOException {
        UserPrincipal user = me;
        if (user == null) {
            user = onFileSystem.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name"));
            me = user;
        }
        return user;
    }

    /** The spool directory is still a real directory of this user that only this user can enter. */
    static void requireOwnSpool(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) || !user(dir).equals(Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS))
                || Files.getFileAttributeView(dir, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS) != null
                && !Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS)
                        .equals(PRIVATE)) {
            throw new IOException("the bulk-load spool directory " + dir + " was replaced by one that is not this "
                    + "process's own; rows are not written there");
        }
    }

    /**
     * Removes the spool directories (and their chunk files, which hold rows of a load) of Tonle
     * processes that are gone. Only a real directory (not a link) of this user, named
     * {@code tonle-bulk-<process id>-...} for a process id no longer running, and in it only regular
     * files, are deleted; anything else is left as it is.
     */
    static void removeLeftovers(Path parent) {
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(parent, SPOOL_PREFIX + "*")) {
            for (Path dir : dirs) {
                String rest = dir.getFileName().toString().substring(SPOOL_PREFIX.length());
                int dash = rest.indexOf('-');
                long pid;
                try {
                    pid = dash > 0 ? Long.parseLong(rest.substring(0, dash)) : -1;
                } catch (NumberFormatException e) {
                    pid = -1;
                }
                if (pid <= 0 || ProcessHandle.of(pid).isPresent() || !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                if (!user(parent).equals(Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS))) {
                    continue;
                }
                removeFlat(dir);
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("could not look for spool directories left behind in {}: {}", parent, e.toString());
        }
    }

    private static void removeFlat(Path dir) throws IOException {
        boolean empty = true;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(file);
                } else {
                    empty = false;
                }
            }
        }
        if (empty) {
            Files.deleteIfExists(dir);
            LOG.info("removed the bulk-load spool directory {} of a process that ended without removing it", dir);
        }
    }
}
