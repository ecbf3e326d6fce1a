package org.innoscape.analysis.network;

import java.util.ArrayList;
import java.util.List;

import org.innoscape.analysis.Analysis;
import org.innoscape.analysis.AnalysisContext;
import org.innoscape.analysis.AnalysisDescriptor;
import org.innoscape.analysis.Finding;
import org.innoscape.analysis.ParameterDefinition;
import org.innoscape.analysis.Severity;
import org.innoscape.model.Actor;

/** Actors that are the only link between parts of the network (articulation points). */
public class SingleBrokersAnalysis implements Analysis {
    static final String MEMBERSHIPS = "include-memberships";

    private static final AnalysisDescriptor DESCRIPTOR = new AnalysisDescriptor("network.single-brokers", "Single brokers",
            "Actors whose removal would split the actor network: everything between the parts depends on them. The report "
                    + "stresses brokerage (AHSNs as honest brokers between industry and the NHS, R Ch 7.3.3) and the risk of "
                    + "fragmentation and silos (R Ch 7).",
            "Network structure", Severity.INFO,
            List.of(ParameterDefinition.bool(MEMBERSHIPS, "Count memberships as links", true,
                    "Treat 'member of' (e.g. an AHSN in the AHSN Network) as a link as well as relationships.")));

    @Override
    public AnalysisDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> run(AnalysisContext context) {
        ActorNetwork network = ActorNetwork.of(context.model(), context.parameters().bool(MEMBERSHIPS));
        NetworkMetrics metrics = NetworkMetrics.shared(network, false, context.monitor());
        List<Finding> findings = new ArrayList<>();
        for (int v = 0; v < network.size(); v++) {
            if (!metrics.articulation()[v]) {
                continue;
            }
            Actor broker = network.actor(v);
            List<Actor> neighbours = new ArrayList<>();
            for (int w : network.neighbours(v)) {
                neighbours.add(network.actor(w));
            }
            findings.add(Finding.of(DESCRIPTOR, broker.getName() + " is the only link between parts of the actor network")
                    .subject(broker).related(neighbours)
                    .explanation(String.format("Removing %s would split its part of the network; it has %d direct links "
                            + "and betweenness %.1f.", broker.getName(), metrics.degree()[v], metrics.betweenness()[v]))
                    .fix("Consider a second route between the parts: another broker, network or direct relationship.")
                    .build());
        }
        return findings;
    }
}
