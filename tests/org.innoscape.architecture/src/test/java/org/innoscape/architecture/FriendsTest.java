package org.innoscape.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * An x-friends list says who may use a package that is not API: every bundle whose code imports such a
 * package of another bundle is on its list (else the compiler only warns, and the boundary leaks unseen),
 * and every name on a list is a bundle of this repository that does use it (else it is left over from a move).
 */
class FriendsTest {
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?(org\\.innoscape[\\w.]*?)\\.[A-Z]", Pattern.MULTILINE);

    @Test
    void friendsListsNameExactlyTheBundlesThatUseThePackages() throws IOException {
        Map<String, Manifests.Bundle> bundles = Manifests.read("bundles");
        Map<String, Manifests.Bundle> all = new HashMap<>(bundles);
        all.putAll(Manifests.read("tests"));
        Map<String, Manifests.Bundle> exporter = new HashMap<>();
        Map<String, Set<String>> friends = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Manifests.Bundle bundle : bundles.values()) {
            for (Manifests.Clause export : bundle.exports()) {
                exporter.put(export.name(), bundle);
                String list = export.parameters().get("x-friends");
                if (list != null) {
                    Set<String> names = new TreeSet<>(List.of(list.split(",")));
                    friends.put(export.name(), names);
                    names.stream().filter(name -> !all.containsKey(name))
                            .forEach(name -> problems.add(export.name() + " names a friend that is no bundle here: " + name));
                }
            }
        }
        Map<String, Set<String>> usedBy = new HashMap<>();
        for (Manifests.Bundle user : all.values()) {
            String owner = user.isFragment() ? user.host() : user.name();
            for (String used : importedPackages(user.folder())) {
                usedBy.computeIfAbsent(used, p -> new TreeSet<>()).add(user.name());
                Manifests.Bundle from = exporter.get(used);
                Set<String> allowed = friends.get(used);
                if (from == null || allowed == null || from.name().equals(owner) || allowed.contains(user.name())) {
                    continue;
                }
                problems.add(user.name() + " uses " + used + " (x-friends of " + from.name() + ") without being listed");
            }
        }
        friends.forEach((pkg, names) -> names.stream().filter(all::containsKey)
                .filter(name -> !usedBy.getOrDefault(pkg, Set.of()).contains(name))
                .forEach(name -> problems.add(pkg + " lists " + name + " as a friend, which does not use it")));
        assertEquals(List.of(), problems.stream().sorted().distinct().toList());
    }

    private static Set<String> importedPackages(Path folder) throws IOException {
        Set<String> packages = new TreeSet<>();
        for (String source : List.of("src", "src-gen")) {
            Path root = folder.resolve(source);
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher imports = IMPORT.matcher(Files.readString(file));
                    while (imports.find()) {
                        packages.add(imports.group(1));
                    }
                }
            }
        }
        return packages;
    }
}
