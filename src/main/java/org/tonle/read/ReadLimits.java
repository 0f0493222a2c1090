package org.tonle.read;

/**
 * Bounds that keep a hostile or broken file from exhausting the machine.
 *
 * <p>Derived bounds: no part of an xlsx package may unpack to more than {@link #maxPartBytes()};
 * a part that inflates more than 100 times is a zip bomb.
 *
 * @param maxFileBytes   a larger file is refused before it is opened
 * @param maxFieldChars  the largest CSV field / cell text accepted
 * @param maxColumns     the widest row accepted
 */
public record ReadLimits(long maxFileBytes, int maxFieldChars, int maxColumns) {
    public static final ReadLimits DEFAULT = new ReadLimits(512L * 1024 * 1024, 4 * 1024 * 1024, 500);

    /**
     * The most bytes one part of an xlsx package (a sheet's XML) may unpack to: the file-size bound,
     * which is generous (a 200,000-row sheet is about 100 MB of XML) yet keeps a bomb from filling a disk
     * or a heap, floored at 64 MB so that small file bounds in tests do not refuse ordinary sheets.
     */
    public long maxPartBytes() {
        return Math.max(maxFileBytes, 64L * 1024 * 1024);
    }
}
