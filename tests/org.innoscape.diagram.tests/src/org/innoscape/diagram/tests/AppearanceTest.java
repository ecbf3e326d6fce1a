package org.innoscape.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EClass;
import org.innoscape.diagram.appearance.AppearanceSource;
import org.innoscape.diagram.appearance.AppearanceSources;
import org.innoscape.diagram.appearance.ElementMetric;
import org.innoscape.diagram.appearance.Palettes;
import org.innoscape.diagram.decoration.Decorations;
import org.innoscape.diagram.description.Rgb;
import org.innoscape.diagram.edit.AppearanceCommands;
import org.innoscape.diagram.edit.DiagramCommands;
import org.innoscape.diagram.types.StakeholderNetworkType;
import org.innoscape.diagram.view.DiagramLegend;
import org.innoscape.diagram.view.DiagramSynchronizer;
import org.innoscape.diagram.view.DiagramView;
import org.innoscape.diagram.view.Rect;
import org.innoscape.diagram.view.ViewNode;
import org.innoscape.model.Actor;
import org.innoscape.model.ActorKind;
import org.innoscape.model.AppearanceChannel;
import org.innoscape.model.Diagram;
import org.innoscape.model.DiagramNode;
import org.innoscape.model.InnoscapePackage;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.NodeAppearance;
import org.innoscape.model.persistence.ModelStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Appearance by attribute: nodes drawn by any attribute, reference or metric of their elements,
 * saved with the diagram, never reaching the stored layout.
 */
class AppearanceTest {
    private static final String ACTOR = StakeholderNetworkType.ACTOR;
    private final DiagramFixture fixture = new DiagramFixture();

    @TempDir
    Path folder;

    private ViewNode nodeOf(DiagramView view, Actor actor) {
        return view.nodesOf(actor).get(0);
    }

    private DiagramView view(Diagram diagram, Decorations decorations) {
        return DiagramSynchronizer.build(fixture.system, diagram, DiagramFixture.type(diagram.getType()), decorations);
    }

    private void setAppearances(Diagram diagram, NodeAppearance... appearances) {
        fixture.execute(AppearanceCommands.replace(fixture.domain, diagram, List.of(appearances)));
    }

    /** Values for the actors, as a metric computed in the background would give them. */
    private Decorations metric(String id, Map<Actor, Double> values) {
        Map<String, Double> byId = new HashMap<>();
        values.forEach((actor, value) -> byId.put(actor.getId(), value));
        Decorations decorations = Decorations.none();
        decorations.metric(id, "Reach", byId);
        return decorations;
    }

    @Test
    void aNewNetworkSizesActorsByInfluenceAndKeepsFollowingItAfterTheLayoutStoredTheirSizes() {
        List<Actor> actors = fixture.system.getActors();
        actors.get(0).setInfluence(2);
        actors.get(1).setInfluence(9);
        actors.get(2).setInfluence(2);
        Diagram diagram = fixture.newLaidOutDiagram(StakeholderNetworkType.ID);
        assertEquals(List.of("actor SIZE influence"), diagram.getAppearances().stream()
                .map(a -> a.getMapping() + " " + a.getChannel() + " " + a.getSource()).toList(), "the type's initial size is an appearance");
        DiagramNode stored = nodeOf(fixture.view(diagram), actors.get(0)).notation();
        assertTrue(stored != null && stored.getWidth() > 0, "the layout stored the node");
        int storedWidth = stored.getWidth();
        assertEquals(actorStyleWidth(actors.get(0)), storedWidth, "the layout stored the node's own size, not the one drawn");
        double before = nodeOf(fixture.view(diagram), actors.get(0)).bounds().width();
        assertTrue(nodeOf(fixture.view(diagram), actors.get(1)).bounds().width() > before, "more influence, larger");

        fixture.execute(org.eclipse.emf.edit.command.SetCommand.create(fixture.domain, actors.get(0),
                InnoscapePackage.Literals.ACTOR__INFLUENCE, 9));
        assertTrue(nodeOf(fixture.view(diagram), actors.get(0)).bounds().width() > before,
                "an edit of influence shows at once, though the node was placed before");
        assertEquals(storedWidth, stored.getWidth(), "and the stored size is the node's own");
        assertTrue(DiagramLegend.of(fixture.view(diagram)).stream().anyMatch(e -> e.swatch() == DiagramLegend.Swatch.SIZE
                && e.meaning().startsWith("Actor influence by size: 2 to 9")), DiagramLegend.of(fixture.view(diagram)).toString());
    }

