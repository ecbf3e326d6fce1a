package org.innoscape.diagram.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.innoscape.diagram.view.Rect;
import org.junit.jupiter.api.Test;

/** Culling edges by their route, not their bounding box. */
class PolylinesTest {
    private static final Rect VIEW = new Rect(100, 100, 200, 100);

    @Test
    void aDiagonalWhoseBoundingBoxCoversTheViewButMissesItIsNotCrossing() {
        int[] diagonal = {0, 300, 50, 0}; // box 0..50 x 0..300 misses; make one that covers
        assertFalse(Polylines.crosses(diagonal, VIEW));
        int[] corner = {0, 180, 160, 0}; // bounding box overlaps the view, the line passes above-left of it
        assertTrue(new Rect(0, 0, 160, 180).intersects(VIEW));
        assertFalse(Polylines.crosses(corner, VIEW));
    }

    @Test
    void routesThroughOrIntoTheViewCross() {
        assertTrue(Polylines.crosses(new int[] {0, 150, 400, 150}, VIEW), "straight through");
        assertTrue(Polylines.crosses(new int[] {150, 150, 900, 900}, VIEW), "starts inside");
        assertTrue(Polylines.crosses(new int[] {0, 0, 0, 150, 200, 150}, VIEW), "second segment enters");
        assertTrue(Polylines.crosses(new int[] {200, 0, 200, 500}, VIEW), "vertical");
        assertFalse(Polylines.crosses(new int[] {400, 0, 400, 500}, VIEW), "vertical beside it");
    }

    @Test
    void clippingKeepsOnlyTheVisiblePartsAndJoinsThem() {
        assertEquals(List.of("100,150,300,150"), describe(Polylines.clip(new int[] {0, 150, 400, 150}, VIEW)));
        assertEquals(List.of("150,150,200,150,200,100"), describe(Polylines.clip(new int[] {150, 150, 200, 150, 200, 0}, VIEW)),
                "a bend inside the view stays one polyline");
        assertEquals(List.of("100,120,300,120", "300,180,100,180"),
                describe(Polylines.clip(new int[] {0, 120, 400, 120, 400, 180, 0, 180}, VIEW)), "leaving and re-entering gives two");
        assertEquals(List.of(), describe(Polylines.clip(new int[] {400, 0, 400, 500}, VIEW)));
    }

    private static List<String> describe(List<int[]> parts) {
        return parts.stream().map(p -> java.util.Arrays.stream(p).mapToObj(Integer::toString).collect(java.util.stream.Collectors.joining(","))).toList();
    }
}
