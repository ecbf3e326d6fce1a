package org.innoscape.analysis.network;

import java.util.List;

import org.innoscape.analysis.Analysis;
import org.innoscape.analysis.AnalysisContext;
import org.innoscape.analysis.AnalysisDescriptor;
import org.innoscape.analysis.Finding;
import org.innoscape.analysis.ParameterDefinition;
import org.innoscape.analysis.Severity;
import org.innoscape.model.Actor;

/** A network in several disconnected parts: actors that no chain of relationships reaches. */
public class FragmentationAnalysis implements Analysis {
    private static final AnalysisDescriptor DESCRIPTOR = new AnalysisDescriptor("network.fragmentation", "Fragmented network",
            "Reports when the actor network falls into separate parts. The report describes a fragmented landscape of "
                    + "initiatives and networks and recommends aligning and coordinating them (R Ch 7; Box 4, Rec 11).",
            "Network structure", Severity.WARNING,
            List.of(ParameterDefinition.bool(SingleBrokersAnalysis.MEMBERSHIPS, "Count memberships as links", true,
                    "Treat 'member of' as a link as well as relationships.")));

    @Override
    public AnalysisDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> run(AnalysisContext context) {
        ActorNetwork network = ActorNetwork.of(context.model(), context.parameters().bool(SingleBrokersAnalysis.MEMBERSHIPS));
        NetworkMetrics metrics = NetworkMetrics.shared(network, false, context.monitor());
        List<List<Actor>> parts = metrics.componentsBySize();
        if (parts.size() <= 1) {
            return List.of();
        }
        List<Actor> outside = parts.subList(1, parts.size()).stream().flatMap(List::stream).toList();
        return List.of(Finding.of(DESCRIPTOR, "The actor network falls into " + parts.size() + " separate parts")
                .subjects(outside).related(parts.get(0))
                .explanation(String.format("The largest part links %d of %d actors; %d actors are in %d other parts "
                        + "that no chain of relationships connects to it.", parts.get(0).size(), network.size(), outside.size(),
                        parts.size() - 1))
                .fix("Record the relationships that connect these actors, or check whether they belong in the model.")
                .build());
    }
}
