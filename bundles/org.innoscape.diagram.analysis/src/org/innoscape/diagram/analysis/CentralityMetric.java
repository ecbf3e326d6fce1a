package org.innoscape.diagram.analysis;

import java.util.HashMap;
import java.util.Map;

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
 * drawing actors by size or colour (brokers and hubs stand out). One subclass per centrality.
 */
public abstract class CentralityMetric implements ElementMetric {

    abstract double valueOf(NetworkMetrics.ActorMetrics metrics);

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
            values.put(ElementKeys.idOf(actor.actor()), valueOf(actor));
        }
        return values;
    }

    public static final class Betweenness extends CentralityMetric {
        @Override
        double valueOf(NetworkMetrics.ActorMetrics metrics) {
            return metrics.betweenness();
        }

        @Override
        public String id() {
            return "betweenness";
        }

        @Override
        public String label() {
            return "Betweenness";
        }
    }

    public static final class Degree extends CentralityMetric {
        @Override
        double valueOf(NetworkMetrics.ActorMetrics metrics) {
            return metrics.degree();
        }

        @Override
        public String id() {
            return "degree";
        }

        @Override
        public String label() {
            return "Degree";
        }
    }

    public static final class Closeness extends CentralityMetric {
        @Override
        double valueOf(NetworkMetrics.ActorMetrics metrics) {
            return metrics.closeness();
        }

        @Override
        public String id() {
            return "closeness";
        }

        @Override
        public String label() {
            return "Closeness";
        }
    }

    public static final class Eigenvector extends CentralityMetric {
        @Override
        double valueOf(NetworkMetrics.ActorMetrics metrics) {
            return metrics.eigenvector();
        }

        @Override
        public String id() {
            return "eigenvector";
        }

        @Override
        public String label() {
            return "Eigenvector centrality";
        }
    }
}
