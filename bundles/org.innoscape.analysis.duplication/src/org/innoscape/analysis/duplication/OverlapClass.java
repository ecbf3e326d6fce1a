package org.innoscape.analysis.duplication;

/**
 * The US GAO's terms for programmes that do similar things: fragmentation (several bodies in the
 * same broad area), overlap (similar goals, activities or beneficiaries) and duplication (the same
 * activities or services for the same beneficiaries).
 */
public enum OverlapClass {
    FRAGMENTATION, OVERLAP, DUPLICATION;

    public String label() {
        return name().toLowerCase();
    }
}
