package org.innoscape.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Git set-up, end to end: two branches edit the example, 'git merge' calls the product
 * as the merge driver, and 'git diff' shows elements through the textconv.
 */
class GitIntegrationTest {

    @TempDir
    Path repo;

    @Test
    void twoBranchesEditingOneElementMergeThroughTheDriver() throws Exception {
        Path example;
        try (var plugins = Files.list(ProductProcess.productDir().resolve("plugins"))) {
            example = plugins.filter(p -> p.getFileName().toString().startsWith("org.innoscape.examples_")).findFirst().orElseThrow()
                    .resolve("models/england-health-innovation-2021.innoscape");
        }
        String cli = ProductProcess.cliCommand().stream().map(GitIntegrationTest::quoted).collect(Collectors.joining(" "));
        git("init", "-q", "-b", "main");
        git("config", "user.email", "analyst@example.org");
        git("config", "user.name", "Analyst");
        git("config", "merge.innoscape.driver", cli + " merge %O %A %B --output %A");
        git("config", "diff.innoscape.textconv", cli + " diff --textconv");
        Files.writeString(repo.resolve(".gitattributes"), "*.innoscape merge=innoscape diff=innoscape\n");
        Path model = repo.resolve("england.innoscape");
        Files.copy(example, model);
        git("add", ".");
        git("commit", "-q", "-m", "The example");

        // Both branches edit the same element (NHSX), one its name, the other its description: the
        // same line of the file, so Git's own line merge would conflict.
        String original = Files.readString(model);
        String line = original.lines().filter(l -> l.contains("name=\"NHSX\"")).findFirst().orElseThrow();
        git("checkout", "-q", "-b", "renames");
        Files.writeString(model, original.replace(line, line.replace("name=\"NHSX\"", "name=\"NHSX (now NHS England)\"")));
        git("commit", "-q", "-am", "Rename NHSX");
        git("checkout", "-q", "main");
        String described = line.replaceFirst("description=\"[^\"]*\"", "description=\"Merged into NHS England in 2022.\"");
        assertTrue(!described.equals(line), line);
        Files.writeString(model, original.replace(line, described));
        git("commit", "-q", "-am", "Describe NHSX");

        String merge = git("merge", "--no-edit", "renames");
        String merged = Files.readString(model);
        assertTrue(merged.contains("NHSX (now NHS England)") && merged.contains("Merged into NHS England in 2022."), merge);
        assertEquals("", git("status", "--porcelain"), "the merge is complete, nothing left in conflict");

        String diff = git("diff", "HEAD~1", "HEAD", "--", "england.innoscape");
        assertTrue(diff.lines().anyMatch(l -> l.startsWith("+Actor 'NHSX (now NHS England)'")), diff);
    }

    private String git(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        Path log = Files.createTempFile("git", ".txt");
        try {
            Process process = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(300, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("git did not finish: " + command);
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertEquals(0, process.exitValue(), command + ":\n" + output);
            return output;
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static String quoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
