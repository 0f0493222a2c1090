package org.tonle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A secret kept in a file of its own (the passport key, serve's operator token), made on first use. */
public final class SecretFiles {

    private static final Logger LOG = LoggerFactory.getLogger(SecretFiles.class);

    private SecretFiles() {
    }

    /**
     * The file's text without surrounding blanks; a missing file is first made with 32 random bytes in hex,
     * readable by its owner only where the file system has POSIX permissions ({@code made} is logged then).
     */
    public static String readOrCreate(Path file, String made) throws IOException {
        if (!Files.exists(file)) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            Files.writeString(file, HexFormat.of().formatHex(secret), StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                LOG.warn("cannot restrict the permissions of {}", file);
            }
            LOG.info("{} {}", made, file);
        }
        return Files.readString(file, StandardCharsets.UTF_8).strip();
    }
}
