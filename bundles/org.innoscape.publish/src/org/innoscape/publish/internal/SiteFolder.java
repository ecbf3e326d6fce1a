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
        // Not a private temporary folder (mode 0700): the site is for a web server to read, so its folder gets the user's umask.
        this.staging = Files.createDirectory(parent.resolve("." + this.target.getFileName() + ".publishing-" + System.nanoTime()));
        Files.writeString(staging.resolve(MARKER), MARKER_TEXT, StandardCharsets.UTF_8);
    }

    private static final String MARKER_TEXT = "Published by Innoscape; publishing again replaces this folder.\n";
    private static final String LIST_HEADING = "# The files this publication wrote; publishing again refuses to replace any other in its folders:\n";

    /** What file managers, shares and editors leave in any folder (.DS_Store, ._x, Thumbs.db, desktop.ini, x~): nobody's work. */
    private static boolean systemLitter(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.equals(".DS_Store") || name.startsWith("._") || name.equalsIgnoreCase("Thumbs.db") || name.equalsIgnoreCase("desktop.ini")
                || name.endsWith("~") || name.endsWith(".swp");
    }

    /** The files written so far, by their paths in the site ('/' between folders). */
    private final java.util.SortedSet<String> written = new java.util.TreeSet<>();

    /**
     * The files in the publication's own folders and names that its marker does not list: the user's, which publishing
     * again would delete. Empty for a publication from before the marker listed its files (nothing to tell them by).
     */
    private static List<String> notWrittenByIt(Path target) throws IOException {
        List<String> listed = Files.readAllLines(target.resolve(MARKER), StandardCharsets.UTF_8).stream().skip(1)
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        if (listed.isEmpty()) {
            return List.of();
        }
        java.util.Set<String> ours = new java.util.HashSet<>(listed);
        List<String> others = new ArrayList<>();
        for (String name : OURS) {
            Path top = target.resolve(name);
            if (name.equals(MARKER) || !Files.exists(top, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (var files = Files.walk(top)) {
                files.filter(file -> !Files.isDirectory(file, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                        .map(file -> target.relativize(file).toString().replace(java.io.File.separatorChar, '/'))
                        .filter(path -> !ours.contains(path) && !systemLitter(path)).forEach(others::add);
            }
        }
        others.sort(null);
        return others;
    }

    public static void checkReplaceable(Path target) throws IOException {
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
        if (Files.exists(target.resolve(MARKER))) {
            List<String> others = notWrittenByIt(target);
            if (!others.isEmpty()) {
                throw new SiteRefusedException(target + " is an earlier publication holding files it did not write ("
                        + String.join(", ", others.subList(0, Math.min(5, others.size()))) + (others.size() > 5 ? " and " + (others.size() - 5)
                        + " more" : "") + "); publishing again replaces " + String.join(", ", List.of("e/", "d/", "k/", "assets/"))
                        + " whole: move them out (files beside those folders are kept) and publish again");
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
        written.add(staging.relativize(file).toString().replace(java.io.File.separatorChar, '/'));
    }

    /** Puts the written site in place of the target, with what the user kept in the earlier one. */
    public void commit() throws IOException {
        checkReplaceable(target);
        Files.writeString(staging.resolve(MARKER), MARKER_TEXT + LIST_HEADING + String.join("\n", written) + "\n", StandardCharsets.UTF_8);
        if (Files.exists(target)) {
            try {
                // A folder published in place keeps the mode its owner gave it (a web root's 755, say).
                Files.setPosixFilePermissions(staging, Files.getPosixFilePermissions(target));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: its folders have no such mode to keep.
            }
        }
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
