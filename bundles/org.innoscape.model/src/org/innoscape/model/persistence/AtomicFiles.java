package org.innoscape.model.persistence;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes files so that readers see either the old content or the new, never half of it: a temporary
 * file in the same folder, forced to disk, then renamed over the target. Used for models, reports and
 * exports alike. A symbolic link is written through (its target is replaced, the link stays); a file
 * keeps its permissions, owner and group; a read-only file or anything but a regular file is refused;
 * temporary files a crashed save left behind are removed by the next save.
 */
public final class AtomicFiles {
    /** A temporary file older than this was left by a save that crashed (a save takes seconds). */
    private static final Duration STALE = Duration.ofMinutes(10);

    private AtomicFiles() {
    }

    public static void write(Path file, byte[] bytes) throws IOException {
        write(file, out -> out.write(bytes));
    }

    /** What is written into a file, streamed (a report of a million pairs need not be held in memory first). */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Like {@link #write(Path, byte[])}, the content streamed into the temporary file: if writing it fails
     * (an exception, or the JVM running out of memory), the target is left as it was.
     */
    public static void write(Path file, Content content) throws IOException {
        Path target = writableTarget(file);
        Path folder = target.getParent();
        Files.createDirectories(folder);
        removeStaleTemporaries(folder, target.getFileName().toString());
        // Not Files.createTempFile: its owner-only permissions would end up on the saved file.
        Path temporary = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            keepAttributes(target, temporary);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    public static void write(Path file, String text) throws IOException {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The file that will be replaced: the target of a symbolic link (followed to its end), checked to be
     * a regular file that its owner may write. Throws with a message otherwise.
     */
    public static Path writableTarget(Path file) throws IOException {
        Path target = file.toAbsolutePath();
        for (int hops = 0; Files.isSymbolicLink(target); hops++) {
            if (hops > 40) {
                throw new IOException(file + ": too many levels of symbolic links");
            }
            target = target.resolveSibling(Files.readSymbolicLink(target)).normalize();
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(file + " is not a regular file (a folder, device or pipe); it is left as it is");
            }
            if (isReadOnly(target)) {
                throw new IOException(file + " is read-only; make it writable first if it should be replaced");
            }
        }
        return target;
    }

    /**
     * Whether writing {@code output} would replace {@code file}: the same file by its path, through symbolic
     * links (followed as {@link #write} follows them) or as a hard link. False when either cannot be examined.
     */
    public static boolean wouldReplace(Path output, Path file) {
        try {
            Path target = writableTargetOrSelf(output).normalize();
            if (Files.exists(target) && Files.exists(file)) {
                return Files.isSameFile(target, file);
            }
            return target.equals(writableTargetOrSelf(file).normalize());
        } catch (IOException e) {
            return false;
        }
    }

    /** The file a path stands for (symbolic links followed), whether or not it may be written. */
    static Path writableTargetOrSelf(Path file) throws IOException {
        Path target = file.toAbsolutePath();
        for (int hops = 0; Files.isSymbolicLink(target) && hops < 40; hops++) {
            target = target.resolveSibling(Files.readSymbolicLink(target)).normalize();
        }
        return target;
    }

    /** By its permission bits, so that root (who may write anything) still respects a read-only file. */
    private static boolean isReadOnly(Path file) {
        try {
            return !Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_WRITE);
        } catch (UnsupportedOperationException | IOException notPosix) {
            return !Files.isWritable(file);
        }
    }

    /** A file that is replaced keeps its permissions, owner and group (e.g. a model shared with a group). */
    private static void keepAttributes(Path target, Path temporary) {
        if (!Files.exists(target)) {
            return;
        }
        try {
            PosixFileAttributes old = Files.readAttributes(target, PosixFileAttributes.class);
            Files.setPosixFilePermissions(temporary, old.permissions());
            try {
                Files.setAttribute(temporary, "posix:group", old.group());
                Files.setOwner(temporary, old.owner());
            } catch (IOException | SecurityException notAllowed) {
                // Only root may give a file away; a user keeps their own ownership, as any editor does.
            }
        } catch (UnsupportedOperationException | IOException notPosix) {
            // Not a POSIX file system: the folder's defaults apply.
        }
    }

    /** Removes ".name.*.tmp" files older than {@link #STALE}: what a killed save leaves behind. */
    private static void removeStaleTemporaries(Path folder, String name) {
        Instant limit = Instant.now().minus(STALE);
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, "." + globEscaped(name) + ".*.tmp")) {
            for (Path leftover : leftovers) {
                FileTime modified = Files.getLastModifiedTime(leftover, LinkOption.NOFOLLOW_LINKS);
                if (modified.toInstant().isBefore(limit) && Files.isRegularFile(leftover, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(leftover);
                }
            }
        } catch (IOException | RuntimeException cannotClean) {
            // Cleaning is a courtesy; the save itself goes on.
        }
    }

    private static String globEscaped(String name) {
        return name.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }
}
