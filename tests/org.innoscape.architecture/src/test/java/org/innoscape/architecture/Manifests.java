package org.innoscape.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/** The bundles of the repository as their MANIFEST.MF files declare them. */
final class Manifests {
    /** One clause of a header: a name and its attributes and directives ({@code version}, {@code x-internal}…). */
    record Clause(String name, Map<String, String> parameters) {
    }

    /** One bundle: its folder, symbolic name, host (for fragments) and the headers we check. */
    record Bundle(Path folder, String name, String host, List<Clause> exports, List<Clause> requires) {
        boolean isFragment() {
            return host != null;
        }
    }

    static final Path ROOT = Path.of(System.getProperty("innoscape.root", "../..")).toAbsolutePath().normalize();

    private Manifests() {
    }

    /** The bundles under {@code folders} (relative to the repository root), by symbolic name. */
    static Map<String, Bundle> read(String... folders) throws IOException {
        Map<String, Bundle> bundles = new LinkedHashMap<>();
        for (String folder : folders) {
            try (Stream<Path> children = Files.list(ROOT.resolve(folder))) {
                for (Path child : children.sorted().toList()) {
                    Path file = child.resolve("META-INF/MANIFEST.MF");
                    if (Files.isRegularFile(file)) {
                        Bundle bundle = bundle(child, file);
                        bundles.put(bundle.name(), bundle);
                    }
                }
            }
        }
        return bundles;
    }

    private static Bundle bundle(Path folder, Path file) throws IOException {
        Manifest manifest;
        try (var in = Files.newInputStream(file)) {
            manifest = new Manifest(in);
        }
        var main = manifest.getMainAttributes();
        String name = clauses(main.getValue("Bundle-SymbolicName")).get(0).name();
        List<Clause> host = clauses(main.getValue("Fragment-Host"));
        return new Bundle(folder, name, host.isEmpty() ? null : host.get(0).name(), clauses(main.getValue("Export-Package")),
                clauses(main.getValue("Require-Bundle")));
    }

    /** Splits an OSGi header into clauses at commas outside quotes, and each clause at semicolons. */
    static List<Clause> clauses(String header) {
        List<Clause> clauses = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return clauses;
        }
        for (String clause : split(header, ',')) {
            List<String> parts = split(clause, ';');
            Map<String, String> parameters = new LinkedHashMap<>();
            for (String part : parts.subList(1, parts.size())) {
                int equals = part.indexOf('=');
                String key = part.substring(0, equals).replace(":", "").strip();
                String value = part.substring(equals + 1).strip();
                parameters.put(key, value.startsWith("\"") ? value.substring(1, value.length() - 1) : value);
            }
            clauses.add(new Clause(parts.get(0).strip(), parameters));
        }
        return clauses;
    }

    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }
}
