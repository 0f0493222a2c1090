package org.tonle.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Looks at a workbook's ZIP directory before POI opens it, so that a bomb, a damaged archive or a
 * crafted one (two entries with one name: which one would POI read?) is refused with a plain
 * reason. POI's own ZipSecureFile guard stays on as a backstop while the parts are inflated,
 * because the sizes in the directory can lie.
 */
final class ZipGuard {
    static final int MAX_RATIO = 100;
    static final int MAX_ENTRIES = 1000;
    /** Below this many bytes, a high ratio is harmless (and common for tiny XML parts). */
    private static final long GRACE_BYTES = 1 << 20;

    static {
        // these settings are JVM-wide; every reader in the process gets the same values
        ZipSecureFile.setMinInflateRatio(1.0 / MAX_RATIO);
        ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
        ZipSecureFile.setMaxEntrySize(1L << 30);
    }

    private ZipGuard() {
    }

    static String bombMessage(String displayName) {
        return displayName + ": the workbook looks like a zip bomb (a part inflates more than "
                + MAX_RATIO + " times)";
    }

    static String partTooLargeMessage(String displayName, ReadLimits limits) {
        return displayName + ": the workbook looks like a zip bomb (a part unpacks to more than "
                + Texts.count(limits.maxPartBytes()) + " bytes)";
    }

    /** Checks the ZIP directory; returns normally when POI may open the file. */
    static void check(Path file, String displayName, ReadLimits limits) throws UnreadableFileException {
        try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
            Set<String> names = new HashSet<>();
            int count = 0;
            for (Enumeration<ZipArchiveEntry> entries = zip.getEntries(); entries.hasMoreElements(); ) {
                ZipArchiveEntry entry = entries.nextElement();
                if (++count > MAX_ENTRIES) {
                    throw new UnreadableFileException(displayName + ": the workbook holds more than "
                            + Texts.count(MAX_ENTRIES) + " parts, which no real workbook does");
                }
                // OPC part names are case-insensitive, so "Sheet1.xml" and "sheet1.xml" collide too
                if (!names.add(entry.getName().toLowerCase(Locale.ROOT))) {
                    throw new UnreadableFileException(displayName + ": the workbook is damaged or forged:"
                            + " it holds two parts named '" + entry.getName() + "'");
                }
                checkSize(entry, displayName, limits);
            }
        } catch (IOException e) {
            String duplicate = duplicateName(e);
            if (duplicate != null) {
                throw new UnreadableFileException(displayName + ": the workbook is damaged or forged:"
                        + " it holds two parts named '" + duplicate + "'", e);
            }
            throw damaged(displayName, e);
        }
    }

    /** POI's ZipSecureFile already refuses duplicate names while reading the directory; its words are internal. */
    private static String duplicateName(IOException e) {
        String marker = "more than 1 entry with the name ";
        String message = e.getMessage();
        int at = message == null ? -1 : message.indexOf(marker);
        return at < 0 ? null : message.substring(at + marker.length()).trim();
    }

    private static void checkSize(ZipArchiveEntry entry, String displayName, ReadLimits limits)
            throws UnreadableFileException {
        long size = entry.getSize();
        long compressed = entry.getCompressedSize();
        if (size > GRACE_BYTES && compressed >= 0 && size > compressed * MAX_RATIO) {
            throw new UnreadableFileException(bombMessage(displayName));
        }
        if (size > limits.maxPartBytes()) {
            throw new UnreadableFileException(partTooLargeMessage(displayName, limits));
        }
    }

    static UnreadableFileException damaged(String displayName, Exception e) {
        return new UnreadableFileException(displayName + ": the workbook is damaged or incomplete"
                + " (its ZIP structure cannot be read: " + Texts.reason(e) + ")", e);
    }

    /** True when POI's inflate guard stopped reading somewhere in this exception's chain. */
    static boolean isPoiBombAlarm(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains("ZIP entry size is too large"))) {
                return true;
            }
        }
        return false;
    }
}
