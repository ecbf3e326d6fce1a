package org.innoscape.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The installed analyses, read from the extension point {@code org.innoscape.analysis.analyses}.
 * A broken contribution (missing class, id mismatch, duplicate id) is skipped and listed in
 * {@link #problems()}, so one faulty plugin does not take the others down.
 */
public final class AnalysisRegistry {
    public static final String EXTENSION_POINT = "org.innoscape.analysis.analyses";

    /** One installed analysis and who contributed it. */
    public record Entry(Analysis analysis, boolean enabledByDefault, String contributor) {
        public String id() {
            return analysis.descriptor().id();
        }

        public AnalysisDescriptor descriptor() {
            return analysis.descriptor();
        }
    }

    private final List<Entry> entries;
    private final List<String> problems;

    private AnalysisRegistry(List<Entry> entries, List<String> problems) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(Entry::id));
        this.entries = List.copyOf(sorted);
        this.problems = List.copyOf(problems);
    }

    /** A registry of the given analyses, all enabled by default (for tests and embedding). */
    public static AnalysisRegistry of(List<? extends Analysis> analyses) {
        return new AnalysisRegistry(analyses.stream().map(a -> new Entry(a, true, "(given)")).toList(), List.of());
    }

    /** Read on first use: the JVM's class initialisation makes it lazy and thread-safe. */
    private static final class Installed {
        static final AnalysisRegistry REGISTRY = fromExtensions();
    }

    /** The analyses contributed through the extension point, read once (their problems are logged then). */
    public static AnalysisRegistry installed() {
        return Installed.REGISTRY;
    }

    /** The analyses contributed through the extension point, read now; each problem is logged as a warning. */
    public static AnalysisRegistry fromExtensions() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        List<Entry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (registry == null) {
            problems.add("no extension registry: Innoscape is not running inside OSGi");
            return new AnalysisRegistry(entries, problems);
        }
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            String contributor = element.getContributor().getName();
            String id = element.getAttribute("id");
            try {
                Object created = element.createExecutableExtension("class");
                if (!(created instanceof Analysis analysis)) {
                    problems.add(contributor + ": " + element.getAttribute("class") + " does not implement Analysis");
                    continue;
                }
                if (!analysis.descriptor().id().equals(id)) {
                    problems.add(contributor + ": the analysis declared as '" + id + "' calls itself '"
                            + analysis.descriptor().id() + "'");
                    continue;
                }
                if (entries.stream().anyMatch(e -> e.id().equals(id))) {
                    problems.add(contributor + ": a second analysis with the id '" + id + "' was ignored");
                    continue;
                }
                entries.add(new Entry(analysis, !"false".equals(element.getAttribute("enabledByDefault")), contributor));
            } catch (CoreException | RuntimeException e) {
                problems.add(contributor + ": cannot create the analysis '" + id + "': " + e.getMessage());
            }
        }
        System.Logger log = System.getLogger(AnalysisRegistry.class.getName());
        problems.forEach(problem -> log.log(System.Logger.Level.WARNING, "analysis plug-in problem: " + problem));
        return new AnalysisRegistry(entries, problems);
    }

    /** All analyses, ordered by id. */
    public List<Entry> all() {
        return entries;
    }

    public List<Entry> enabledByDefault() {
        return entries.stream().filter(Entry::enabledByDefault).toList();
    }

    public Optional<Entry> find(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public List<String> problems() {
        return problems;
    }
}
