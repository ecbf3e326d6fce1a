package org.innoscape.analysis.report;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.innoscape.analysis.AnalysisResult;
import org.innoscape.analysis.Finding;
import org.innoscape.analysis.Severity;
import org.innoscape.analysis.landscape.LandscapeSummary;
import org.innoscape.model.ModelElement;
import org.innoscape.model.validation.ModelValidation;

/**
 * Everything a report shows: which model, its landscape summary and the analysis results.
 *
 * @param modelLocation the model file as the user named it (for SARIF, a URI)
 * @param toolVersion   the Innoscape version that produced the report
 */
public record AnalysisReport(String modelName, String modelLocation, String toolVersion, LandscapeSummary landscape,
        AnalysisResult result) {

    /** How reports name an element: "Actor 'NHSX'". */
    public static String label(EObject element) {
        return ModelValidation.label(element);
    }

    /** The element's id, or null. */
    public static String id(EObject element) {
        return element instanceof ModelElement named ? named.getId() : null;
    }

    /** The id the element has in the register it was imported from, or null. */
    public static String externalId(EObject element) {
        return element instanceof ModelElement named ? named.getExternalId() : null;
    }

    /** Findings of one severity, most severe first in the report order. */
    public List<Finding> findings(Severity severity) {
        return result.findings().stream().filter(f -> f.severity() == severity).toList();
    }
}
