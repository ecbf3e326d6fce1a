package org.innoscape.diagram.analysis;

import java.util.HashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EClass;
import org.innoscape.analysis.network.ActorNetwork;
import org.innoscape.analysis.network.NetworkMetrics;
import org.innoscape.diagram.appearance.ElementMetric;
import org.innoscape.diagram.view.ElementKeys;
import org.innoscape.model.InnoscapePackage;
import org.innoscape.model.InnovationSystem;

/**
 * An actor's centrality in the network of relationships, as Network Metrics computes it, for
 * drawing actors by size or colour (brokers and hubs stand out). One subclass per centrality, because
 * the extension registry creates each by its class name.
 */
public abstract class CentralityMetric implements ElementMetric {
    private final String id;
    private final String label;
    private final ToDoubleFunction<NetworkMetrics.ActorMetrics> value;

    CentralityMetric(String id, String label, ToDoubleFunction<NetworkMetrics.ActorMetrics> value) {
        this.id = id;
        this.label = label;
        this.value = value;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public EClass domain() {
        return InnoscapePackage.Literals.ACTOR;
    }

    @Override
    public Map<String, Double> compute(InnovationSystem model, IProgressMonitor monitor) {
        NetworkMetrics metrics = NetworkMetrics.compute(ActorNetwork.of(model), false, monitor);
        Map<String, Double> values = new HashMap<>();
        for (NetworkMetrics.ActorMetrics actor : metrics.all()) {
            // Keyed as the diagram knows elements: an actor made since the last save has no id yet.
            values.put(ElementKeys.idOf(actor.actor()), value.applyAsDouble(actor));
        }
        return values;
    }

    public static final class Betweenness extends CentralityMetric {
        public Betweenness() {
            super("betweenness", "Betweenness", NetworkMetrics.ActorMetrics::betweenness);
        }
    }

    public static final class Degree extends CentralityMetric {
        public Degree() {
            super("degree", "Degree", NetworkMetrics.ActorMetrics::degree);
        }
    }

    public static final class Closeness extends CentralityMetric {
        public Closeness() {
            super("closeness", "Closeness", NetworkMetrics.ActorMetrics::closeness);
        }
    }

    public static final class Eigenvector extends CentralityMetric {
        public Eigenvector() {
            super("eigenvector", "Eigenvector centrality", NetworkMetrics.ActorMetrics::eigenvector);
        }
    }
}
