package org.innoscape.analysis.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.emf.ecore.EObject;
import org.innoscape.analysis.Finding;
import org.innoscape.model.values.SpreadsheetCells;

/**
 * The findings as one table for a spreadsheet: a row per finding with its rule, severity, message and
 * elements, then a column per figure the rules give (for duplicate pairs: both initiatives' ids,
 * names and owners, the class, the score and each part's score and weight, the shared terms), then
 * the explanation and fix. A figure a rule does not give is an empty cell. Cells that a spreadsheet
 * would run as formulas are neutralised; lists are joined with "; ".
 */
public class CsvReport implements ReportWriter {
    private static final List<String> LEADING = List.of("rule", "severity", "message", "subject_ids", "subject_external_ids",
            "subject_names", "related_names");
    private static final List<String> TRAILING = List.of("explanation", "fix");

    @Override
    public void write(AnalysisReport report, Writer writer) throws IOException {
        List<Finding> findings = report.result().findings();
        Set<String> figures = new LinkedHashSet<>();
        findings.forEach(f -> figures.addAll(f.data().keySet()));
        figures.removeAll(LEADING);
        figures.removeAll(TRAILING);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
        List<String> header = new ArrayList<>(LEADING);
        header.addAll(figures);
        header.addAll(TRAILING);
        printer.printRecord(header.stream().map(SpreadsheetCells::neutralise).toList());
        for (Finding finding : findings) {
            List<String> row = new ArrayList<>();
            row.add(finding.ruleId());
            row.add(finding.severity().label());
            row.add(finding.message());
            row.add(joined(finding.subjects(), AnalysisReport::id));
            row.add(joined(finding.subjects(), e -> AnalysisReport.externalId(e) == null ? "" : AnalysisReport.externalId(e)));
            row.add(joined(finding.subjects(), AnalysisReport::label));
            row.add(joined(finding.related(), AnalysisReport::label));
            for (String figure : figures) {
                row.add(cell(finding.data().get(figure)));
            }
            row.add(finding.explanation());
            row.add(finding.suggestedFix() == null ? "" : finding.suggestedFix());
            printer.printRecord(row.stream().map(SpreadsheetCells::neutralise).toList());
        }
        printer.flush();
    }

    /** The elements' texts joined with "; "; empty when every text is empty (no register ids at all, say). */
    private static String joined(List<EObject> elements, Function<EObject, String> text) {
        List<String> texts = elements.stream().map(text).toList();
        return texts.stream().allMatch(String::isEmpty) ? "" : String.join("; ", texts);
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return String.join("; ", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }
}
