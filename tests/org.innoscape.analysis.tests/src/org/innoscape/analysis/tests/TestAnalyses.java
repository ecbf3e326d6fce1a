package org.innoscape.analysis.tests;

import java.util.List;

import org.innoscape.analysis.Analysis;
import org.innoscape.analysis.AnalysisContext;
import org.innoscape.analysis.AnalysisDescriptor;
import org.innoscape.analysis.Finding;
import org.innoscape.analysis.ParameterDefinition;
import org.innoscape.analysis.Severity;
import org.innoscape.model.PolicyInitiative;

/** Small analyses for exercising the framework. */
final class TestAnalyses {

    private TestAnalyses() {
    }

    /** One warning per initiative whose name is longer than the "max-length" parameter. */
    static final class LongNames implements Analysis {
        static final AnalysisDescriptor DESCRIPTOR = new AnalysisDescriptor("test.long-names", "Long names", "Names over a length.",
                "Test", Severity.WARNING, List.of(ParameterDefinition.integer("max-length", "Maximum length", 10, 1, 100, "Longest allowed.")));

        @Override
        public AnalysisDescriptor descriptor() {
            return DESCRIPTOR;
        }

        @Override
        public List<Finding> run(AnalysisContext context) {
            int max = context.parameters().integer("max-length");
            return context.model().getInitiatives().stream().filter(i -> i.getName().length() > max)
                    .map(i -> Finding.of(DESCRIPTOR, "'" + i.getName() + "' is long <" + i.getName().length() + ">").subject(i)
                            .explanation("Longer than " + max + " characters.").build())
                    .toList();
        }
    }

    /** Always throws. */
    static final class Broken implements Analysis {
        static final AnalysisDescriptor DESCRIPTOR = new AnalysisDescriptor("test.broken", "Broken", "Fails.", "Test",
                Severity.ERROR, List.of());

        @Override
        public AnalysisDescriptor descriptor() {
            return DESCRIPTOR;
        }

        @Override
        public List<Finding> run(AnalysisContext context) {
            throw new IllegalStateException("deliberately broken");
        }
    }

    /** Cancels its own monitor, then checks for cancellation as long analyses must. */
    static final class SelfCancelling implements Analysis {
        static final AnalysisDescriptor DESCRIPTOR = new AnalysisDescriptor("test.cancel", "Cancel", "Cancels.", "Test",
                Severity.INFO, List.of());

        @Override
        public AnalysisDescriptor descriptor() {
            return DESCRIPTOR;
        }

        @Override
        public List<Finding> run(AnalysisContext context) {
            context.monitor().setCanceled(true);
            for (PolicyInitiative ignored : context.model().getInitiatives()) {
                context.checkCanceled();
            }
            return List.of();
        }
    }
}
