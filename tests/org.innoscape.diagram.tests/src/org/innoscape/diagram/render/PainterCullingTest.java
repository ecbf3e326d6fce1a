package org.innoscape.diagram.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.innoscape.diagram.DiagramCreation;
import org.innoscape.diagram.description.DiagramDescription;
import org.innoscape.diagram.description.LineStyle;
import org.innoscape.diagram.description.NodeShape;
import org.innoscape.diagram.description.Rgb;
import org.innoscape.diagram.types.StakeholderNetworkType;
import org.innoscape.diagram.view.DiagramSynchronizer;
import org.innoscape.diagram.view.DiagramView;
import org.innoscape.diagram.view.Rect;
import org.innoscape.diagram.view.ViewEdge;
import org.innoscape.model.Actor;
import org.innoscape.model.ActorKind;
import org.innoscape.model.ActorLevel;
import org.innoscape.model.Diagram;
import org.innoscape.model.DiagramNode;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.RelationshipKind;
import org.innoscape.model.build.InnovationSystemBuilder;
import org.junit.jupiter.api.Test;

/**
 * A viewport repaint draws the edges that cross it, and no text that lies far outside it; a crowded
 * view on screen draws its edges unsmoothed, an export never does.
 */
class PainterCullingTest {

    /** Records polylines and text positions; measures text as 6 px per character. */
    private static final class Recorder implements Canvas2D {
        final List<int[]> polylines = new ArrayList<>();
        final List<int[]> texts = new ArrayList<>();
        /** Whether lines were smooth at each polyline, in drawing order. */
        final List<Boolean> smoothAtPolyline = new ArrayList<>();
        final List<Rect> filled = new ArrayList<>();
        boolean smooth = true;

        @Override
        public void setSmoothLines(boolean smooth) {
            this.smooth = smooth;
        }

        @Override
        public void fillShape(NodeShape shape, Rect bounds, Rgb color) {
            filled.add(bounds);
        }

        @Override
        public void drawShape(NodeShape shape, Rect bounds, Rgb color, int lineWidth, LineStyle line) {
        }

        @Override
        public void drawPolyline(int[] points, Rgb color, int lineWidth, LineStyle line) {
            polylines.add(points);
            smoothAtPolyline.add(smooth);
        }

        @Override
        public void fillPolygon(int[] points, Rgb color) {
        }

        @Override
        public void drawText(String text, int x, int y, Rgb color, int fontSize, boolean bold) {
            texts.add(new int[] {x, y});
        }

        @Override
        public int textWidth(String text, int fontSize, boolean bold) {
            return 6 * text.length();
        }

        @Override
        public int lineHeight(int fontSize) {
            return fontSize + 4;
        }
    }

    @Test
    void onlyEdgesCrossingTheViewportAndNearbyTextArePainted() {
        DiagramView view = org.innoscape.diagram.tests.DiagramViews.laidOutStakeholderNetwork();
        Rect all = view.roots().stream().map(n -> n.bounds()).reduce(Rect::union).orElseThrow();
        Rect viewport = new Rect(all.x() + all.width() / 3, all.y() + all.height() / 3, all.width() / 4, all.height() / 4);
        Recorder recorder = new Recorder();
        DiagramPainter.Painted painted = new DiagramPainter().paint(view, recorder, viewport, Set.of());

        Rect area = viewport.expand(18);
        // The expectation comes from sampling each edge, not from the painter's own geometry (Polylines).
        long crossing = view.edges().stream().map(ViewEdge::points).filter(p -> touchesBySampling(p, area)).count();
        assertEquals(crossing, painted.edges());
        assertTrue(painted.edges() < view.edges().size(), "some edges are culled");
        for (int[] text : recorder.texts) {
            assertTrue(viewport.expand(300).contains(text[0], text[1]), "text far outside the viewport at " + text[0] + "," + text[1]);
        }
    }

