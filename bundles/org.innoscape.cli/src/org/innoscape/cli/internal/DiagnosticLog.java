package org.innoscape.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;


/**
 * Where the full diagnostic of an unforeseen failure goes: {@code ~/.innoscape/logs/} (or the
 * temporary folder when the home folder cannot be written), one file per failure, the newest
 * {@link #KEPT} kept. The one-line message on stderr names the file.
 */
final class DiagnosticLog {
    static final int KEPT = 20;

    private DiagnosticLog() {
    }

    /** Writes the failure and returns the file, or null when no folder could be written (the trace then goes to stderr). */
    static Path write(String command, List<String> arguments, Throwable failure) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT));
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            out.println("innoscape " + command + " " + String.join(" ", arguments));
            out.println("Java " + System.getProperty("java.version") + ", " + System.getProperty("os.name") + ", max heap "
                    + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB");
            failure.printStackTrace(out);
        }
        for (Path folder : folders()) {
            try {
                Files.createDirectories(folder);
                Path file = folder.resolve("innoscape-" + stamp + "-" + ProcessHandle.current().pid() + ".log");
                Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
                rotate(folder);
                return file;
            } catch (IOException | RuntimeException notWritable) {
                // try the next folder
            }
        }
        return null;
    }

    private static List<Path> folders() {
        String home = System.getProperty("user.home");
        String temporary = System.getProperty("java.io.tmpdir");
        return home == null ? List.of(Path.of(temporary, "innoscape-logs"))
                : List.of(Path.of(home, ".innoscape", "logs"), Path.of(temporary, "innoscape-logs"));
    }

    private static void rotate(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            List<Path> logs = files.filter(f -> f.getFileName().toString().startsWith("innoscape-") && f.toString().endsWith(".log"))
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed()).toList();
            for (Path old : logs.subList(Math.min(KEPT, logs.size()), logs.size())) {
                Files.deleteIfExists(old);
            }
        }
    }
}
