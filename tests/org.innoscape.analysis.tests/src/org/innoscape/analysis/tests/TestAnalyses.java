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

    /** A pair finding with figures for every two consecutive initiatives, highest score first; the last name is a formula. */
    static final class Pairs implements Analysis {
        static final AnalysisDescriptor DESCRIPTOR = new AnalysisDescriptor("test.pairs", "Pairs", "Pairs with figures.", "Test",
                Severity.INFO, List.of());

        @Override
        public AnalysisDescriptor descriptor() {
            return DESCRIPTOR;
        }

        @Override
        public List<Finding> run(AnalysisContext context) {
            List<PolicyInitiative> all = context.model().getInitiatives();
            List<Finding> findings = new java.util.ArrayList<>();
            for (int i = 0; i + 1 < all.size(); i++) {
                findings.add(Finding.of(DESCRIPTOR, "pair " + i).subjects(List.of(all.get(i), all.get(i + 1)))
                        .data("first_id", all.get(i).getId()).data("first_name", all.get(i).getName())
                        .data("second_name", all.get(i + 1).getName()).data("score", 1.0 - i / 1000.0)
                        .data("text_weight", 0.5).data("shared_terms", List.of("digit", "ward")).build());
            }
            return findings;
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
