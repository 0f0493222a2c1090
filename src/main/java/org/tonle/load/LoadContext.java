package org.tonle.load;

import java.nio.file.Path;
import java.time.LocalDate;
import org.tonle.feed.FeedDefinition;

/**
 * What the steps of one file's job share: the load, the file, and what the reader learnt from the
 * file's title rows and workbook settings.
 */
public class LoadContext {

    private final long loadId;
    private final FeedDefinition feed;
    private final Path file;
    private final String displayName;
    private volatile boolean date1904;
    private volatile LocalDate declaredFrom;
    private volatile LocalDate declaredTo;

    public LoadContext(long loadId, FeedDefinition feed, Path file, String displayName) {
        this.loadId = loadId;
        this.feed = feed;
        this.file = file;
        this.displayName = displayName;
    }

    public long loadId() {
        return loadId;
    }

    public FeedDefinition feed() {
        return feed;
    }

    public Path file() {
        return file;
    }

    public String displayName() {
        return displayName;
    }

    public boolean date1904() {
        return date1904;
    }

    public void date1904(boolean value) {
        date1904 = value;
    }

    public LocalDate declaredFrom() {
        return declaredFrom;
    }

    public LocalDate declaredTo() {
        return declaredTo;
    }

    public void declaredPeriod(LocalDate from, LocalDate to) {
        declaredFrom = from;
        declaredTo = to;
    }
}
