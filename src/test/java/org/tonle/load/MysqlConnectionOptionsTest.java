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
