package org.innoscape.analysis.duplication.core;

import java.util.Arrays;
import java.util.BitSet;
import java.util.function.IntConsumer;

/**
 * Blocking keys of record linkage: initiatives that name one place, condition, population, setting of care or intervention,
 * state one region or a term of one technology area, or involve one body as owner or partner, and may have started within
 * {@code duplication-start-within} days of each other are candidates, however few words they share. Two bodies recording one
 * programme each in its own words keep its start and for whom or where it is; the words-based keys cannot find them.
 * <p>
 * Each key's initiatives are kept in order of their earliest start, so an initiative's candidates under a key are found by a
 * binary search and a walk through the window of starts around its own. A key rare enough that the wide window, starts less
 * than {@code start-apart} days away, holds at most {@code maxWindow} initiatives is walked through that (bodies date one
 * programme differently); otherwise the narrow one, within {@code duplication-start-within} days. A narrow window holding
 * more than {@code maxWindow} initiatives is too common to find candidates by: it is not walked, and its size is counted (an
 * upper bound of the pairs left unscored). Initiatives whose particulars could not give {@code minBits} of evidence with
 * anyone have no keys.
 */
final class ParticularKeys implements java.io.Serializable {
    private static final long serialVersionUID = 2L; // 2: wide windows

    private final long[] startFrom;
    private final long[] startBy;
    private final int withinDays;
    /** The most days apart the starts of a rare key's candidates may lie: less than start-apart. */
    private final int wideDays;
    private final int maxWindow;
    private final int[][] keysOf;
    /** The initiatives of every key, key after key, each key's by earliest start; key k's are at [starts[k], starts[k + 1]). */
    private final int[] members;
    /** The earliest start of each entry of {@link #members}. */
    private final long[] memberFrom;
    private final int[] starts;
    /** For each key, the most days between the earliest and latest start of any of its initiatives. */
    private final long[] widest;

    ParticularKeys(InitiativeFeatures features, PairScorer scorer, int withinDays, int apartDays, double minBits, int maxWindow) {
        this.startFrom = features.startFrom;
        this.startBy = features.startBy;
        this.withinDays = withinDays;
        this.wideDays = Math.max(withinDays, apartDays - 1);
        this.maxWindow = maxWindow;
        int n = startFrom.length;
        NamedEntities.Kind[] kinds = NamedEntities.Kind.values();
        int[] offset = new int[kinds.length + 1];
        for (int k = 0; k < kinds.length; k++) {
            int families = 0;
            for (BitSet named : features.named.get(kinds[k])) {
                families = Math.max(families, named.length());
            }
            offset[k + 1] = offset[k] + families;
        }
        int technologyFrom = offset[kinds.length] + features.region.names.size();
        java.util.Map<String, Integer> terms = new java.util.HashMap<>();
        for (String[] area : features.technologies) {
            for (String term : area) {
                terms.putIfAbsent(term, technologyFrom + terms.size());
            }
        }
        int organisationFrom = technologyFrom + terms.size();
        int bodies = 0;
        for (int[] involved : features.organisations) {
            for (int body : involved) {
                bodies = Math.max(bodies, body + 1);
            }
        }
        int keyCount = organisationFrom + bodies;
        keysOf = new int[n][];
        for (int i = 0; i < n; i++) {
            keysOf[i] = !features.hasStart(i) || scorer.mostAgreementBits(i) < minBits ? new int[0]
                    : keysOf(features, kinds, offset, terms, organisationFrom, i);
        }
        KeyLists lists = KeyLists.of(keysOf, keyCount);
        members = lists.members();
        starts = lists.starts();
        memberFrom = new long[members.length];
        widest = new long[keyCount];
        for (int key = 0; key < keyCount; key++) {
            sortByStart(key);
        }
    }

    private static int[] keysOf(InitiativeFeatures features, NamedEntities.Kind[] kinds, int[] offset, java.util.Map<String, Integer> terms,
            int organisationFrom, int i) {
        int count = 0;
        for (NamedEntities.Kind kind : kinds) {
            count += features.named.get(kind)[i].cardinality();
        }
        int region = features.region.of[i];
        String[] technology = features.technologies[i];
        int[] bodies = features.organisations[i];
        int[] keys = new int[count + (region >= 0 ? 1 : 0) + technology.length + bodies.length];
        int at = 0;
        for (int k = 0; k < kinds.length; k++) {
            BitSet named = features.named.get(kinds[k])[i];
            for (int family = named.nextSetBit(0); family >= 0; family = named.nextSetBit(family + 1)) {
                keys[at++] = offset[k] + family;
            }
        }
        if (region >= 0) {
            keys[at++] = offset[kinds.length] + region;
        }
        for (String term : technology) {
            keys[at++] = terms.get(term);
        }
        for (int body : bodies) {
            keys[at++] = organisationFrom + body;
        }
        return keys;
    }

    /** Orders one key's members by earliest start (then position) and notes its widest start. */
    private void sortByStart(int key) {
        int from = starts[key];
        int to = starts[key + 1];
        long[] packed = new long[to - from];
        long first = Long.MAX_VALUE;
        for (int k = from; k < to; k++) {
            first = Math.min(first, startFrom[members[k]]);
        }
        long wide = 0;
        for (int k = from; k < to; k++) {
            int member = members[k];
            packed[k - from] = (startFrom[member] - first) << 32 | member;
            wide = Math.max(wide, startBy[member] - startFrom[member]);
        }
        Arrays.sort(packed);
        for (int k = from; k < to; k++) {
            members[k] = (int) packed[k - from];
            memberFrom[k] = startFrom[members[k]];
        }
        widest[key] = wide;
    }

    /**
     * Gives {@code found} each earlier initiative ({@code < x}) sharing a key with {@code x} whose start may lie within the days
     * of its own, the wide window's where it is small enough (once per key: an initiative sharing two keys is given twice);
     * returns the sizes of the narrow windows too common to walk.
     */
    long earlier(int x, IntConsumer found) {
        long skipped = 0;
        for (int key : keysOf[x]) {
            if (walk(x, key, wideDays, found) > maxWindow) {
                int narrow = walk(x, key, withinDays, found);
                skipped += narrow > maxWindow ? narrow : 0;
            }
        }
        return skipped;
    }

    /** The size of the window of {@code days} of x's key, walked only when it holds at most maxWindow. */
    private int walk(int x, int key, int days, IntConsumer found) {
        int low = low(x, key, days);
        int high = high(x, key, days, low);
        if (high - low <= maxWindow) {
            for (int k = low; k < high; k++) {
                int y = members[k];
                if (y < x && Math.max(startFrom[x], startFrom[y]) - Math.min(startBy[x], startBy[y]) <= days) {
                    found.accept(y);
                }
            }
        }
        return high - low;
    }

    /** The earliest whose latest start could still reach the window's beginning. */
    private int low(int x, int key, int days) {
        return firstAtLeast(starts[key], starts[key + 1], startFrom[x] - days - widest[key]);
    }

    /** Past those that may start by the window's end. */
    private int high(int x, int key, int days, int low) {
        return firstAtLeast(low, starts[key + 1], startBy[x] + days + 1);
    }

    /** The first entry in {@code [from, to)} whose earliest start is at least {@code day}. */
    private int firstAtLeast(int from, int to, long day) {
        int low = from;
        int high = to;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (memberFrom[middle] < day) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
