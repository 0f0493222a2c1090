package org.tonle.normalise;

/**
 * The outcome of normalising one value: the value, or the reason it was held back
 * (a sentence naming the rule, e.g. "nationality 'Korea' names more than one state: KOR, PRK").
 */
public record Resolution<T>(T value, String reason) {

    /** A blank value: one object for all (a row's blank cells made a tenth of a load's garbage). */
    private static final Resolution<?> NOTHING = new Resolution<>(null, null);

    @SuppressWarnings("unchecked")
    public static <T> Resolution<T> of(T value) {
        return value == null ? (Resolution<T>) NOTHING : new Resolution<>(value, null);
    }

    public static <T> Resolution<T> heldBack(String reason) {
        return new Resolution<>(null, reason);
    }

    public boolean ok() {
        return reason == null;
    }
}