    @Test
    void categoriesTakeThePalettesColoursInTheirOwnOrderAndTheLegendNamesEach() {
        Diagram diagram = fixture.newDiagram(StakeholderNetworkType.ID);
        setAppearances(diagram, AppearanceCommands.appearance(ACTOR, AppearanceChannel.FILL, "kind"));
        DiagramView view = fixture.view(diagram);
        List<ActorKind> kinds = fixture.system.getActors().stream().map(Actor::getKind).distinct()
                .sorted((a, b) -> Integer.compare(a.getValue(), b.getValue())).toList();
        for (Actor actor : fixture.system.getActors()) {
            Rgb fill = nodeOf(view, actor).style().fill();
            assertEquals(Palettes.category(kinds.indexOf(actor.getKind())), fill, actor.getName());
            assertEquals(Palettes.labelOn(fill), nodeOf(view, actor).style().labelColor(), "labels stay readable");
        }
        List<String> meanings = DiagramLegend.of(view).stream().map(DiagramLegend.Entry::meaning).toList();
        assertTrue(meanings.contains("Actor kind: " + org.innoscape.model.values.Wording.of(kinds.get(0))), meanings.toString());
        assertTrue(meanings.stream().noneMatch(m -> m.startsWith("Actor (kind)")),
                "the type's own colour legend gives way to the appearance's: " + meanings);
        if (kinds.size() > Palettes.CATEGORIES.size()) {
            assertTrue(meanings.contains("Actor kind: " + (kinds.size() - Palettes.CATEGORIES.size()) + " other values"), meanings.toString());
        }
    }

    @Test
    void numbersFromAMetricGoFromLightestToDarkestAndWaitForTheirValues() {
        Diagram diagram = fixture.newDiagram(StakeholderNetworkType.ID);
        setAppearances(diagram, AppearanceCommands.appearance(ACTOR, AppearanceChannel.FILL, AppearanceSource.METRIC + "reach"));
        Actor low = fixture.system.getActors().get(0);
        Actor middle = fixture.system.getActors().get(1);
        Actor high = fixture.system.getActors().get(2);
        assertEquals(org.innoscape.diagram.types.InnoscapeStyles.kindColour(low.getKind()),
                nodeOf(view(diagram, Decorations.none()), low).style().fill(), "until the metric is computed, the type's style");

        DiagramView view = view(diagram, metric("reach", Map.of(low, 1.0, middle, 2.0, high, 5.0)));
        assertEquals(Palettes.ramp(0), nodeOf(view, low).style().fill());
        assertEquals(Palettes.ramp(0.25), nodeOf(view, middle).style().fill());
        assertEquals(Palettes.ramp(1), nodeOf(view, high).style().fill());
        ViewNode unmeasured = nodeOf(view, fixture.system.getActors().get(3));
        assertEquals(Palettes.NOT_STATED, unmeasured.style().fill(), "an actor the metric has no value for");
        List<String> meanings = DiagramLegend.of(view).stream().map(DiagramLegend.Entry::meaning).toList();
        assertTrue(meanings.containsAll(List.of("Actor reach: 1 (lightest)", "Actor reach: 5 (darkest)", "Actor reach: not stated")),
                meanings.toString());
    }

