package org.innoscape.analysis.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

import org.eclipse.emf.ecore.EObject;
import org.innoscape.analysis.AnalysisRun;
import org.innoscape.analysis.Finding;
import org.innoscape.analysis.Severity;
import org.innoscape.analysis.landscape.LandscapeSummary;

/** A plain-text report for the terminal. */
public class TextReport implements ReportWriter {

    @Override
    public void write(AnalysisReport report, Writer writer) throws IOException {
        PrintWriter out = new PrintWriter(writer);
        out.println("Innoscape analysis of " + PlainText.printable(report.modelName()) + " (" + PlainText.printable(report.modelLocation()) + ")");
        out.println();
        LandscapeSummary landscape = report.landscape();
        for (LandscapeSummary.Section section : landscape.sections()) {
            out.println(PlainText.printable(section.title()));
            for (LandscapeSummary.Row row : section.rows()) {
                out.printf("  %-55s %6d%s%n", PlainText.printable(row.label()), row.count(), row.budgets().isEmpty() ? "" : "   " + row.budgetText());
            }
            out.println();
        }
        for (Severity severity : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
            for (Finding finding : report.findings(severity)) {
                out.printf("%s [%s] %s%n", severity.label(), PlainText.printable(finding.ruleId()), PlainText.printable(finding.message()));
                if (!finding.explanation().isEmpty()) {
                    out.println("    why: " + PlainText.printable(finding.explanation()));
                }
                for (EObject subject : finding.subjects()) {
                    out.println("    - " + PlainText.printable(AnalysisReport.label(subject)));
                }
                if (finding.suggestedFix() != null) {
                    out.println("    fix: " + PlainText.printable(finding.suggestedFix()));
                }
            }
        }
        for (AnalysisRun run : report.result().failures()) {
            out.println("failed [" + PlainText.printable(run.descriptor().id()) + "] " + PlainText.printable(String.valueOf(run.failure())));
        }
        out.printf("%n%d errors, %d warnings, %d infos from %d analyses%n", report.result().count(Severity.ERROR),
                report.result().count(Severity.WARNING), report.result().count(Severity.INFO), report.result().runs().size());
        out.flush();
    }
}
