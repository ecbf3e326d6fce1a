package org.innoscape.model.persistence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * One writer per model: an advisory lock on a sibling file ({@code .name.innoscape.lock}) held by
 * every command or window that changes the model, from reading it to saving it, so two imports (or an
 * import and a review, or a save) cannot both read the old model and one overwrite the other's work.
 * A second writer waits a few seconds, then is told who holds the lock (process, host, since when).
 * The operating system drops the lock when its holder dies, so a stale lock file never blocks anyone.
 * Re-entrant for the thread that holds it (a command that holds the lock may save through
 * {@link ModelStore}); another thread of the same process waits like another process.
 */
public final class ModelLock implements AutoCloseable {
    /** How long a second writer waits by default. */
    public static final Duration WAIT = Duration.ofSeconds(5);

    private static final Map<Path, ModelLock> HELD = new HashMap<>();

    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;
    private final Thread owner = Thread.currentThread();
    private final String description = "process " + ProcessHandle.current().pid() + " on " + host() + " since " + Instant.now();
    private int holds = 1;

    private ModelLock(Path key, FileChannel channel, FileLock lock) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    /** The sibling file that holds the lock of {@code model}: {@code .NAME.lock}. */
    public static Path lockFileOf(Path model) {
        return model.resolveSibling("." + model.getFileName() + ".lock");
    }

    /** Takes the lock of {@code model}, waiting up to {@code wait}; throws {@link Busy} naming the holder. */
    public static ModelLock acquire(Path model, Duration wait) throws IOException {
        Path key = AtomicFiles.writableTargetOrSelf(model);
        Path lockFile = lockFileOf(key);
        Files.createDirectories(lockFile.getParent());
        Instant deadline = Instant.now().plus(wait);
        try {
            while (true) {
                String holder;
                synchronized (HELD) {
                    ModelLock held = HELD.get(key);
                    if (held != null && held.owner == Thread.currentThread()) {
                        held.holds++;
                        return held;
                    }
                    if (held == null) {
                        ModelLock taken = tryLock(key, lockFile);
                        if (taken != null) {
                            HELD.put(key, taken);
                            return taken;
                        }
                        // Another process: no channel of ours is open on the file now, so reading it releases nothing.
                        holder = Files.exists(lockFile) ? Files.readString(lockFile, StandardCharsets.UTF_8).strip() : "";
                    } else {
                        holder = held.description;
                    }
                    if (Instant.now().isAfter(deadline)) {
                        throw new Busy(model + " is being changed by another Innoscape (" + (holder.isEmpty() ? "holder unknown" : holder)
                                + "); nothing was changed, try again when it has finished");
                    }
                    // Within the process, never open a second channel on a locked file: closing any channel on a file
                    // releases every lock the process holds on it (POSIX). Wait to be told instead.
                    HELD.wait(50);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the lock of " + model, e);
        }
    }

    /** The lock, or null when another process holds it. */
    private static ModelLock tryLock(Path key, Path lockFile) throws IOException {
        if (Files.isSymbolicLink(lockFile)) {
            // Someone else's link would have us truncate whatever it points to.
            throw new IOException("the lock file " + lockFile + " is a symbolic link; remove it (a lock file is never a link)");
        }
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return null;
            }
            ModelLock taken = new ModelLock(key, channel, lock);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(taken.description.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return taken;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** The host name without a name lookup (which could wait for a network that is not there). */
    private static String host() {
        String name = System.getenv("HOSTNAME");
        if (name == null || name.isBlank()) {
            try {
                name = Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
            } catch (IOException | RuntimeException e) {
                name = "this machine";
            }
        }
        return name;
    }

    @Override
    public void close() throws IOException {
        synchronized (HELD) {
            if (--holds > 0) {
                return;
            }
            try {
                lock.release();
            } finally {
                channel.close();
                HELD.remove(key);
                HELD.notifyAll();
            }
        }
    }

    /** Another writer holds the model. */
    public static final class Busy extends IOException {
        private static final long serialVersionUID = 1L;

        Busy(String message) {
            super(message);
        }
    }
}
