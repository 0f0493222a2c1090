package org.tonle.feed;

import java.util.List;

/**
 * What part of the record a newer file of the same feed replaces.
 * DAY: the days of {@code fields[0]} (and every day of a period declared in the title rows);
 * MONTH: the months of {@code fields[0]}; KEY: the values of {@code fields} together (e.g. court + case).
 */
public record Versioning(By by, List<String> fields, boolean declaredPeriodCovers) {
    public enum By { DAY, MONTH, KEY }
}
