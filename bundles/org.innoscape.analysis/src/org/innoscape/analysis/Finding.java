package org.innoscape.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

/**
 * One result of an analysis.
 *
 * @param ruleId       the analysis that found it
 * @param severity     info, warning or error
 * @param message      one sentence a policy analyst understands
 * @param subjects     the elements it is about (may be empty for model-wide findings)
 * @param related      other elements that explain it
 * @param explanation  why, with the numbers ("" when a rule gives none, null included)
 * @param suggestedFix what would resolve it, or null
 * @param data         the figures behind it, by name, for tables (JSON and CSV reports): strings, numbers,
 *                     booleans or lists of strings, in the order the rule gave them; empty for most rules
 */
public record Finding(String ruleId, Severity severity, String message, List<EObject> subjects, List<EObject> related,
        String explanation, String suggestedFix, Map<String, Object> data) {

    public Finding {
        explanation = explanation == null ? "" : explanation;
        subjects = List.copyOf(subjects);
        related = List.copyOf(related);
        data = FindingData.copyOf(data);
    }

    /** The same finding about other (equal) elements, e.g. a copy's elements mapped back to the originals. */
    public Finding withElements(List<EObject> newSubjects, List<EObject> newRelated) {
        return new Finding(ruleId, severity, message, newSubjects, newRelated, explanation, suggestedFix, data);
    }

    /** Starts a finding of {@code analysis} with its default severity. */
    public static Builder of(AnalysisDescriptor analysis, String message) {
        return new Builder(analysis.id(), analysis.severity(), message);
    }

    /** Fluent construction, so rules read as sentences. */
    public static final class Builder {
        private final String ruleId;
        private Severity severity;
        private final String message;
        private List<EObject> subjects = List.of();
        private List<EObject> related = List.of();
        private String explanation = "";
        private String fix;
        private final Map<String, Object> data = new LinkedHashMap<>();

        private Builder(String ruleId, Severity severity, String message) {
            this.ruleId = ruleId;
            this.severity = severity;
            this.message = message;
        }

        public Builder severity(Severity value) {
            severity = value;
            return this;
        }

        public Builder subjects(List<? extends EObject> values) {
            subjects = List.copyOf(values);
            return this;
        }

        public Builder subject(EObject value) {
            subjects = List.of(value);
            return this;
        }

        public Builder related(List<? extends EObject> values) {
            related = List.copyOf(values);
            return this;
        }

        public Builder explanation(String value) {
            explanation = value;
            return this;
        }

        public Builder fix(String value) {
            fix = value;
            return this;
        }

        /** A named figure for tables; {@code value} is a string, number, boolean or list of strings. */
        public Builder data(String name, Object value) {
            if (!(value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof List<?>)) {
                throw new IllegalArgumentException("finding data '" + name + "' must be a string, number, boolean or list, not " + value);
            }
            data.put(name, value);
            return this;
        }

        public Finding build() {
            return new Finding(ruleId, severity, message, subjects, related, explanation, fix, data);
        }
    }
}
