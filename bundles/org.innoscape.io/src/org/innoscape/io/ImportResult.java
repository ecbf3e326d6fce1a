package org.innoscape.io;

import java.util.List;

import org.innoscape.model.InnovationSystem;

/**
 * What an import did or would do. {@code model} is the updated copy of the model, or null when a
 * fatal problem means nothing may be imported. Of the elements that rows describe and the model had,
 * {@code updated} changed and {@code unchanged} did not (a register imported again as it was).
 */
public record ImportResult(InnovationSystem model, List<ImportProblem> problems, int created, int updated, int unchanged) {

    public boolean succeeded() {
        return model != null;
    }

    public List<ImportProblem> fatalProblems() {
        return problems.stream().filter(ImportProblem::fatal).toList();
    }
}
