package org.innoscape.analysis.semantic;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.innoscape.model.persistence.AtomicFiles;

/**
 * Embeddings kept beside a model ({@code .NAME.embeddings} next to {@code NAME.innoscape}), never
 * inside it: each vector is keyed by a fingerprint of the text it embeds (SHA-256) and stored as
 * half-precision floats, so re-analysing a changed model embeds only the texts that changed. A cache
 * of another model or format, or an unreadable one, is ignored (and rewritten); it is written
 * atomically, so a crash leaves the old cache or the new one. A vector no embedder gives (a value not finite, a length
 * neither 1 nor 0) is not used: its text is embedded again.
 */
public final class EmbeddingCache {
    private static final String MAGIC = "innoscape-embeddings/1";
    /** A SHA-256 fingerprint. */
    private static final int KEY_BYTES = 32;

    private final Path file;
    private final TextEmbedder embedder;
    private final Map<String, float[]> vectors = new LinkedHashMap<>();

    private EmbeddingCache(Path file, TextEmbedder embedder) {
        this.file = file;
        this.embedder = embedder;
    }

    /** The cache file of a model file. */
    public static Path fileFor(Path model) {
        String name = model.getFileName().toString().replaceFirst("\\.innoscape$", "");
        return model.resolveSibling("." + name + ".embeddings");
    }

    /**
     * Reads the cache beside {@code model} of this embedder's vectors; a missing, foreign or damaged file, or one
     * written by another embedder, gives an empty cache. The
     * header is not trusted: a count or size the file cannot hold (a hostile or truncated cache) is
     * refused before anything is allocated for it.
     */
    public static EmbeddingCache open(Path model, TextEmbedder embedder) {
        EmbeddingCache cache = new EmbeddingCache(fileFor(model), embedder);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(cache.file)); DataInputStream data = new DataInputStream(in)) {
            long size = Files.size(cache.file);
            if (!data.readUTF().equals(MAGIC) || !data.readUTF().equals(embedder.modelId())) {
                return cache;
            }
            int dimensions = data.readInt();
            int count = data.readInt();
            long entry = KEY_BYTES + 2L * dimensions;
            if (dimensions != embedder.dimensions() || count < 0 || count * entry > size) {
                return cache;
            }
            // An entry at a time, decoded from one buffer: value by value, reading a large cache took seconds.
            byte[] entryBytes = new byte[(int) entry];
            ByteBuffer decoded = ByteBuffer.wrap(entryBytes); // big-endian, as DataOutputStream wrote it
            HexFormat hex = HexFormat.of();
            for (int i = 0; i < count; i++) {
                data.readFully(entryBytes);
                float[] vector = new float[dimensions];
                for (int k = 0; k < dimensions; k++) {
                    vector[k] = Float.float16ToFloat(decoded.getShort(KEY_BYTES + 2 * k));
                }
                if (isEmbedding(vector)) { // otherwise its text is embedded again, and the next save replaces the entry
                    cache.vectors.put(hex.formatHex(entryBytes, 0, KEY_BYTES), vector);
                }
            }
        } catch (NoSuchFileException e) {
            // no cache yet
        } catch (IOException | RuntimeException e) {
            cache.vectors.clear(); // damaged: start again, and the next save replaces it
        }
        return cache;
    }

    /**
     * Whether a stored vector is one an embedder gives: finite values, of unit length (within half precision's rounding)
     * or zero (a text none of whose words carries meaning). A NaN or a stray length would change every score it enters
     * without a word.
     */
    static boolean isEmbedding(float[] vector) {
        double squares = 0;
        for (float value : vector) {
            if (!Float.isFinite(value)) {
                return false;
            }
            squares += (double) value * value;
        }
        return squares == 0 || Math.abs(squares - 1) <= UNIT_TOLERANCE;
    }

    /** How far from 1 a stored unit vector's squared length may be: each value is rounded to half precision (2^-11). */
    private static final double UNIT_TOLERANCE = 0.01;

    public static String fingerprint(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * The vector as the cache stores it (each value rounded to half precision): every vector is used as stored,
     * so that an analysis from the cache gives the same results as one that embedded everything afresh.
     */
    public static float[] asStored(float[] vector) {
        float[] stored = new float[vector.length];
        for (int k = 0; k < vector.length; k++) {
            stored[k] = Float.float16ToFloat(Float.floatToFloat16(vector[k]));
        }
        return stored;
    }

    public float[] get(String fingerprint) {
        return vectors.get(fingerprint);
    }

    public int size() {
        return vectors.size();
    }

    /**
     * Writes exactly these vectors (the texts of the model now), dropping those of texts that are gone.
     *
     * @throws IOException also for a vector of another length than the embedder's (nothing is then written)
     */
    public void save(Map<String, float[]> current) throws IOException {
        int dimensions = embedder.dimensions();
        AtomicFiles.write(file, out -> {
            DataOutputStream data = new DataOutputStream(out);
            data.writeUTF(MAGIC);
            data.writeUTF(embedder.modelId());
            data.writeInt(dimensions);
            data.writeInt(current.size());
            // Streamed an entry at a time: the cache of a large register is not held twice in memory.
            ByteBuffer encoded = ByteBuffer.allocate(KEY_BYTES + 2 * dimensions);
            HexFormat hex = HexFormat.of();
            for (Map.Entry<String, float[]> entry : current.entrySet()) {
                if (entry.getValue().length != dimensions) {
                    throw new IOException("a vector of " + entry.getValue().length + " values where " + embedder.modelId() + " gives "
                            + dimensions);
                }
                encoded.clear();
                encoded.put(hex.parseHex(entry.getKey()));
                for (float value : entry.getValue()) {
                    encoded.putShort(Float.floatToFloat16(value));
                }
                data.write(encoded.array(), 0, encoded.position());
            }
            data.flush();
        });
        vectors.clear();
        vectors.putAll(current);
    }
}
