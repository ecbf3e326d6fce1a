package org.innoscape.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a plug-in author may build on is written down (docs/extending.md, "What is API") and is what the
 * MANIFESTs say: API packages are exported with a version, everything else is marked x-internal or
 * x-friends, and the example plug-ins use API only.
 */
class ApiBoundaryTest {
    private static final Pattern API_ROW = Pattern.compile("^\\|\\s*`(org\\.innoscape[\\w.]*)`\\s*\\|", Pattern.MULTILINE);
    private static Map<String, Manifests.Bundle> bundles;
    private static Set<String> api;

    @BeforeAll
    static void read() throws IOException {
        bundles = Manifests.read("bundles");
        String extending = Files.readString(Manifests.ROOT.resolve("docs/extending.md"));
        int start = extending.indexOf("## What is API");
        assertFalse(start < 0, "docs/extending.md has a section '## What is API'");
        int end = extending.indexOf("\n## ", start + 1);
        api = new TreeSet<>();
        Matcher rows = API_ROW.matcher(extending.substring(start, end < 0 ? extending.length() : end));
        while (rows.find()) {
            api.add(rows.group(1));
        }
        assertFalse(api.isEmpty(), "the API table lists packages");
    }

    private static boolean internal(Manifests.Clause export) {
        return "true".equals(export.parameters().get("x-internal")) || export.parameters().containsKey("x-friends");
    }

    @Test
    void everyExportedPackageIsVersionedApiOrMarkedInternal() {
        List<String> problems = new ArrayList<>();
        for (Manifests.Bundle bundle : bundles.values()) {
            for (Manifests.Clause export : bundle.exports()) {
                boolean listed = api.contains(export.name());
                if (listed && internal(export)) {
                    problems.add(export.name() + " (" + bundle.name() + ") is listed as API but marked internal");
                } else if (listed && !export.parameters().containsKey("version")) {
                    problems.add(export.name() + " (" + bundle.name() + ") is API but exported without a version");
                } else if (!listed && !internal(export)) {
                    problems.add(export.name() + " (" + bundle.name() + ") is exported but neither listed as API in"
                            + " docs/extending.md nor marked x-internal:=true or x-friends");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyPackageTheDocsCallApiIsExportedAsSuch() {
        Set<String> exported = new TreeSet<>();
        bundles.values().forEach(b -> b.exports().stream().filter(e -> !internal(e)).forEach(e -> exported.add(e.name())));
        Set<String> missing = new TreeSet<>(api);
        missing.removeAll(exported);
        assertEquals(Set.of(), missing, "listed as API in docs/extending.md but not exported as API");
    }

    @Test
    void theExamplePluginsUseApiOnly() throws IOException {
        Pattern imports = Pattern.compile("^import (?:static )?(org\\.innoscape\\.[\\w.]*?)\\.[A-Z]", Pattern.MULTILINE);
        List<String> problems = new ArrayList<>();
        for (Manifests.Bundle example : Manifests.read("examples").values()) {
            Set<String> own = new TreeSet<>();
            example.exports().forEach(e -> own.add(e.name()));
            try (Stream<Path> files = Files.walk(example.folder().resolve("src"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher matcher = imports.matcher(Files.readString(file));
                    while (matcher.find()) {
                        String used = matcher.group(1);
                        if (!api.contains(used) && !own.contains(used)) {
                            problems.add(example.folder().relativize(file) + " uses " + used);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), problems, "the examples show extenders what to do: API only");
    }
}
