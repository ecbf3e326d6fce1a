package org.innoscape.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The installed export formats, ordered by id: io's own (csv, xlsx, json) and those plug-ins contribute
 * through the extension point {@code org.innoscape.io.exportFormats} (schema
 * {@code bundles/org.innoscape.io/schema/exportFormats.exsd}), such as the network bundle's graphml and gexf.
 * <p>
 * io's own formats are built in, not contributed through io's plugin.xml: they are there whenever io is,
 * also outside OSGi (property tests, benchmarks, plain Java), where there is no extension registry to
 * read, and declaring them in plugin.xml too would make two lists of the same three formats. As with the
 * built-in commands of {@code ./innoscape}, a contribution can never replace one of them.
 * <p>
 * A contribution that cannot be used (its class is missing or no {@link ExportFormat}, its id is not a
 * lower-case word, differs from the declared one or is already taken) is skipped, logged as a warning and
 * listed in {@link #problems()}, so one faulty plug-in does not take the other formats down.
 */
public final class ExportFormats {
    public static final String EXTENSION_POINT = "org.innoscape.io.exportFormats";
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

    private record Reading(List<ExportFormat> formats, List<String> problems) {
    }

    /** Read on first use: the JVM's class initialisation makes it lazy and thread-safe. */
    private static final class Installed {
        static final Reading READING = read();
    }

    private ExportFormats() {
    }

    /** The installed formats, ordered by id; read once (their problems are logged then). */
    public static List<ExportFormat> installed() {
        return Installed.READING.formats();
    }

    /** The installed format with this id (what {@code --format} takes; case is ignored). */
    public static Optional<ExportFormat> named(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return installed().stream().filter(format -> format.id().equals(wanted)).findFirst();
    }

    /** Why contributions were skipped when the formats were read, one line each (empty when none were). */
    public static List<String> problems() {
        return Installed.READING.problems();
    }

    private static Reading read() {
        List<ExportFormat> formats = new ArrayList<>(List.of(BuiltInExportFormat.values()));
        List<String> problems = new ArrayList<>();
        try {
            Contributions.read(formats, problems);
        } catch (NoClassDefFoundError e) {
            // Plain Java without the Equinox registry on the class path: nothing can be contributed.
        }
        formats.sort(Comparator.comparing(ExportFormat::id));
        System.Logger log = System.getLogger(ExportFormats.class.getName());
        problems.forEach(problem -> log.log(System.Logger.Level.WARNING, "export format plug-in problem: " + problem));
        return new Reading(List.copyOf(formats), List.copyOf(problems));
    }

    /** Apart from {@link ExportFormats}, so that io's own formats need none of the registry's classes. */
    private static final class Contributions {
        static void read(List<ExportFormat> formats, List<String> problems) {
            IExtensionRegistry registry = RegistryFactory.getRegistry();
            if (registry == null) {
                return;
            }
            IConfigurationElement[] elements = registry.getConfigurationElementsFor(EXTENSION_POINT);
            // By contributor, so that which of two plug-ins claiming an id wins does not depend on install order.
            Arrays.sort(elements, Comparator.comparing((IConfigurationElement e) -> e.getContributor().getName()));
            for (IConfigurationElement element : elements) {
                String contributor = element.getContributor().getName();
                String id = element.getAttribute("id");
                String problem = null;
                try {
                    Object created = element.createExecutableExtension("class");
                    if (!(created instanceof ExportFormat format)) {
                        problem = element.getAttribute("class") + " does not implement org.innoscape.io.ExportFormat";
                    } else if (id == null || !ID.matcher(id).matches()) {
                        problem = "the export format id '" + id + "' is not a lower-case word";
                    } else if (!id.equals(format.id())) {
                        problem = "the export format declared as '" + id + "' calls itself '" + format.id() + "'";
                    } else if (formats.stream().anyMatch(f -> f.id().equals(id))) {
                        problem = "the export format id '" + id + "' is already taken; the contribution was ignored";
                    } else {
                        formats.add(format);
                    }
                } catch (CoreException | RuntimeException | LinkageError e) {
                    problem = "cannot create the export format '" + id + "' (" + element.getAttribute("class") + "): " + e.getMessage();
                }
                if (problem != null) {
                    problems.add(contributor + ": " + problem);
                }
            }
        }
    }
}