    /** Whether a point every half pixel along the polyline lies in {@code area} (borders included). */
    private static boolean touchesBySampling(int[] points, Rect area) {
        for (int i = 0; i + 3 < points.length; i += 2) {
            double dx = points[i + 2] - points[i];
            double dy = points[i + 3] - points[i + 1];
            int steps = (int) Math.ceil(2 * Math.hypot(dx, dy)) + 1;
            for (int step = 0; step <= steps; step++) {
                double x = points[i] + dx * step / steps;
                double y = points[i + 1] + dy * step / steps;
                if (x >= area.x() && x <= area.x() + area.width() && y >= area.y() && y <= area.y() + area.height()) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void aCrowdedViewDrawsItsEdgesUnsmoothedOnScreenOnly() {
        DiagramView crowded = gridOfActors(40, DiagramPainter.CROWDED_EDGES + 50);

        Recorder screen = new Recorder();
        DiagramPainter.Painted painted = new DiagramPainter(DiagramPainter.Detail.ADAPTIVE).paint(crowded, screen, null, Set.of());
        assertFalse(painted.smoothEdges());
        assertEquals(DiagramPainter.CROWDED_EDGES + 50, painted.edges());
        assertFalse(screen.smoothAtPolyline.get(0), "edges are drawn unsmoothed");
        assertTrue(screen.smooth, "what follows the edges (nodes, handles) is smooth again");

        Recorder export = new Recorder();
        assertTrue(new DiagramPainter(DiagramPainter.Detail.FULL).paint(crowded, export, null, Set.of()).smoothEdges());
        assertTrue(export.smoothAtPolyline.stream().allMatch(smooth -> smooth));
    }

    @Test
    void aViewWithFewEdgesStaysSmoothOnScreen() {
        DiagramView sparse = gridOfActors(10, DiagramPainter.CROWDED_EDGES);
        Recorder screen = new Recorder();
        assertTrue(new DiagramPainter(DiagramPainter.Detail.ADAPTIVE).paint(sparse, screen, null, Set.of()).smoothEdges());
        assertTrue(screen.smoothAtPolyline.stream().allMatch(smooth -> smooth));
    }

    /** Actors on a grid with {@code relationships} relationships between neighbours in a ring. */
    private static DiagramView gridOfActors(int actors, int relationships) {
        InnovationSystemBuilder builder = new InnovationSystemBuilder("crowded", "Crowded");
        List<Actor> all = new ArrayList<>();
        for (int i = 0; i < actors; i++) {
            all.add(builder.actor("a" + i, "Actor " + i, ActorKind.HEALTHCARE_PROVIDER, ActorLevel.LOCAL));
        }
        for (int i = 0; i < relationships; i++) {
            builder.relationship("r" + i, all.get(i % actors), RelationshipKind.FUNDS, all.get((i + 1 + i / actors) % actors));
        }
        InnovationSystem system = builder.system();
        DiagramDescription type = new StakeholderNetworkType().create();
        Diagram diagram = DiagramCreation.create(system, type, "crowded");
        system.getDiagrams().add(diagram);
        int index = 0;
        for (DiagramNode node : diagram.getNodes()) {
            node.setX(index % 8 * 200);
            node.setY(index / 8 * 120);
            node.setWidth(120);
            node.setHeight(50);
            index++;
        }
        return DiagramSynchronizer.build(system, diagram, type);
    }

    @Test
    void aSelectedNodeHasResizeHandlesOnlyWhereNodesCanBeResized() {
        DiagramView network = gridOfActors(4, 4);
        String actor = network.roots().get(0).key();
        Recorder free = new Recorder();
        new DiagramPainter().paint(network, free, null, Set.of(actor));
        assertEquals(4, free.filled.stream().filter(r -> r.width() == 6 && r.height() == 6).count(), "four corner handles");

        DiagramView landscape = org.innoscape.diagram.tests.DiagramViews.pathwayLandscape();
        String child = landscape.roots().stream().flatMap(l -> l.children().stream()).findFirst().orElseThrow().key();
        Recorder lanes = new Recorder();
        new DiagramPainter().paint(landscape, lanes, null, Set.of(child));
        assertEquals(0, lanes.filled.stream().filter(r -> r.width() == 6 && r.height() == 6).count(), "lanes place their nodes");
    }
}
