package org.tonle.load;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A row's values by field name, kept in an array in the order of the feed's fields: what a
 * {@code LinkedHashMap} gave, without an entry object per value (a million rows made 0.4 GB of
 * them). A field with no value is absent, as in a map (null is a value: a blank cell). Iteration is
 * in the feed's field order; names that are not the feed's fields cannot be put.
 */
final class FieldValues extends AbstractMap<String, Object> {

    /** The feed's field names, made once a feed; positions are indexes into it. */
    static final class Names {
        private final String[] names;
        private final Map<String, Integer> index = new HashMap<>();

        Names(List<String> names) {
            this.names = names.toArray(String[]::new);
            for (int i = this.names.length - 1; i >= 0; i--) {
                index.put(this.names[i], i);
            }
        }

        /** The position of a field, or -1. Most look-ups are by the feed's own strings, found by identity. */
        int indexOf(Object name) {
            for (int i = 0; i < names.length; i++) {
                if (names[i] == name) {
                    return i;
                }
            }
            Integer i = index.get(name);
            return i == null ? -1 : i;
        }

        int size() {
            return names.length;
        }

        /** Whether these are exactly the given names, in that order. */
        boolean are(List<String> fieldNames) {
            return Arrays.asList(names).equals(fieldNames);
        }
    }

    private static final Object ABSENT = new Object();

    private final Names names;
    private final Object[] values;
    private int size;

    FieldValues(Names names) {
        this.names = names;
        this.values = new Object[names.size()];
        Arrays.fill(values, ABSENT);
    }

    /** The field names these values are positioned by. */
    Names names() {
        return names;
    }

    /** The value at a field's position; null when it is null or absent. */
    Object at(int index) {
        Object v = values[index];
        return v == ABSENT ? null : v;
    }

    /** Sets the value at a field's position. */
    void set(int index, Object value) {
        if (values[index] == ABSENT) {
            size++;
        }
        values[index] = value;
    }

    /** Removes the value at a field's position and returns it (null when it was absent). */
    Object removeAt(int index) {
        Object v = values[index];
        if (v == ABSENT) {
            return null;
        }
        values[index] = ABSENT;
        size--;
        return v;
    }

    @Override
    public Object get(Object key) {
        int i = names.indexOf(key);
        return i < 0 ? null : at(i);
    }

    @Override
    public boolean containsKey(Object key) {
        int i = names.indexOf(key);
        return i >= 0 && values[i] != ABSENT;
    }

    @Override
    public Object put(String key, Object value) {
        int i = names.indexOf(key);
        if (i < 0) {
            throw new IllegalArgumentException("'" + key + "' is not one of the feed's fields");
        }
        Object previous = at(i);
        set(i, value);
        return previous;
    }

    @Override
    public Object remove(Object key) {
        int i = names.indexOf(key);
        return i < 0 ? null : removeAt(i);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void clear() {
        Arrays.fill(values, ABSENT);
        size = 0;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next = advance(0);
                    private int last = -1;

                    private int advance(int from) {
                        int i = from;
                        while (i < values.length && values[i] == ABSENT) {
                            i++;
                        }
                        return i;
                    }

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= values.length) {
                            throw new NoSuchElementException();
                        }
                        last = next;
                        next = advance(next + 1);
                        return new SimpleImmutableEntry<>(names.names[last], values[last]);
                    }

                    @Override
                    public void remove() {
                        if (last < 0 || values[last] == ABSENT) {
                            throw new IllegalStateException();
                        }
                        removeAt(last);
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
