package org.innoscape.analysis.duplication.core;

/**
 * The US GAO's terms for programmes that do similar things: fragmentation (several bodies in the
 * same broad area), overlap (similar goals, activities or beneficiaries) and duplication (the same
 * activities or services for the same beneficiaries); and, for initiatives of different countries,
 * similar policy elsewhere (a comparison, not a duplication).
 */
public enum OverlapClass {
    FRAGMENTATION("fragmentation"), OVERLAP("overlap"), DUPLICATION("duplication"), ELSEWHERE("similar policy elsewhere");

    private final String label;

    OverlapClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