    @Test
    void bordersAndLabelsFollowTheirSourcesToo() {
        Diagram diagram = fixture.newDiagram(StakeholderNetworkType.ID);
        Actor actor = fixture.system.getActors().get(0);
        actor.setInfluence(7);
        setAppearances(diagram, AppearanceCommands.appearance(ACTOR, AppearanceChannel.BORDER, "level"),
                AppearanceCommands.appearance(ACTOR, AppearanceChannel.LABEL, "influence"));
        DiagramView view = fixture.view(diagram);
        ViewNode node = nodeOf(view, actor);
        assertEquals(3, node.style().borderWidth());
        assertTrue(Palettes.CATEGORIES.contains(node.style().border()), node.style().toString());
        assertTrue(node.label().endsWith("(7)"), node.label());
        ViewNode unstated = view.nodesOf(fixture.system.getActors().get(1)).get(0);
        assertFalse(unstated.label().contains("("), "no value, no addition: " + unstated.label());
        assertTrue(DiagramLegend.of(view).stream().anyMatch(e -> e.swatch() == DiagramLegend.Swatch.BORDER), "the legend shows the borders");
    }

    /** Drawing by size is never stored: a drag stores the node's own size, and without the appearance it is as before. */
    @Test
    void aNodeDraggedWhileSizedByAMetricKeepsItsOwnSizeOnceTheAppearanceIsGoneAndAfterReopening() throws Exception {
        Diagram diagram = fixture.newLaidOutDiagram(StakeholderNetworkType.ID);
        Actor hub = fixture.system.getActors().get(0);
        Rect own = nodeOf(fixture.view(diagram), hub).bounds();
        NodeAppearance bySize = AppearanceCommands.appearance(ACTOR, AppearanceChannel.SIZE, AppearanceSource.METRIC + "reach");
        bySize.setLargest(2.5);
        setAppearances(diagram, bySize);
        Map<Actor, Double> reach = new HashMap<>();
        fixture.system.getActors().forEach(actor -> reach.put(actor, 1.0));
        reach.put(hub, 10.0);
        DiagramView sized = view(diagram, metric("reach", reach));
        ViewNode shown = nodeOf(sized, hub);
        assertEquals(own.width() * 2.5, shown.bounds().width(), 1.5, "drawn at the largest scale");
        fixture.execute(DiagramCommands.setBounds(fixture.domain, sized, Map.of(shown, shown.bounds().translate(40, 30))));
        setAppearances(diagram);
        Rect after = nodeOf(fixture.view(diagram), hub).bounds();
        assertEquals(own.width(), after.width(), 1, "the stored width is the node's own");
        assertEquals(own.height(), after.height(), 1);
        assertEquals(own.centerX() + 40, after.centerX(), 1, "moved by the drag");
        assertEquals(own.centerY() + 30, after.centerY(), 1);

        Path file = folder.resolve("model.innoscape");
        new ModelStore().save(fixture.system, file);
        InnovationSystem reopened = new ModelStore().load(file);
        Diagram again = reopened.getDiagrams().stream().filter(d -> d.getId().equals(diagram.getId())).findFirst().orElseThrow();
        Actor hubAgain = reopened.getActors().stream().filter(a -> a.getId().equals(hub.getId())).findFirst().orElseThrow();
        Rect reopenedBounds = DiagramSynchronizer.build(reopened, again, DiagramFixture.type(again.getType())).nodesOf(hubAgain).get(0).bounds();
        assertEquals(after, reopenedBounds, "the geometry is unchanged after saving and reopening");
    }

    @Test
    void appearancesAreSavedWithTheDiagramAndOneUndoTakesAChangeBack() throws Exception {
        Diagram diagram = fixture.newDiagram(StakeholderNetworkType.ID);
        List<NodeAppearance> initial = List.copyOf(diagram.getAppearances());
        NodeAppearance size = AppearanceCommands.appearance(ACTOR, AppearanceChannel.SIZE, "count:memberOf");
        size.setSmallest(0.5);
        size.setLargest(3);
        setAppearances(diagram, AppearanceCommands.appearance(ACTOR, AppearanceChannel.FILL, "level"), size);
        assertFalse(AppearanceCommands.replace(fixture.domain, diagram, List.of(
                AppearanceCommands.appearance(ACTOR, AppearanceChannel.FILL, "level"), copy(size))).canExecute(),
                "the same appearances again change nothing");

        Path file = folder.resolve("saved.innoscape");
        new ModelStore().save(fixture.system, file);
        Diagram reopened = new ModelStore().load(file).getDiagrams().stream().filter(d -> d.getId().equals(diagram.getId()))
                .findFirst().orElseThrow();
        assertEquals(List.of("FILL level 1.0 2.0", "SIZE count:memberOf 0.5 3.0"), reopened.getAppearances().stream()
                .map(a -> a.getChannel() + " " + a.getSource() + " " + a.getSmallest() + " " + a.getLargest()).toList());
        assertTrue(Files.readString(file).contains("source=\"count:memberOf\""), "written as plain attributes, diff-friendly");

        fixture.stack.undo();
        assertEquals(initial.size(), diagram.getAppearances().size());
        assertEquals(initial.get(0).getSource(), diagram.getAppearances().get(0).getSource());
    }

