package org.innoscape.analysis.alignment;

import java.util.ArrayList;
import java.util.List;

import org.innoscape.analysis.Analysis;
import org.innoscape.analysis.AnalysisContext;
import org.innoscape.analysis.AnalysisDescriptor;
import org.innoscape.analysis.Finding;
import org.innoscape.analysis.Severity;
import org.innoscape.model.Driver;
import org.innoscape.model.InitiativeStatus;
import org.innoscape.model.PolicyInitiative;

/** Drivers of innovation that no initiative addresses, or only concluded ones. */
public class DriverCoverageRule implements Analysis {
    private static final AnalysisDescriptor DESCRIPTOR = new AnalysisDescriptor("alignment.driver-coverage", "Driver coverage",
            "Finds drivers and cross-cutting themes that no initiative addresses, or that only concluded initiatives "
                    + "addressed. The report finds that innovation depends on all six drivers together (R Ch 3, Ch 12).",
            "Alignment gaps", Severity.WARNING, List.of());

    @Override
    public AnalysisDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> run(AnalysisContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Driver driver : context.model().getDrivers()) {
            List<PolicyInitiative> addressing = context.model().getInitiatives().stream()
                    .filter(i -> i.getDriversAddressed().contains(driver)).toList();
            if (addressing.isEmpty()) {
                findings.add(Finding.of(DESCRIPTOR, "No initiative addresses '" + driver.getName() + "'").subject(driver)
                        .explanation("None of the " + context.model().getInitiatives().size() + " initiatives lists this driver.")
                        .fix("Record which initiatives address it, or consider what would.").build());
            } else if (addressing.stream().allMatch(i -> i.getStatus() == InitiativeStatus.CONCLUDED)) {
                findings.add(Finding.of(DESCRIPTOR, "Only concluded initiatives addressed '" + driver.getName() + "'")
                        .subject(driver).related(addressing)
                        .explanation(addressing.size() + " initiative(s) addressed it, and all have concluded.")
                        .fix("Check whether their work is carried on elsewhere.").build());
            }
        }
        return findings;
    }
}
