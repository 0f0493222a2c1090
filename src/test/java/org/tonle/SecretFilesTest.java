package org.tonle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A secret file is made readable by its owner only from the moment it exists, in a folder only its owner
 * can open when the folder is new; processes that make it at the same time all read the same secret.
 */
class SecretFilesTest {

    @TempDir
    Path scratch;

    @Test
    void aNewSecretIsItsOwnersAloneFromTheStart() throws Exception {
        Path file = scratch.resolve("secrets").resolve("serve.token");
        String secret = SecretFiles.readOrCreate(file, "made");
        assertThat(secret).matches("[0-9a-f]{64}");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        // nothing else is left in the folder, and the secret stays what it is
        try (var listed = Files.list(file.getParent())) {
            assertThat(listed.map(p -> p.getFileName().toString()).toList()).containsExactly("serve.token");
        }
        assertThat(SecretFiles.readOrCreate(file, "made")).isEqualTo(secret);

        Path written = scratch.resolve("written.key");
        Files.writeString(written, "  an operator's key\n");
        assertThat(SecretFiles.readOrCreate(written, "made")).isEqualTo("an operator's key");
    }

    @Test
    void processesMakingItAtTheSameTimeAllReadTheSameSecret() throws Exception {
        for (int round = 0; round < 20; round++) {
            Path file = scratch.resolve("race-" + round).resolve("passport.key");
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<String>> read = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    read.add(pool.submit(() -> {
                        go.await();
                        return SecretFiles.readOrCreate(file, "made");
                    }));
                }
                go.countDown();
                Set<String> secrets = read.stream().map(f -> {
                    try {
                        return f.get();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).collect(Collectors.toSet());
                assertThat(secrets).hasSize(1);
                assertThat(secrets.iterator().next()).matches("[0-9a-f]{64}").isEqualTo(Files.readString(file));
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
