package org.innoscape.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.innoscape.diagram.edit.DiagramCommands;
import org.innoscape.diagram.layout.ElkLayout;
import org.innoscape.diagram.layout.LayoutGraph;
import org.innoscape.diagram.layout.LayoutResult;
import org.innoscape.diagram.render.SvgExport;
import org.innoscape.diagram.types.StakeholderNetworkType;
import org.innoscape.diagram.view.DiagramView;
import org.innoscape.diagram.view.Rect;
import org.innoscape.diagram.view.ViewNode;
import org.innoscape.model.Actor;
import org.innoscape.model.ActorKind;
import org.innoscape.model.ActorLevel;
import org.innoscape.model.Diagram;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.LayoutDirection;
import org.innoscape.model.RelationshipKind;
import org.innoscape.model.build.InnovationSystemBuilder;
import org.innoscape.model.persistence.ModelStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class LayoutAndExportTest {
    private final DiagramFixture fixture = new DiagramFixture();

    @Test
    void theLayeredLayoutPlacesEveryNodeWithoutOverlaps() {
        DiagramView view = fixture.view(fixture.newLaidOutDiagram(StakeholderNetworkType.ID));
        List<ViewNode> nodes = view.roots();
        for (int i = 0; i < nodes.size(); i++) {
            assertTrue(nodes.get(i).notation().getWidth() > 0, "placed: " + nodes.get(i).key());
            for (int j = i + 1; j < nodes.size(); j++) {
                assertFalse(nodes.get(i).bounds().intersects(nodes.get(j).bounds()),
                        nodes.get(i).key() + " overlaps " + nodes.get(j).key());
            }
        }
    }

    @Test
    void aChainFlowsLeftToRightOrTopToBottomAndApplyingADownLayoutMakesItTheDiagramsDirection() {
        InnovationSystemBuilder builder = new InnovationSystemBuilder("chain", "Chain");
        Actor a = builder.actor("a", "Funder", ActorKind.HEALTHCARE_PROVIDER, ActorLevel.NATIONAL);
        Actor b = builder.actor("b", "Network", ActorKind.HEALTHCARE_PROVIDER, ActorLevel.REGIONAL);
        Actor c = builder.actor("c", "Provider", ActorKind.HEALTHCARE_PROVIDER, ActorLevel.LOCAL);
        builder.relationship("ab", a, RelationshipKind.FUNDS, b);
        builder.relationship("bc", b, RelationshipKind.FUNDS, c);
        DiagramFixture chain = new DiagramFixture(builder.system());
        Diagram diagram = chain.newDiagram(StakeholderNetworkType.ID);
        assertEquals(LayoutDirection.RIGHT, diagram.getLayoutDirection());
        DiagramView view = chain.view(diagram);

        LayoutResult right = new ElkLayout().layout(LayoutGraph.of(view, Set.of()), () -> false);
        Rect ra = right.nodeBounds().get(view.nodesOf(a).get(0).key());
        Rect rb = right.nodeBounds().get(view.nodesOf(b).get(0).key());
        Rect rc = right.nodeBounds().get(view.nodesOf(c).get(0).key());
        assertTrue(ra.right() < rb.x() && rb.right() < rc.x(), "left to right: " + ra + " " + rb + " " + rc);

        LayoutResult down = new ElkLayout().layout(LayoutGraph.of(view, Set.of()).withDirection(LayoutDirection.DOWN),
                () -> false);
        Rect da = down.nodeBounds().get(view.nodesOf(a).get(0).key());
        Rect db = down.nodeBounds().get(view.nodesOf(b).get(0).key());
        Rect dc = down.nodeBounds().get(view.nodesOf(c).get(0).key());
        assertTrue(da.bottom() < db.y() && db.bottom() < dc.y(), "top to bottom: " + da + " " + db + " " + dc);

        chain.execute(DiagramCommands.applyLayout(chain.domain, view, down));
        assertEquals(LayoutDirection.DOWN, diagram.getLayoutDirection());
        assertEquals(db, chain.view(diagram).nodesOf(b).get(0).bounds());
        chain.stack.undo();
        assertEquals(LayoutDirection.RIGHT, diagram.getLayoutDirection(), "one undo takes the layout and its direction back");
    }

    /** Right-angled lines: every line of the arranged network runs across or down, and still does after a node moved. */
    @Test
    void rightAngledLinesStayRightAngledAfterAMove() {
        Diagram diagram = fixture.newLaidOutDiagram(StakeholderNetworkType.ID);
        DiagramView view = fixture.view(diagram);
        fixture.execute(DiagramCommands.applyLayout(fixture.domain, view, new ElkLayout().layout(
                LayoutGraph.of(view, Set.of()).withRouting(org.innoscape.model.LineRouting.ORTHOGONAL), () -> false)));
        assertEquals(org.innoscape.model.LineRouting.ORTHOGONAL, diagram.getLineRouting(), "the diagram keeps the choice");
        DiagramView arranged = fixture.view(diagram);
        int bent = 0;
        for (var edge : arranged.edges()) {
            assertRightAngled(edge.points(), edge.key());
            bent += edge.points().length > 4 ? 1 : 0;
        }
        assertTrue(bent > 10, "lines bend at right angles: " + bent);

        var moved = arranged.roots().get(2);
        fixture.execute(DiagramCommands.setBounds(fixture.domain, arranged, java.util.Map.of(moved, moved.bounds().translate(37, 53))));
        DiagramView after = fixture.view(diagram);
        for (var edge : after.edges()) {
            if (edge.source().key().equals(moved.key()) ^ edge.target().key().equals(moved.key())) {
                assertRightAngled(edge.points(), "moved " + edge.key());
            }
        }
        fixture.stack.undo();
        fixture.stack.undo();
        assertEquals(org.innoscape.model.LineRouting.STRAIGHT, diagram.getLineRouting(), "undo takes the routing back with the layout");
    }

    /** Every segment runs across or down, but for the short pieces from a box's centre line to its border (a pixel or two). */
    private static void assertRightAngled(int[] points, String what) {
        for (int i = 0; i + 3 < points.length; i += 2) {
            int dx = Math.abs(points[i + 2] - points[i]);
            int dy = Math.abs(points[i + 3] - points[i + 1]);
            assertTrue(dx <= 2 || dy <= 2, what + " segment " + i / 2 + " slants: " + java.util.Arrays.toString(points));
        }
    }

    @Test
    void everyAlgorithmLaysOutTheStakeholderNetworkWithoutOverlaps() {
        DiagramView view = fixture.view(fixture.newLaidOutDiagram(StakeholderNetworkType.ID));
        LayoutGraph graph = LayoutGraph.of(view, Set.of());
        java.util.Map<org.innoscape.diagram.layout.LayoutAlgorithm, LayoutResult> results = new java.util.EnumMap<>(
                org.innoscape.diagram.layout.LayoutAlgorithm.class);
        for (var algorithm : org.innoscape.diagram.layout.LayoutAlgorithm.values()) {
            LayoutResult result = new ElkLayout().layout(graph.withAlgorithm(algorithm), () -> false);
            results.put(algorithm, result);
            assertEquals(graph.nodes().size(), result.nodeBounds().size(), algorithm + " places every node");
            java.util.List<Rect> boxes = java.util.List.copyOf(result.nodeBounds().values());
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = i + 1; j < boxes.size(); j++) {
                    Rect p = boxes.get(i);
                    Rect q = boxes.get(j);
                    assertTrue(p.right() <= q.x() || q.right() <= p.x() || p.bottom() <= q.y() || q.bottom() <= p.y(),
                            algorithm + ": " + p + " overlaps " + q);
                }
            }
            if (!algorithm.usesDirection()) {
                assertTrue(result.bendpoints().values().stream().allMatch(java.util.List::isEmpty), algorithm + " draws straight edges");
            }
        }
        // The algorithms differ: a stress layout is not the layered one under another name.
        assertTrue(!results.get(org.innoscape.diagram.layout.LayoutAlgorithm.STRESS).nodeBounds()
                .equals(results.get(org.innoscape.diagram.layout.LayoutAlgorithm.LAYERED).nodeBounds()));
    }

    @Test
    void layingOutASelectionKeepsItWhereItWas() {
        DiagramView view = fixture.view(fixture.newLaidOutDiagram(StakeholderNetworkType.ID));
        Set<String> selection = Set.of(view.roots().get(2).key(), view.roots().get(5).key(), view.roots().get(7).key());
        LayoutGraph graph = LayoutGraph.of(view, selection);
        LayoutResult result = new ElkLayout().layout(graph, () -> false);
        assertEquals(selection, result.nodeBounds().keySet());
        Rect placed = result.nodeBounds().values().stream().reduce(Rect::union).orElseThrow();
        assertEquals(graph.previousBounds().x(), placed.x());
        assertEquals(graph.previousBounds().y(), placed.y());
    }

    @Test
    void aCancelledLayoutStopsWithoutError() {
        DiagramView view = fixture.view(fixture.newDiagram(StakeholderNetworkType.ID));
        LayoutGraph graph = LayoutGraph.of(view, Set.of());
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        var cancelled = new ElkLayout().layout(graph, () -> asked.incrementAndGet() > 0);
        assertTrue(asked.get() > 0, "the layout asks whether it was cancelled");
        assertEquals(1, positions(cancelled), "cancelled before it began, the layout places nothing");
        assertTrue(positions(new ElkLayout().layout(graph, () -> false)) > 1, "not cancelled, it places the nodes apart");
    }

    private static long positions(org.innoscape.diagram.layout.LayoutResult result) {
        return result.nodeBounds().values().stream().map(r -> r.x() + "," + r.y()).distinct().count();
    }

    /**
     * A layered layout with right-angled lines places the labels of lines (kept in the notation) clear of
     * every box; a moved end puts a label back in the middle. Straight lines keep their labels in the middle.
     */
    @Test
    void aRightAngledLayoutPlacesLabelsClearOfBoxes() {
        Diagram diagram = fixture.newLaidOutDiagram(StakeholderNetworkType.ID);
        assertTrue(fixture.view(diagram).edges().stream().allMatch(e -> e.labelAt() == null), "straight lines: labels in the middle");
        DiagramView view = fixture.view(diagram);
        fixture.execute(DiagramCommands.applyLayout(fixture.domain, view, new ElkLayout().layout(
                LayoutGraph.of(view, Set.of()).withRouting(org.innoscape.model.LineRouting.ORTHOGONAL), () -> false)));
        DiagramView arranged = fixture.view(diagram);
        int placed = 0;
        for (var edge : arranged.edges()) {
            if (edge.labelAt() == null) {
                continue;
            }
            placed++;
            int width = 10 + (int) Math.ceil(5.2 * edge.label().length());
            Rect label = new Rect(edge.labelAt()[0] - width / 2, edge.labelAt()[1] - 7, width, 14);
            for (var node : arranged.roots()) {
                assertFalse(node.bounds().expand(-1).intersects(label), edge.label() + " label " + label + " on " + node.key());
            }
        }
        long labelled = arranged.edges().stream().filter(e -> e.label() != null && !e.label().isBlank()).count();
        assertTrue(placed > labelled / 2, placed + " of " + labelled + " labels placed by the layout");

        var edge = arranged.edges().stream().filter(e -> e.labelAt() != null).findFirst().orElseThrow();
        fixture.execute(DiagramCommands.setBounds(fixture.domain, arranged, java.util.Map.of(edge.source(), edge.source().bounds().translate(0, 90))));
        assertEquals(null, fixture.view(diagram).edge(edge.key()).orElseThrow().labelAt(), "back in the middle of the line");
    }

    /** Every line is drawn before any line's label, so no line crosses a label's white box. */
    @Test
    void edgeLabelsAreDrawnOverEveryLine() {
        DiagramView view = fixture.view(fixture.newLaidOutDiagram(StakeholderNetworkType.ID));
        String svg = SvgExport.toSvg(view, "Stakeholder network");
        int lastLine = svg.lastIndexOf("<polyline");
        int firstLabel = svg.indexOf(">funds</text>");
        assertTrue(lastLine > 0 && firstLabel > 0, "lines and a label are drawn");
        assertTrue(firstLabel > lastLine, "the first edge label comes after the last line");
    }

    @Test
    void svgExportIsWellFormedAndShowsEveryNode() throws Exception {
        fixture.system.getActors().get(0).setName("Health & Care <Innovation> \"Board\"");
        DiagramView view = fixture.view(fixture.newLaidOutDiagram(StakeholderNetworkType.ID));
        String svg = SvgExport.toSvg(view, "Stakeholder network");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", document.getDocumentElement().getLocalName());
        assertEquals("1.1", document.getDocumentElement().getAttribute("version"));
        int shapes = document.getElementsByTagName("rect").getLength() + document.getElementsByTagName("ellipse").getLength();
        assertTrue(shapes >= 2 * view.roots().size(), "fill and border of every node: " + shapes);
        assertTrue(document.getElementsByTagName("polyline").getLength() >= view.edges().size());
        assertTrue(document.getDocumentElement().getTextContent().contains("Health &"));
        Rect bounds = view.bounds();
        assertEquals(bounds.width() + 40, Integer.parseInt(document.getDocumentElement().getAttribute("width")));
    }

    @Test
    void diagramsAreSavedInTheModelFileAndComeBackTheSame(@TempDir Path dir) throws Exception {
        Diagram diagram = fixture.newLaidOutDiagram(StakeholderNetworkType.ID);
        DiagramView before = fixture.view(diagram);
        Path file = dir.resolve("with-diagram.innoscape");
        ModelStore store = new ModelStore();
        store.save(fixture.system.eResource(), file);
        assertTrue(Files.readString(file).contains("<diagrams"));
        InnovationSystem loaded = store.load(file);
        Diagram reloaded = loaded.getDiagrams().get(0);
        DiagramView after = new DiagramFixture(loaded).view(reloaded);
        assertEquals(before.roots().size(), after.roots().size());
        assertEquals(before.edges().size(), after.edges().size());
        for (ViewNode node : before.roots()) {
            assertEquals(node.bounds(), after.node(node.key()).orElseThrow().bounds(), node.key());
        }
        before.edges().forEach(edge -> assertArrayEquals(edge.points(),
                after.edge(edge.key()).orElseThrow().points(), edge.key()));
    }
}
