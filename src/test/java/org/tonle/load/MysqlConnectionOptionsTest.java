package org.tonle.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MysqlConnectionOptionsTest {

    @TempDir
    Path spool;

    @Test
    void h2_urls_are_left_alone() {
        String url = "jdbc:h2:file:/tmp/x/warehouse;AUTO_SERVER=TRUE";
        assertThat(new MysqlConnectionOptions(true, spool.toString()).complete(url)).isEqualTo(url);
    }

    @Test
    void a_mysql_url_gets_batch_rewriting_a_statement_cache_and_a_private_spool_directory_only() {
        String url = new MysqlConnectionOptions(true, spool.toString()).complete("jdbc:mysql://db:3306/tonle");
        assertThat(url).startsWith("jdbc:mysql://db:3306/tonle?rewriteBatchedStatements=true&cachePrepStmts=true"
                + "&prepStmtCacheSize=250&prepStmtCacheSqlLimit=4096&allowLoadLocalInfileInPath=");
        assertThat(url).doesNotContainIgnoringCase("allowLoadLocalInfile=");
        Path dir = Path.of(url.substring(url.indexOf("InPath=") + 7));
        assertThat(dir.getParent()).isEqualTo(spool.toAbsolutePath());
        assertThat(Files.isDirectory(dir)).isTrue();
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void the_spool_directory_is_named_after_the_process_and_those_of_ended_processes_are_removed() throws Exception {
        long gone = 2_147_483_646L;   // above any process id this system hands out
        Path leftover = Files.createDirectories(spool.resolve("tonle-bulk-" + gone + "-123"));
        Files.writeString(leftover.resolve("chunk-1.tsv"), "rows of a killed load\n");
        long running = ProcessHandle.current().pid();
        Path live = Files.createDirectories(spool.resolve("tonle-bulk-" + running + "-456"));
        Files.writeString(live.resolve("chunk-2.tsv"), "rows of a running load\n");
        Path other = Files.createDirectories(spool.resolve("tonle-bulk-older"));
        Path outside = Files.createDirectories(spool.resolve("outside"));
        Files.writeString(outside.resolve("keep.tsv"), "not a spool file\n");
        Path linked = Files.createSymbolicLink(spool.resolve("tonle-bulk-" + gone + "-789"), outside);

        String url = new MysqlConnectionOptions(true, spool.toString()).complete("jdbc:mysql://db/tonle");

        Path made = Path.of(url.substring(url.indexOf("InPath=") + 7));
        assertThat(made.getFileName().toString()).startsWith("tonle-bulk-" + running + "-");
        assertThat(Files.exists(leftover)).isFalse();
        assertThat(live.resolve("chunk-2.tsv")).exists();
        assertThat(other).isDirectory();
        assertThat(Files.isSymbolicLink(linked)).isTrue();
        assertThat(outside.resolve("keep.tsv")).exists();
    }

    @Test
    void options_the_operator_wrote_are_kept() {
        String url = "jdbc:mysql://db/tonle?useSSL=true&RewriteBatchedStatements=false&allowLoadLocalInfileInPath=/srv/x"
                + "&cachePrepStmts=false&prepStmtCacheSize=10&PREPSTMTCACHESQLLIMIT=100";
        assertThat(new MysqlConnectionOptions(true, spool.toString()).complete(url)).isEqualTo(url);
    }

    @Test
    void load_data_local_can_be_switched_off() {
        assertThat(new MysqlConnectionOptions(false, spool.toString()).complete("jdbc:mysql://db/tonle?useSSL=false"))
                .isEqualTo("jdbc:mysql://db/tonle?useSSL=false&rewriteBatchedStatements=true&cachePrepStmts=true"
                        + "&prepStmtCacheSize=250&prepStmtCacheSqlLimit=4096");
    }
}
