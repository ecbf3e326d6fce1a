package org.innoscape.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** docs/architecture.md draws the bundle graph the MANIFESTs declare, and headless bundles stay headless. */
class ArchitectureDocTest {
    /** A table row "| `bundle` | `a`, `b` (optional) | …". */
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`(org\\.innoscape[\\w.]*)`\\s*\\|([^|]*)\\|", Pattern.MULTILINE);
    private static final Pattern NAME = Pattern.compile("`(org\\.innoscape[\\w.]*)`");
    private static final Set<String> UI_BUNDLES = Set.of("org.eclipse.swt", "org.eclipse.jface", "org.eclipse.ui", "org.eclipse.ui.workbench",
            "org.eclipse.ui.views", "org.eclipse.ui.ide", "org.eclipse.e4.ui.workbench");

    @Test
    void theBundleGraphInTheDocsIsTheOneTheManifestsDeclare() throws IOException {
        Map<String, Set<String>> declared = new TreeMap<>();
        for (Manifests.Bundle bundle : Manifests.read("bundles").values()) {
            Set<String> requires = new TreeSet<>();
            bundle.requires().stream().map(Manifests.Clause::name).filter(n -> n.startsWith("org.innoscape")).forEach(requires::add);
            declared.put(bundle.name(), requires);
        }
        Map<String, Set<String>> documented = new TreeMap<>();
        Matcher rows = ROW.matcher(Files.readString(Manifests.ROOT.resolve("docs/architecture.md")));
        while (rows.find()) {
            Set<String> requires = new TreeSet<>();
            Matcher names = NAME.matcher(rows.group(2));
            while (names.find()) {
                requires.add(names.group(1));
            }
            documented.put(rows.group(1), requires);
        }
        Set<String> bundles = new TreeSet<>(declared.keySet());
        bundles.addAll(documented.keySet());
        List<String> differences = new ArrayList<>();
        for (String bundle : bundles) {
            if (!java.util.Objects.equals(declared.get(bundle), documented.get(bundle))) {
                differences.add(bundle + ": the MANIFEST requires " + declared.get(bundle) + ", docs/architecture.md says "
                        + documented.get(bundle));
            }
        }
        assertEquals(List.of(), differences, "the bundle table of docs/architecture.md is the MANIFESTs' graph");
    }

    @Test
    void headlessBundlesNeverRequireTheUi() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Manifests.Bundle bundle : Manifests.read("bundles").values()) {
            boolean uiBundle = bundle.name().endsWith(".ui");
            for (Manifests.Clause required : bundle.requires()) {
                if (!uiBundle && (UI_BUNDLES.contains(required.name()) || required.name().endsWith(".ui"))) {
                    problems.add(bundle.name() + " requires " + required.name());
                }
            }
        }
        assertEquals(List.of(), problems, "headless logic never depends on SWT or the workbench");
    }
}
