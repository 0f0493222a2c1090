package org.tonle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A secret kept in a file of its own (the passport key, serve's operator token), made on first use. */
public final class SecretFiles {

    private static final Logger LOG = LoggerFactory.getLogger(SecretFiles.class);

    private SecretFiles() {
    }

    /**
     * The file's text without surrounding blanks. A missing file is first made with 32 random bytes in hex,
     * readable by its owner only from the moment it exists (in a folder made for it, where the folder is new,
     * open to its owner only), and {@code made} is logged then; should another process make it at the same
     * time, both read the one that came first. An existing file other accounts can read is used, with a
     * warning.
     */
    public static String readOrCreate(Path file, String made) throws IOException {
        if (Files.exists(file)) {
            warnIfReadableByOthers(file);
        } else {
            create(file, made);
        }
        return Files.readString(file, StandardCharsets.UTF_8).strip();
    }

    private static void create(Path file, String made) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (!Files.isDirectory(dir)) {
            if (posix) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(dir);
            }
        }
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        // written whole under another name (a temporary file is its owner's alone where there are POSIX
        // permissions), then given its name by a link, which fails if the name is taken meanwhile
        Path written = Files.createTempFile(dir, ".secret-", ".tmp");
        try {
            Files.writeString(written, HexFormat.of().formatHex(secret), StandardCharsets.UTF_8);
            try {
                Files.createLink(file, written);
            } catch (UnsupportedOperationException noLinks) {
                Files.move(written, file);
            }
            LOG.info("{} {}", made, file);
        } catch (FileAlreadyExistsException another) {
            LOG.info("{} was made by another process meanwhile; reading that one", file);
        } finally {
            Files.deleteIfExists(written);
        }
        if (!posix) {
            LOG.warn("cannot restrict who can read {} on this file system", file);
        }
    }

    private static void warnIfReadableByOthers(Path file) throws IOException {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        if (permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(PosixFilePermission.OTHERS_READ)) {
            LOG.warn("{} can be read by other accounts than its owner's ({}); chmod 600 it", file,
                    PosixFilePermissions.toString(permissions));
        }
    }
}
