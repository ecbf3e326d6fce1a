package org.innoscape.ui.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * What a model file held when a document last read or wrote it: time, size and a digest of the
 * bytes. Time and size make the usual check a single stat; the digest keeps a touched but unchanged
 * file from counting as changed.
 */
public record DiskState(boolean exists, long modified, long size, byte[] digest) {
    /** How the file on disk differs from what the document knows. */
    public enum Change {
        NONE,
        CHANGED,
        DELETED
    }

    private static final DiskState MISSING = new DiskState(false, 0, 0, new byte[0]);

    /** The file's state now; a file that cannot be read counts as missing. */
    public static DiskState of(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new DiskState(true, attributes.lastModifiedTime().toMillis(), attributes.size(), digest(file));
        } catch (NoSuchFileException gone) {
            return MISSING;
        } catch (IOException unreadable) {
            return MISSING;
        }
    }

    /** Compares this known state with the file now. */
    public Change compareWith(Path file) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException gone) {
            return exists ? Change.DELETED : Change.NONE;
        }
        if (!exists) {
            return Change.CHANGED;
        }
        if (attributes.lastModifiedTime().toMillis() == modified && attributes.size() == size) {
            return Change.NONE;
        }
        try {
            return Arrays.equals(digest, digest(file)) ? Change.NONE : Change.CHANGED;
        } catch (IOException unreadable) {
            return Change.DELETED;
        }
    }

    private static byte[] digest(Path file) throws IOException {
        try {
            return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)); //$NON-NLS-1$
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e); //$NON-NLS-1$
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DiskState state && exists == state.exists && modified == state.modified && size == state.size
                && Arrays.equals(digest, state.digest);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(modified) * 31 + Arrays.hashCode(digest);
    }

    @Override
    public String toString() {
        return exists ? "DiskState[" + size + " bytes, modified " + modified + "]" : "DiskState[missing]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }
}