    @Test
    void anAppearanceOfAnotherVersionIsIgnoredNotFatal() {
        Diagram diagram = fixture.newDiagram(StakeholderNetworkType.ID);
        setAppearances(diagram, AppearanceCommands.appearance(ACTOR, AppearanceChannel.FILL, "noSuchAttribute"),
                AppearanceCommands.appearance("noSuchMapping", AppearanceChannel.SIZE, "kind"),
                AppearanceCommands.appearance(org.innoscape.diagram.types.PathwayLandscapeType.STAGE, AppearanceChannel.FILL, "kind"));
        DiagramView view = fixture.view(diagram);
        Actor actor = fixture.system.getActors().get(0);
        assertEquals(org.innoscape.diagram.types.InnoscapeStyles.kindColour(actor.getKind()), nodeOf(view, actor).style().fill());
    }

    /** Sizes read from a hand-edited file are kept within reason: no number is 1, the largest at most five times. */
    @Test
    void sizesFromAFileAreClamped() {
        Diagram diagram = fixture.newDiagram(StakeholderNetworkType.ID);
        List<Actor> actors = fixture.system.getActors();
        actors.get(0).setInfluence(0);
        actors.get(1).setInfluence(10);
        NodeAppearance wild = AppearanceCommands.appearance(ACTOR, AppearanceChannel.SIZE, "influence");
        wild.setSmallest(Double.NaN);
        wild.setLargest(1e9);
        setAppearances(diagram, wild);
        DiagramView view = fixture.view(diagram);
        assertEquals(1.0, nodeOf(view, actors.get(0)).sizeFactor(), 1e-9, "not a number: the node's own size");
        assertEquals(5.0, nodeOf(view, actors.get(1)).sizeFactor(), 1e-9, "at most five times");
    }

    @Test
    void sourcesAreEnumerationsNumbersReferencesCountsAndTheMetricsOfTheClassButNoTexts() {
        ElementMetric actorMetric = new TestMetric("reach", InnoscapePackage.Literals.ACTOR);
        ElementMetric initiativeMetric = new TestMetric("cost", InnoscapePackage.Literals.POLICY_INITIATIVE);
        List<String> keys = AppearanceSources.of(InnoscapePackage.Literals.ACTOR, List.of(actorMetric, initiativeMetric)).stream()
                .map(AppearanceSource::key).toList();
        assertTrue(keys.containsAll(List.of("kind", "level", "influence", "memberOf", "count:memberOf", "metric:reach")), keys.toString());
        assertFalse(keys.contains("metric:cost"), "a metric of initiatives is not offered for actors");
        assertFalse(keys.contains("name") || keys.contains("description") || keys.contains("id"), keys.toString());
        assertNull(AppearanceSources.find(InnoscapePackage.Literals.ACTOR, "name", null));
        AppearanceSource influence = AppearanceSources.find(InnoscapePackage.Literals.ACTOR, "influence", null);
        assertTrue(influence.numeric());
        Actor unstated = fixture.system.getActors().get(0);
        unstated.setInfluence(null);
        assertNull(influence.valueOf(unstated, Decorations.none()), "not stated is not zero");
        assertNotEquals(null, AppearanceSources.find(InnoscapePackage.Literals.ACTOR, "count:memberOf", null));
    }

