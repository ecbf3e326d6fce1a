package org.innoscape.analysis.duplication.core;

import java.util.Arrays;

/**
 * The members of every blocking key in one array, key after key, each key's in member order: key k's are at
 * {@code [starts[k], starts[k + 1])}. One array for all the lists, not an array per key: a large register has about a million
 * keys.
 *
 * @param members the members of every key, key after key
 * @param starts  where each key's members begin, and at {@code starts[keyCount]} where the last one's end
 */
record KeyLists(int[] members, int[] starts) {

    /** The lists of {@code keyCount} keys, from each member's keys (member i has keys {@code keysOf[i]}). */
    static KeyLists of(int[][] keysOf, int keyCount) {
        int[] starts = new int[keyCount + 1];
        for (int[] keys : keysOf) {
            for (int key : keys) {
                starts[key + 1]++;
            }
        }
        for (int key = 0; key < keyCount; key++) {
            starts[key + 1] += starts[key];
        }
        int[] members = new int[starts[keyCount]];
        int[] fill = Arrays.copyOf(starts, keyCount);
        for (int member = 0; member < keysOf.length; member++) {
            for (int key : keysOf[member]) {
                members[fill[key]++] = member; // members in order, so each list is sorted
            }
        }
        return new KeyLists(members, starts);
    }
}
