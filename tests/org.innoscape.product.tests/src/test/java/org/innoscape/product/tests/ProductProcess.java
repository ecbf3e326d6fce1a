package org.innoscape.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts the materialized product's headless application in its own JVM, as ./innoscape does. */
final class ProductProcess {

    record Result(int exitCode, String out, String err) {
    }

    static Path productDir() {
        return Path.of(System.getProperty("innoscape.product.dir")).toAbsolutePath().normalize();
    }

    /** The command that starts the product's command line, before the command's own arguments. */
    static List<String> cliCommand() throws IOException {
        Path product = productDir();
        Path launcher;
        try (var files = Files.list(product.resolve("plugins"))) {
            launcher = files.filter(p -> p.getFileName().toString().startsWith("org.eclipse.equinox.launcher_"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no launcher in " + product));
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        return List.of(java, "-Xmx512m", "-Djava.awt.headless=true", "-Dosgi.locking=none", "-jar", launcher.toString(), "-install",
                product.toString(), "-application", "org.innoscape.cli.app", "-data", "@none", "-nosplash");
    }

    static Result runCli(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(cliCommand());
        command.addAll(List.of(arguments));
        Path out = Files.createTempFile("innoscape-out", ".txt");
        Path err = Files.createTempFile("innoscape-err", ".txt");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("the product did not exit within 120 s: " + command);
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private ProductProcess() {
    }
}
