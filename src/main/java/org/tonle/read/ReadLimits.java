package org.tonle.read;

/**
 * Bounds that keep a hostile or broken file from exhausting the machine.
 *
 * @param maxFileBytes   a larger file is refused before it is opened
 * @param maxFieldChars  the largest CSV field / cell text accepted
 * @param maxColumns     the widest row accepted
 */
public record ReadLimits(long maxFileBytes, int maxFieldChars, int maxColumns) {
    public static final ReadLimits DEFAULT = new ReadLimits(512L * 1024 * 1024, 4 * 1024 * 1024, 500);
}
