package org.innoscape.analysis.duplication.core;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The nearest in meaning that the last detection of a register found, so that re-analysing the register
 * after a few edits searches only for the texts that changed instead of rebuilding the neighbour graph.
 * Entries are keyed by a fingerprint of the embedding itself, so a text embedded by another engine, or
 * edited, simply has no entry. The caller keeps it beside the model (never inside it) as {@link #toBytes}.
 * <p>
 * A re-analysis that uses it can differ from a detection from scratch in which neighbours it compares:
 * the remembered lists came from the approximate graph, those of changed texts from an exact search (a
 * small register) or a walk over the remembered lists ({@link RememberedListsWalk}, a large one).
 */
public final class MeaningMemory {
    /**
     * 2: the nearest are searched without the register's common directions ({@link CommonDirections}); lists of 1 are not.
     * 3: and with what each text names ({@link NamedDimensions}).
     */
    private static final String MAGIC = "innoscape-neighbours/3";

    /** One text's nearest: their fingerprints and cosines, most similar first. */
    record Entry(long[] neighbours, float[] similarities) {
        /** The least similarity among the remembered nearest: a new text nearer than this would have been among them. */
        float least() {
            return similarities.length == 0 ? Float.NEGATIVE_INFINITY : similarities[similarities.length - 1];
        }
    }

    private int nearest;
    private Map<Long, Entry> entries = new HashMap<>();
    private int searched;
    private boolean changed;

    private MeaningMemory(int nearest) {
        this.nearest = nearest;
    }

    /** Nothing remembered yet. */
    public static MeaningMemory empty() {
        return new MeaningMemory(0);
    }

    /** A memory as {@link #toBytes} wrote it; an unreadable or foreign one is empty (the next detection rewrites it). */
    public static MeaningMemory fromBytes(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (!in.readUTF().equals(MAGIC)) {
                return empty();
            }
            MeaningMemory memory = new MeaningMemory(in.readInt());
            int count = in.readInt();
            // Counts are not trusted: each entry takes at least 10 bytes, each neighbour 12.
            if (memory.nearest < 0 || count < 0 || count > bytes.length / 10) {
                return empty();
            }
            for (int i = 0; i < count; i++) {
                long key = in.readLong();
                int size = in.readUnsignedShort();
                if (size > memory.nearest * 4L + 4 || in.available() < size * 12) {
                    return empty();
                }
                long[] neighbours = new long[size];
                float[] similarities = new float[size];
                for (int j = 0; j < size; j++) {
                    neighbours[j] = in.readLong();
                    similarities[j] = in.readFloat();
                }
                memory.entries.put(key, new Entry(neighbours, similarities));
            }
            return memory;
        } catch (IOException | RuntimeException e) {
            return empty();
        }
    }

    /** The bytes {@link #fromBytes} reads: written into one buffer of the right size (about 12 MB at 100,000 texts). */
    public byte[] toBytes() {
        // As DataInput.readUTF reads it: a length, then the bytes (modified UTF-8 is ASCII for an ASCII magic).
        byte[] magic = MAGIC.getBytes(StandardCharsets.US_ASCII);
        long size = Short.BYTES + magic.length + 2 * Integer.BYTES;
        for (Entry value : entries.values()) {
            size += Long.BYTES + Short.BYTES + (long) value.neighbours().length * (Long.BYTES + Float.BYTES);
        }
        ByteBuffer out = ByteBuffer.allocate(Math.toIntExact(size)); // big-endian, as DataInput reads
        out.putShort((short) magic.length).put(magic).putInt(nearest).putInt(entries.size());
        for (Map.Entry<Long, Entry> entry : entries.entrySet()) {
            Entry value = entry.getValue();
            out.putLong(entry.getKey()).putShort((short) value.neighbours().length);
            for (int j = 0; j < value.neighbours().length; j++) {
                // As DataOutput.writeFloat writes it: every NaN as the one canonical NaN.
                out.putLong(value.neighbours()[j]).putInt(Float.floatToIntBits(value.similarities()[j]));
            }
        }
        return out.array();
    }

    /** How many texts' nearest are remembered. */
    public int size() {
        return entries.size();
    }

    /** How many texts the last detection searched for (the rest came from this memory). */
    public int searched() {
        return searched;
    }

    /** Whether the last detection changed what is remembered (and so it is worth writing again). */
    public boolean changed() {
        return changed;
    }

    /** The remembered nearest of a text, or null when it is not remembered or was remembered for another number of nearest. */
    Entry recall(long key, int wanted) {
        return wanted == nearest ? entries.get(key) : null;
    }

    /** Replaces what is remembered by what a detection found. */
    void remember(int wanted, Map<Long, Entry> found, int searchedNow) {
        changed = wanted != nearest || searchedNow > 0 || !found.keySet().equals(entries.keySet());
        nearest = wanted;
        entries = found;
        searched = searchedNow;
    }

    /** A fingerprint of each vector's values: equal vectors (the same text by the same engine) have equal keys. */
    static long[] keys(float[][] vectors) {
        long[] keys = new long[vectors.length];
        for (int i = 0; i < vectors.length; i++) {
            long hash = 0x9E3779B97F4A7C15L ^ vectors[i].length;
            for (float value : vectors[i]) {
                hash = (hash ^ Float.floatToIntBits(value)) * 0x100000001B3L;
                hash ^= hash >>> 29;
            }
            keys[i] = hash;
        }
        return keys;
    }
}
