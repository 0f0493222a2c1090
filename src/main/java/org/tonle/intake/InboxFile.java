package org.tonle.intake;

import java.nio.file.Path;
import java.time.Instant;

/** A file found in a feed's inbox folder. {@code name} is its path inside that folder. */
public record InboxFile(Path path, String name, long size, Instant modified) {
}