    private static int actorStyleWidth(Actor actor) {
        return org.innoscape.diagram.types.InnoscapeStyles.actor(actor).width();
    }

    @Test
    void aSmallEnumerationKeepsOneColourPerValueWhateverTheModelHolds() {
        Diagram diagram = fixture.newDiagram(StakeholderNetworkType.ID);
        setAppearances(diagram, AppearanceCommands.appearance(ACTOR, AppearanceChannel.FILL, "level"));
        Actor national = fixture.system.getActors().stream().filter(a -> a.getLevel() == org.innoscape.model.ActorLevel.NATIONAL)
                .findFirst().orElseThrow();
        Rgb before = nodeOf(fixture.view(diagram), national).style().fill();
        assertEquals(Palettes.category(org.innoscape.model.ActorLevel.NATIONAL.getValue()), before, "the literal's own colour");
        fixture.system.getActors().stream().filter(a -> a.getLevel() == org.innoscape.model.ActorLevel.INTERNATIONAL)
                .forEach(a -> a.setLevel(org.innoscape.model.ActorLevel.REGIONAL));
        assertEquals(before, nodeOf(fixture.view(diagram), national).style().fill(), "a level gone from the model recolours nothing");
    }

    @Test
    void onlyTheLastAppearanceOfAMappingAndChannelCounts() {
        Diagram diagram = fixture.newDiagram(StakeholderNetworkType.ID);
        Actor actor = fixture.system.getActors().get(0);
        actor.setInfluence(3);
        diagram.getAppearances().clear();
        diagram.getAppearances().addAll(List.of(AppearanceCommands.appearance(ACTOR, AppearanceChannel.LABEL, "kind"),
                AppearanceCommands.appearance(ACTOR, AppearanceChannel.LABEL, "influence")));
        String label = nodeOf(fixture.view(diagram), actor).label();
        assertTrue(label.endsWith(" (3)") && label.indexOf('(') == label.lastIndexOf('('), "one addition, the last one's: " + label);
    }

    @Test
    void aLandscapesPlacedAndUnplacedInitiativesShareColoursAndSizesStayInTheirLanes() {
        Diagram diagram = fixture.newDiagram(org.innoscape.diagram.types.PathwayLandscapeType.ID);
        NodeAppearance size = AppearanceCommands.appearance(org.innoscape.diagram.types.PathwayLandscapeType.INITIATIVE,
                AppearanceChannel.SIZE, "count:owners");
        NodeAppearance unplacedSize = AppearanceCommands.appearance(org.innoscape.diagram.types.PathwayLandscapeType.UNPLACED_INITIATIVE,
                AppearanceChannel.SIZE, "count:owners");
        setAppearances(diagram, AppearanceCommands.appearance(org.innoscape.diagram.types.PathwayLandscapeType.INITIATIVE,
                AppearanceChannel.FILL, "status"), AppearanceCommands.appearance(
                        org.innoscape.diagram.types.PathwayLandscapeType.UNPLACED_INITIATIVE, AppearanceChannel.FILL, "status"),
                size, unplacedSize);
        DiagramView view = fixture.view(diagram);
        Map<Object, Rgb> colourOfStatus = new HashMap<>();
        for (ViewNode node : view.nodes()) {
            if (node.element() instanceof org.innoscape.model.PolicyInitiative initiative) {
                Rgb earlier = colourOfStatus.putIfAbsent(initiative.getStatus(), node.style().fill());
                assertTrue(earlier == null || earlier.equals(node.style().fill()), "one colour per status in every lane");
            }
        }
        long legendLines = DiagramLegend.of(view).stream().filter(e -> e.meaning().startsWith("Initiative status: ")).count();
        assertEquals(colourOfStatus.size(), legendLines, "each status named once");
        assertTrue(view.nodes().stream().anyMatch(n -> n.sizeFactor() > 1.0), "sized");
        for (ViewNode lane : view.roots()) {
            for (ViewNode child : lane.children()) {
                assertTrue(lane.bounds().contains(child.bounds()), child.key() + " inside its lane");
                for (ViewNode other : lane.children()) {
                    assertTrue(other == child || !other.bounds().intersects(child.bounds()), child.key() + " overlaps " + other.key());
                }
            }
        }
    }

