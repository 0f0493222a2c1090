package org.tonle.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileLedgerHashTest {

    @TempDir
    Path dir;

    @Test
    void smallFileHasTheStandardDigest() throws Exception {
        Path file = Files.writeString(dir.resolve("abc.csv"), "abc", StandardCharsets.US_ASCII);
        // FIPS 180-2, appendix B.1
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", FileLedger.sha256(file));
    }

    @Test
    void fileOfSeveralBuffersAndAPartOneHasTheDigestOfAllItsBytes() throws Exception {
        // 200,000 bytes of 'a' (three 64 KiB reads and a short one); the digest computed by sha256sum
        Path file = Files.write(dir.resolve("a.csv"), "a".repeat(200_000).getBytes(StandardCharsets.US_ASCII));
        assertEquals(EXPECTED_200K_A, FileLedger.sha256(file));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                FileLedger.sha256(Files.createFile(dir.resolve("empty.csv"))));
    }

    private static final String EXPECTED_200K_A = "2287d207f24a941ff3b56c04c8a25ad56b63e3023207b3bb5b4ac0c9869d74be";
}
