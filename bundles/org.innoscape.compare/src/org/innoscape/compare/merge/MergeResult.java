package org.innoscape.compare.merge;

import java.util.List;

import org.innoscape.model.InnovationSystem;

/**
 * The merged model and the conflicts met on the way. Unsettled conflicts keep our side in the
 * model; the merge then fails (exit 1) so the user decides.
 */
public record MergeResult(InnovationSystem merged, List<MergeConflict> conflicts, int appliedFromTheirs) {

    public MergeResult {
        conflicts = List.copyOf(conflicts);
    }

    public boolean hasUnsettledConflicts() {
        return conflicts.stream().anyMatch(c -> c.settled() == null);
    }
}
