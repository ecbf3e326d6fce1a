package org.innoscape.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.innoscape.diagram.appearance.ElementMetric;
import org.innoscape.diagram.decoration.DecorationLayer;
import org.innoscape.diagram.types.DriverCoverageType;
import org.innoscape.diagram.types.PathwayLandscapeType;
import org.innoscape.diagram.types.StakeholderNetworkType;
import org.innoscape.diagram.description.DiagramDescription;

/**
 * The installed diagram types with their extensions applied, the decoration layers and the metrics, read from
 * {@code org.innoscape.diagram.diagramTypes}. A broken contribution is skipped and reported in
 * {@link #problems()} so one faulty plugin does not take the others down.
 */
public final class DiagramTypes {
    public static final String EXTENSION_POINT = "org.innoscape.diagram.diagramTypes";


    private final Map<String, DiagramDescription> types;
    private final List<DecorationLayer> decorationLayers;
    private final List<ElementMetric> metrics;
    private final List<String> problems;

    private DiagramTypes(Map<String, DiagramDescription> types, List<DecorationLayer> decorationLayers,
            List<ElementMetric> metrics, List<String> problems) {
        this.types = types;
        this.decorationLayers = List.copyOf(decorationLayers);
        this.metrics = List.copyOf(metrics);
        this.problems = List.copyOf(problems);
    }

    /** The given descriptions only (tests, embedding). */
    public static DiagramTypes of(List<DiagramDescription> descriptions, List<DecorationLayer> layers) {
        return of(descriptions, layers, List.of());
    }

    /** The given descriptions, layers and metrics only (tests, embedding). */
    public static DiagramTypes of(List<DiagramDescription> descriptions, List<DecorationLayer> layers,
            List<ElementMetric> metrics) {
        Map<String, DiagramDescription> types = new LinkedHashMap<>();
        descriptions.forEach(d -> types.put(d.getId(), d));
        return new DiagramTypes(types, layers, metrics, List.of());
    }

    /** Read on first use: the JVM's class initialisation makes it lazy and thread-safe. */
    private static final class Installed {
        static final DiagramTypes TYPES = fromExtensions();
    }

    /**
     * The types contributed through the extension point, read once; outside OSGi (no extension registry)
     * the built-in types of this bundle.
     */
    public static DiagramTypes installed() {
        return Installed.TYPES;
    }

    static DiagramTypes fromExtensions() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        Map<String, DiagramDescription> types = new LinkedHashMap<>();
        List<DecorationLayer> layers = new ArrayList<>();
        List<ElementMetric> metrics = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (registry == null) {
            // Plain Java (benchmarks, mutation testing, embedding): this bundle's own types, as io does for its formats.
            for (DiagramTypeProvider provider : List.of(new StakeholderNetworkType(), new PathwayLandscapeType(), new DriverCoverageType())) {
                DiagramDescription description = provider.create();
                types.put(description.getId(), description);
            }
            return new DiagramTypes(types, layers, metrics, problems);
        }
        IConfigurationElement[] elements = registry.getConfigurationElementsFor(EXTENSION_POINT);
        for (IConfigurationElement element : elements) {
            if ("diagramType".equals(element.getName())) {
                create(element, DiagramTypeProvider.class, problems).ifPresent(provider -> {
                    DiagramDescription description = provider.create();
                    String id = element.getAttribute("id");
                    if (!description.getId().equals(id)) {
                        problems.add(contributor(element) + ": the diagram type declared as '" + id + "' calls itself '"
                                + description.getId() + "'");
                    } else if (types.putIfAbsent(id, description) != null) {
                        problems.add(contributor(element) + ": a second diagram type '" + id + "' was ignored");
                    }
                });
            } else if ("decorationLayer".equals(element.getName())) {
                create(element, DecorationLayer.class, problems).ifPresent(layers::add);
            } else if ("metric".equals(element.getName())) {
                create(element, ElementMetric.class, problems).ifPresent(metric -> {
                    if (metrics.stream().anyMatch(known -> known.id().equals(metric.id()))) {
                        problems.add(contributor(element) + ": a second metric '" + metric.id() + "' was ignored");
                    } else {
                        metrics.add(metric);
                    }
                });
            }
        }
        for (IConfigurationElement element : elements) {
            if ("diagramExtension".equals(element.getName())) {
                DiagramDescription target = types.get(element.getAttribute("type"));
                if (target == null) {
                    problems.add(contributor(element) + ": extends the unknown diagram type '"
                            + element.getAttribute("type") + "'");
                    continue;
                }
                create(element, DiagramExtension.class, problems).ifPresent(extension -> {
                    try {
                        extension.extend(target);
                    } catch (RuntimeException e) {
                        problems.add(contributor(element) + ": extending '" + target.getId() + "' failed: " + e);
                    }
                });
            }
        }
        types.values().forEach(description -> problems.addAll(DescriptionChecks.problemsOf(description)));
        layers.sort(Comparator.comparing(DecorationLayer::id));
        metrics.sort(Comparator.comparing(ElementMetric::label));
        System.Logger log = System.getLogger(DiagramTypes.class.getName());
        problems.forEach(problem -> log.log(System.Logger.Level.WARNING, "diagram plug-in problem: " + problem));
        return new DiagramTypes(types, layers, metrics, problems);
    }

    private static <T> Optional<T> create(IConfigurationElement element, Class<T> type, List<String> problems) {
        try {
            Object created = element.createExecutableExtension("class");
            if (type.isInstance(created)) {
                return Optional.of(type.cast(created));
            }
            problems.add(contributor(element) + ": " + element.getAttribute("class") + " does not implement "
                    + type.getSimpleName());
        } catch (CoreException | RuntimeException e) {
            problems.add(contributor(element) + ": cannot create " + element.getAttribute("class") + ": " + e.getMessage());
        }
        return Optional.empty();
    }

    private static String contributor(IConfigurationElement element) {
        return element.getContributor().getName();
    }

    public List<DiagramDescription> all() {
        return List.copyOf(types.values());
    }

    public Optional<DiagramDescription> find(String typeId) {
        return Optional.ofNullable(types.get(typeId));
    }

    public List<DecorationLayer> decorationLayers() {
        return decorationLayers;
    }

    /** The metrics diagrams can be drawn by (Appearance), sorted by label. */
    public List<ElementMetric> metrics() {
        return metrics;
    }

    public List<String> problems() {
        return problems;
    }
}
