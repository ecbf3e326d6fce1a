package org.innoscape.diagram.analysis;

import org.eclipse.core.runtime.IProgressMonitor;
import org.innoscape.analysis.network.ActorNetwork;
import org.innoscape.analysis.network.NetworkMetrics;
import org.innoscape.diagram.decoration.DecorationLayer;
import org.innoscape.diagram.decoration.Decorations;
import org.innoscape.diagram.description.DiagramDescription;
import org.innoscape.model.InnoscapePackage;
import org.innoscape.model.InnovationSystem;

/**
 * Sizes actor nodes by a centrality: from 0.7 times their size (lowest) to 1.8 times (highest), so
 * brokers and hubs stand out. One subclass per centrality, each a layer the user can switch on.
 */
public abstract class CentralitySize implements DecorationLayer {
    static final double SMALLEST = 0.7;
    static final double LARGEST = 1.8;

    abstract double valueOf(NetworkMetrics.ActorMetrics metrics);

    abstract String centrality();

    @Override
    public String id() {
        return "analysis.size." + centrality();
    }

    @Override
    public String label() {
        return "Size actors by " + centrality();
    }

    /** Only where actors are drawn. */
    @Override
    public boolean appliesTo(DiagramDescription type) {
        return type.allNodeMappings().stream().anyMatch(mapping -> mapping.getDomainClass() == InnoscapePackage.Literals.ACTOR);
    }

    @Override
    public Decorations compute(InnovationSystem model, IProgressMonitor monitor) {
        NetworkMetrics metrics = NetworkMetrics.compute(ActorNetwork.of(model), false, monitor);
        double max = metrics.all().stream().mapToDouble(this::valueOf).max().orElse(0);
        Decorations decorations = Decorations.none();
        for (NetworkMetrics.ActorMetrics actor : metrics.all()) {
            double share = max <= 0 ? 0 : valueOf(actor) / max;
            decorations.size(actor.actor().getId(), SMALLEST + (LARGEST - SMALLEST) * share);
        }
        return decorations;
    }

    public static final class Betweenness extends CentralitySize {
        @Override
        double valueOf(NetworkMetrics.ActorMetrics metrics) {
            return metrics.betweenness();
        }

        @Override
        String centrality() {
            return "betweenness";
        }
    }

    public static final class Degree extends CentralitySize {
        @Override
        double valueOf(NetworkMetrics.ActorMetrics metrics) {
            return metrics.degree();
        }

        @Override
        String centrality() {
            return "degree";
        }
    }

    public static final class Eigenvector extends CentralitySize {
        @Override
        double valueOf(NetworkMetrics.ActorMetrics metrics) {
            return metrics.eigenvector();
        }

        @Override
        String centrality() {
            return "eigenvector";
        }
    }
}
