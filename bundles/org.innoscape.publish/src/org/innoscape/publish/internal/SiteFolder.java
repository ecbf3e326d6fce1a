package org.innoscape.publish.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

import org.innoscape.publish.SiteRefusedException;

/**
 * Writes a site into a fresh folder beside the target and puts it in place only when every page is
 * written, so a failed or cancelled publication leaves the previous site (or nothing) as it was. An
 * existing folder is replaced only if it is empty or an earlier publication (it has the marker file);
 * anything else is refused, so a mistyped path never deletes a user's files. What a user put into an
 * earlier publication besides its pages (a {@code .git} folder, a {@code CNAME} file for a host) is
 * carried over into the new one.
 */
public final class SiteFolder implements AutoCloseable {
    public static final String MARKER = ".innoscape-site";
    /** What a publication writes at its top level; everything else there belongs to the user. */
    private static final java.util.Set<String> OURS = java.util.Set.of(MARKER, "index.html", "search-index.js", "assets", "e", "d", "k");


    private final Path target;
    private final Path staging;
    private boolean committed;

    public SiteFolder(Path target) throws IOException {
        this.target = target.toAbsolutePath().normalize();
        checkReplaceable(this.target);
        Path parent = this.target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new IOException("the folder " + parent + " does not exist");
        }
        this.staging = Files.createTempDirectory(parent, "." + this.target.getFileName() + ".publishing-");
        Files.writeString(staging.resolve(MARKER), "Published by Innoscape; publishing again replaces this folder.\n", StandardCharsets.UTF_8);
    }

    private static void checkReplaceable(Path target) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        if (Files.isSymbolicLink(target)) {
            throw new SiteRefusedException(target + " is a symbolic link; publish into the folder it points to");
        }
        if (!Files.isDirectory(target)) {
            throw new SiteRefusedException(target + " is a file, not a folder");
        }
        try (var entries = Files.list(target)) {
            if (entries.findAny().isPresent() && !Files.exists(target.resolve(MARKER))) {
                throw new SiteRefusedException(target + " holds other files and is not an earlier publication; choose an empty or new folder");
            }
        }
    }

    public void write(String path, String content) throws IOException {
        write(path, content.getBytes(StandardCharsets.UTF_8));
    }

    public void write(String path, byte[] content) throws IOException {
        Path file = staging.resolve(path).normalize();
        if (!file.startsWith(staging)) {
            throw new IOException("a page path leaves the site: " + path);
        }
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }

    /** Puts the written site in place of the target, with what the user kept in the earlier one. */
    public void commit() throws IOException {
        checkReplaceable(target);
        List<String> carried = new ArrayList<>();
        Path old = null;
        try {
            if (Files.exists(target)) {
                try (var entries = Files.list(target)) {
                    for (Path entry : entries.toList()) {
                        String name = entry.getFileName().toString();
                        if (!OURS.contains(name)) {
                            Files.move(entry, staging.resolve(name));
                            carried.add(name);
                        }
                    }
                }
                old = target.resolveSibling("." + target.getFileName() + ".replaced-" + System.nanoTime());
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Put everything back as it was: the earlier site, and the user's files in it.
            if (old != null && !Files.exists(target)) {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            }
            for (String name : carried) {
                if (Files.exists(staging.resolve(name))) {
                    Files.move(staging.resolve(name), target.resolve(name));
                }
            }
            throw e;
        }
        committed = true;
        if (old != null) {
            try {
                delete(old);
            } catch (IOException e) {
                // The new site is in place; a leftover of the old one is no failure of the publication.
                System.getLogger(SiteFolder.class.getName()).log(System.Logger.Level.WARNING,
                        "could not remove the previous publication " + old + ": " + e.getMessage());
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            delete(staging);
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
