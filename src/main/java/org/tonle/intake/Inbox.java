package org.tonle.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inbox, read-only: one folder per feed. Files are taken in arrival order (modification time,
 * then name). Nothing in it is ever moved or changed; symbolic links that lead outside it are not
 * followed, and Excel's lock files and hidden files are not files the ministries sent.
 */
public final class Inbox {

    private static final Logger LOG = LoggerFactory.getLogger(Inbox.class);
    private final Path root;

    public Inbox(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    public List<InboxFile> files(String folder) throws IOException {
        Path dir = root.resolve(folder).normalize();
        if (!dir.startsWith(root) || !Files.isDirectory(dir)) {
            return List.of();
        }
        Path realRoot = root.toRealPath();
        List<InboxFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(p -> !p.equals(dir)).toList()) {
                String fileName = p.getFileName().toString();
                if (fileName.startsWith(".") || fileName.startsWith("~$")) {
                    continue;
                }
                if (Files.isSymbolicLink(p) && !p.toRealPath().startsWith(realRoot)) {
                    LOG.warn("not following {}: the link leads outside the inbox", printable(p.toString()));
                    continue;
                }
                BasicFileAttributes attrs = Files.readAttributes(p, BasicFileAttributes.class);
                if (!attrs.isRegularFile() && !(Files.isSymbolicLink(p) && Files.isRegularFile(p))) {
                    continue;
                }
                BasicFileAttributes target = Files.readAttributes(p, BasicFileAttributes.class, new LinkOption[0]);
                files.add(new InboxFile(p, printable(dir.relativize(p).toString().replace('\\', '/')), target.size(),
                        target.lastModifiedTime().toInstant()));
            }
        }
        files.sort(Comparator.comparing(InboxFile::modified).thenComparing(InboxFile::name));
        return files;
    }

    /**
     * The name as recorded and shown: a control character (a line break or tab in a file name) would
     * forge lines in the run's table, the status output and the log, so it is shown as U+FFFD.
     */
    static String printable(String name) {
        return name.replaceAll("\\p{Cc}", "\uFFFD");
    }
}
