package org.tonle.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tonle.support.TestDatabase;

/** A few hostile files on MariaDB, where the warehouse lives in production. */
class HostileFilesMariaDbTest {

    @TempDir
    Path scratch;

    @Test
    void zipBombNextToAValidFileOnMariaDb() throws Exception {
        try (TestDatabase db = TestDatabase.mariadb()) {
            HostileRuns.Refusal r = HostileRuns.refused(db, scratch, "immigration", "ផ្ទុះ bomb.xlsx", HostileFiles::zipBomb);
            assertThat(r.detail()).isEqualTo("immigration/ផ្ទុះ bomb.xlsx: the workbook looks like a zip bomb"
                    + " (a part inflates more than 100 times)");
        }
    }

    @Test
    void entitiesInSharedStringsOnMariaDb() throws Exception {
        String token = "TONLE-SECRET-" + UUID.randomUUID();
        Path secret = Files.writeString(Files.createTempDirectory("tonle-outside").resolve("secret.txt"), token);
        AtomicInteger fetched = new AtomicInteger();
        try (java.net.ServerSocket listener = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
             TestDatabase db = TestDatabase.mariadb()) {
            HostileFilesRunTest.listen(listener, fetched);
            HostileRuns.Refusal r = HostileRuns.refused(db, scratch, "immigration", "entities.xlsx",
                    file -> HostileFiles.withEntities(file, "xl/sharedStrings.xml", secret, listener.getLocalPort()));
            assertThat(r.detail()).startsWith("immigration/entities.xlsx: ").contains("DOCTYPE");
            try (Connection c = db.connect()) {
                assertThat(HostileRuns.everyTable(c)).doesNotContain(token);
            }
            assertThat(HostileRuns.log(scratch)).doesNotContain(token);
        }
        assertThat(fetched.get()).isZero();
    }
}
