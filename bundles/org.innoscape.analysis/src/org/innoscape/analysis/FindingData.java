package org.innoscape.analysis;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * A finding's figures: an unmodifiable map in the order the rule gave them, kept as two arrays. A duplicate
 * check of a large register makes half a million findings of some forty figures each, and a linked hash map's
 * entries (about 48 bytes a figure, against 16 here) were most of their memory. Looking a figure up reads the
 * keys in turn, which is as fast as hashing for the few dozen a finding has.
 */
final class FindingData extends AbstractMap<String, Object> {
    private static final FindingData EMPTY = new FindingData(new String[0], new Object[0]);

    private final String[] keys;
    private final Object[] values;

    private FindingData(String[] keys, Object[] values) {
        this.keys = keys;
        this.values = values;
    }

    /** The same figures in the same order, unmodifiable. */
    static Map<String, Object> copyOf(Map<String, Object> data) {
        if (data instanceof FindingData same) {
            return same;
        }
        if (data.isEmpty()) {
            return EMPTY;
        }
        String[] keys = new String[data.size()];
        Object[] values = new Object[keys.length];
        int at = 0;
        for (Map.Entry<String, Object> entry : data.entrySet()) {
            keys[at] = entry.getKey();
            values[at++] = entry.getValue();
        }
        return new FindingData(keys, values);
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public Object get(Object key) {
        int at = indexOf(key);
        return at < 0 ? null : values[at];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    private int indexOf(Object key) {
        for (int i = 0; i < keys.length; i++) {
            if (Objects.equals(keys[i], key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int at = next++;
                        return new SimpleImmutableEntry<>(keys[at], values[at]);
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }
}
