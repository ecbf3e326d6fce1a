package org.innoscape.diagram.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.innoscape.diagram.description.LineStyle;
import org.innoscape.diagram.description.NodeShape;
import org.innoscape.diagram.description.Rgb;
import org.innoscape.diagram.view.DiagramView;
import org.innoscape.diagram.view.Rect;
import org.innoscape.diagram.view.ViewEdge;
import org.junit.jupiter.api.Test;

/** A viewport repaint draws the edges that cross it, and no text that lies far outside it. */
class PainterCullingTest {

    /** Records polylines and text positions; measures text as 6 px per character. */
    private static final class Recorder implements Canvas2D {
        final List<int[]> polylines = new ArrayList<>();
        final List<int[]> texts = new ArrayList<>();

        @Override
        public void fillShape(NodeShape shape, Rect bounds, Rgb color) {
        }

        @Override
        public void drawShape(NodeShape shape, Rect bounds, Rgb color, int lineWidth, LineStyle line) {
        }

        @Override
        public void drawPolyline(int[] points, Rgb color, int lineWidth, LineStyle line) {
            polylines.add(points);
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
        long crossing = view.edges().stream().map(ViewEdge::points).filter(p -> Polylines.crosses(p, area)).count();
        assertEquals(crossing, painted.edges());
        assertTrue(painted.edges() < view.edges().size(), "some edges are culled");
        for (int[] text : recorder.texts) {
            assertTrue(viewport.expand(300).contains(text[0], text[1]), "text far outside the viewport at " + text[0] + "," + text[1]);
        }
    }
}
