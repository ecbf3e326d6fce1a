package org.innoscape.analysis.alignment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.innoscape.analysis.AnalysisRunner;
import org.innoscape.analysis.Finding;
import org.innoscape.analysis.alignment.FocusRule;
import org.innoscape.analysis.alignment.FundingRecipientsRule;
import org.innoscape.analysis.alignment.TargetGroupsRule;
import org.innoscape.analysis.landscape.LandscapeCalculator;
import org.innoscape.analysis.landscape.LandscapeSummary;
import org.innoscape.examples.EnglandHealthInnovation2021;
import org.innoscape.model.InnovationSystem;
import org.junit.jupiter.api.Test;

/** The rules on the England 2021 example: the blog's observations show up in the model's own numbers. */
class ExampleModelTest {
    private final InnovationSystem england = EnglandHealthInnovation2021.build();

    @Test
    void fundingLeansToInnovators() {
        List<Finding> findings = AnalysisRunner.run(england, List.of(new FundingRecipientsRule()), Map.of(),
                new NullProgressMonitor()).findings();
        assertEquals(1, findings.size());
        assertTrue(findings.get(0).message().startsWith("Funding leans to innovators"), findings.get(0).message());
    }

    @Test
    void focusFindsTheTwoSolelyNonClinicalProgrammes() {
        Finding summary = AnalysisRunner.run(england, List.of(new FocusRule()), Map.of(), new NullProgressMonitor()).findings()
                .stream().filter(f -> f.message().startsWith("Focus of initiatives")).findFirst().orElseThrow();
        assertTrue(summary.explanation().contains("solely non-clinical: 2"), summary.explanation());
    }

    @Test
    void patientsAreNotTargetedByAnyCurrentInitiative() {
        List<String> messages = AnalysisRunner.run(england, List.of(new TargetGroupsRule()), Map.of(), new NullProgressMonitor())
                .findings().stream().map(Finding::message).toList();
        assertTrue(messages.contains("No current initiative targets patients and the public"), messages.toString());
    }

    @Test
    void landscapeSummaryCountsTheModel() {
        LandscapeSummary summary = LandscapeCalculator.summarise(england);
        assertEquals(england.getInitiatives().size(), summary.initiatives());
        assertEquals(4, summary.count("funding-recipients", "adopters"));
        assertEquals(2, summary.count("focus", "non-clinical"));
        long productivity = england.getInitiatives().stream()
                .filter(i -> i.getProductivityFocus() == org.innoscape.model.Tristate.YES).count();
        assertEquals(productivity, summary.count("overview", "Explicit productivity focus"));
    }
}
