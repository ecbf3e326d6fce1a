package org.innoscape.analysis;

import java.util.List;

/**
 * What an analysis is: shown in the Findings view, the preferences and {@code --help}, and
 * written into reports (SARIF rules).
 *
 * @param id          unique id, e.g. {@code alignment.stage-coverage}
 * @param name        a short title
 * @param description what it checks and why, with the source that motivates it
 * @param category    a group for the UI, e.g. "Alignment gaps"
 * @param severity    the severity of its findings unless it says otherwise
 * @param parameters  its parameters with defaults
 */
public record AnalysisDescriptor(String id, String name, String description, String category, Severity severity,
        List<ParameterDefinition> parameters) {

    public AnalysisDescriptor {
        parameters = List.copyOf(parameters);
    }

    public ParameterDefinition parameter(String key) {
        return parameters.stream().filter(p -> p.key().equals(key)).findFirst().orElse(null);
    }
}