    /** A node drawn smaller is moved exactly: no pixel of its own size is lost to rounding. */
    @Test
    void movingOrPastingANodeDrawnSmallerKeepsItsOwnSizeExactly() {
        Diagram diagram = fixture.newLaidOutDiagram(StakeholderNetworkType.ID);
        List<Actor> actors = fixture.system.getActors();
        actors.get(0).setInfluence(0);
        actors.get(1).setInfluence(10);
        NodeAppearance small = AppearanceCommands.appearance(ACTOR, AppearanceChannel.SIZE, "influence");
        small.setSmallest(0.7);
        setAppearances(diagram, small);
        DiagramNode stored = nodeOf(fixture.view(diagram), actors.get(0)).notation();
        Rect own = new Rect(stored.getX(), stored.getY(), stored.getWidth(), stored.getHeight());
        DiagramView view = fixture.view(diagram);
        ViewNode shown = nodeOf(view, actors.get(0));
        assertTrue(shown.bounds().width() < own.width(), "drawn smaller");
        fixture.execute(DiagramCommands.setBounds(fixture.domain, view, Map.of(shown, shown.bounds().translate(33, 17))));
        assertEquals(own.translate(33, 17), new Rect(stored.getX(), stored.getY(), stored.getWidth(), stored.getHeight()));

        int before = fixture.system.getActors().size();
        DiagramView again = fixture.view(diagram);
        fixture.execute(DiagramCommands.paste(fixture.domain, again, List.of(nodeOf(again, actors.get(0))), 20, 20));
        Actor copy = fixture.system.getActors().get(before);
        DiagramNode pasted = diagram.getNodes().stream().filter(n -> n.getElement() == copy).findFirst().orElseThrow();
        assertEquals(own.width(), pasted.getWidth(), "a copy stores the node's own size, not the one drawn");
        assertEquals(own.height(), pasted.getHeight());
    }

    /** Arranging a network drawn by size leaves room for the drawn sizes and stores every node's own size. */
    @Test
    void arrangingADiagramDrawnBySizeStoresOwnSizesAndDrawsNoOverlap() {
        Diagram diagram = fixture.newLaidOutDiagram(StakeholderNetworkType.ID);
        List<Actor> actors = fixture.system.getActors();
        for (int i = 0; i < actors.size(); i++) {
            actors.get(i).setInfluence(i % 11);
        }
        Map<DiagramNode, Rect> own = new HashMap<>();
        diagram.getNodes().forEach(n -> own.put(n, new Rect(0, 0, n.getWidth(), n.getHeight())));
        for (int round = 0; round < 2; round++) {
            DiagramView view = fixture.view(diagram);
            fixture.execute(DiagramCommands.applyLayout(fixture.domain, view,
                    new org.innoscape.diagram.layout.ElkLayout().layout(org.innoscape.diagram.layout.LayoutGraph.of(view, java.util.Set.of()),
                            () -> false)));
        }
        own.forEach((node, size) -> {
            assertEquals(size.width(), node.getWidth(), "own width after two arrangements");
            assertEquals(size.height(), node.getHeight());
        });
        List<ViewNode> drawn = fixture.view(diagram).roots();
        for (ViewNode a : drawn) {
            for (ViewNode b : drawn) {
                assertTrue(a == b || !a.bounds().intersects(b.bounds()), a.key() + " overlaps " + b.key());
            }
        }
    }

    private static NodeAppearance copy(NodeAppearance appearance) {
        return org.eclipse.emf.ecore.util.EcoreUtil.copy(appearance);
    }

    private record TestMetric(String id, EClass domain) implements ElementMetric {
        @Override
        public String label() {
            return id;
        }

        @Override
        public Map<String, Double> compute(InnovationSystem model, IProgressMonitor monitor) {
            return Map.of();
        }
    }
}
