package org.innoscape.analysis;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * One result of an analysis.
 *
 * @param ruleId       the analysis that found it
 * @param severity     info, warning or error
 * @param message      one sentence a policy analyst understands
 * @param subjects     the elements it is about (may be empty for model-wide findings)
 * @param related      other elements that explain it
 * @param explanation  why, with the numbers
 * @param suggestedFix what would resolve it, or null
 */
public record Finding(String ruleId, Severity severity, String message, List<EObject> subjects, List<EObject> related,
        String explanation, String suggestedFix) {

    public Finding {
        subjects = List.copyOf(subjects);
        related = List.copyOf(related);
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

        public Finding build() {
            return new Finding(ruleId, severity, message, subjects, related, explanation, fix);
        }
    }
}
