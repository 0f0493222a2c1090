package org.tonle.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tonle.support.TestDatabase;

/**
 * Every hostile or broken file of issue 8, each in a full run next to a valid police CSV (on H2; the
 * MariaDB variant is {@link HostileFilesMariaDbTest}). The surefire heap is 512 MB: a zip bomb that
 * were inflated would not fit.
 */
class HostileFilesRunTest {

    @TempDir
    Path scratch;

    private HostileRuns.Refusal refused(String folder, String name, HostileRuns.Builder build, String... args)
            throws Exception {
        try (TestDatabase db = TestDatabase.h2(scratch)) {
            return HostileRuns.refused(db, scratch, folder, name, build, args);
        }
    }

    @Test
    void zipBombIsRefusedWithoutInflating() throws Exception {
        Runtime runtime = Runtime.getRuntime();
        HostileRuns.Refusal r = refused("immigration", "bomb.xlsx", HostileFiles::zipBomb);
        assertThat(r.detail()).isEqualTo("immigration/bomb.xlsx: the workbook looks like a zip bomb (a part inflates more than 100 times)");
        assertThat(Files.size(scratch.resolve("inbox/immigration/bomb.xlsx"))).isLessThan(2L << 20);
        assertThat(runtime.maxMemory()).as("the suite runs with the small surefire heap").isLessThanOrEqualTo(600L << 20);
    }

    @Test
    void workbookWithTooManyPartsIsRefused() throws Exception {
        HostileRuns.Refusal r = refused("immigration", "many parts.xlsx", HostileFiles::tooManyEntries);
        assertThat(r.detail()).isEqualTo("immigration/many parts.xlsx: the workbook holds more than 1,000 parts, which no real workbook does");
    }

    @Test
    void workbookWithTwoPartsOfOneNameIsRefused() throws Exception {
        HostileRuns.Refusal r = refused("immigration", "twins.xlsx", HostileFiles::duplicateEntryNames);
        assertThat(r.detail()).isEqualTo("immigration/twins.xlsx: the workbook is damaged or forged: it holds two parts named "
                + "'xl/worksheets/sheet1.xml'");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xl/worksheets/sheet1.xml", "xl/workbook.xml", "xl/sharedStrings.xml", "[Content_Types].xml"})
    void externalEntitiesAndEntityExpansionAreNeverResolved(String part) throws Exception {
        String token = "TONLE-SECRET-" + UUID.randomUUID();
        Path secret = Files.writeString(Files.createTempDirectory("tonle-outside").resolve("secret.txt"), token);
        AtomicInteger fetched = new AtomicInteger();
        try (ServerSocket listener = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            Thread accepting = listen(listener, fetched);
            HostileRuns.Refusal r = refused("immigration", "entities.xlsx",
                    file -> HostileFiles.withEntities(file, part, secret, listener.getLocalPort()));
            // sheet, workbook and shared strings: "the workbook is refused: one of its XML parts uses a DTD or
            // entities, which are never read (...)"; [Content_Types].xml is parsed by POI while opening the
            // package and is reported as "this is a ZIP archive, not an Excel workbook (DOCTYPE is disallowed...)"
            assertThat(r.detail()).startsWith("immigration/entities.xlsx: ").containsAnyOf("DTD", "DOCTYPE");
            try (TestDatabase db = TestDatabase.h2(scratch); Connection c = db.connect()) {
                assertThat(HostileRuns.everyTable(c)).doesNotContain(token).doesNotContain("lollollol");
            }
            assertThat(HostileRuns.log(scratch)).doesNotContain(token).doesNotContain("lollollol");
            assertThat(r.run().out() + r.run().err()).doesNotContain(token);
            accepting.interrupt();
        }
        assertThat(fetched.get()).as("connections to the URL the workbook names").isZero();
    }

    @Test
    void truncatedWorkbookIsRefused() throws Exception {
        HostileRuns.Refusal r = refused("immigration", "half.xlsx", HostileFiles::truncated);
        assertThat(r.detail()).startsWith("immigration/half.xlsx: the workbook is damaged or incomplete (its ZIP structure cannot be read: ");
    }

    @Test
    void emptyFileIsRefused() throws Exception {
        HostileRuns.Refusal r = refused("police", "empty.csv", file -> HostileFiles.write(file, new byte[0]));
        assertThat(r.detail()).isEqualTo("police/empty.csv: the file is empty");
    }

    @Test
    void emptyWorkbookIsRefused() throws Exception {
        HostileRuns.Refusal r = refused("immigration", "empty.xlsx", file -> HostileFiles.write(file, new byte[0]));
        assertThat(r.detail()).isEqualTo("immigration/empty.xlsx: the file is empty");
    }

    @Test
    void pngRenamedCsvIsRefused() throws Exception {
        HostileRuns.Refusal r = refused("police", "photo.csv", HostileFiles::pngAsCsv);
        assertThat(r.detail()).isEqualTo("police/photo.csv: this is a PNG image, not a CSV file");
    }

    @Test
    void passwordProtectedWorkbookIsRefused() throws Exception {
        HostileRuns.Refusal r = refused("immigration", "locked.xlsx", HostileFiles::passwordProtected);
        assertThat(r.detail()).isEqualTo("immigration/locked.xlsx: the workbook is password-protected");
    }

    @Test
    void csvFieldOverTheBoundIsRefused() throws Exception {
        HostileRuns.Refusal r = refused("police", "long remark.csv", HostileFiles::csvWithHugeField,
                "--tonle.max-field-chars=100000");
        assertThat(r.detail()).isEqualTo("police/long remark.csv: line 2 has a field longer than 100,000 characters");
    }

    @Test
    void fileOverTheSizeBoundIsRefusedUnread() throws Exception {
        HostileRuns.Refusal r = refused("police", "big.csv", file -> HostileFiles.csvOfSize(file, 2_000_000),
                "--tonle.max-file-bytes=1000000");
        assertThat(r.detail()).isEqualTo("police/big.csv: the file is 2,000,000 bytes, larger than the 1,000,000 bytes accepted");
    }

    /** Accepts and counts connections until closed, answering nothing. */
    static Thread listen(ServerSocket listener, AtomicInteger accepted) {
        Thread thread = new Thread(() -> {
            while (!listener.isClosed()) {
                try (Socket s = listener.accept(); InputStream in = s.getInputStream()) {
                    accepted.incrementAndGet();
                    in.readNBytes(16);
                } catch (IOException e) {
                    return;
                }
            }
        }, "xxe-listener");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
