package org.innoscape.analysis.duplication.core;

import java.util.Locale;

/**
 * The US GAO's terms for programmes that do similar things: fragmentation (several bodies in the
 * same broad area), overlap (similar goals, activities or beneficiaries) and duplication (the same
 * activities or services for the same beneficiaries); and, for initiatives of different countries,
 * similar policy elsewhere (a comparison, not a duplication).
 */
public enum OverlapClass {
    FRAGMENTATION, OVERLAP, DUPLICATION, ELSEWHERE;

    public String label() {
        return this == ELSEWHERE ? "similar policy elsewhere" : name().toLowerCase(Locale.ROOT);
    }
}
