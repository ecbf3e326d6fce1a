package org.innoscape.compare;

/** An element as a comparison names it: id, kind (its class), label ("Actor 'NHSX'") and where it sits. */
public record ElementSummary(String id, String kind, String label, String containerId) {
}
