package org.innoscape.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.innoscape.diagram.DiagramCreation;
import org.innoscape.diagram.DiagramTypes;
import org.innoscape.diagram.decoration.DecorationLayer;
import org.innoscape.diagram.description.Rgb;
import org.innoscape.diagram.types.PathwayLandscapeType;
import org.innoscape.diagram.types.StakeholderNetworkType;
import org.innoscape.diagram.ui.AppearanceDialog;
import org.innoscape.diagram.ui.DiagramCanvas;
import org.innoscape.diagram.ui.DiagramEditor;
import org.innoscape.diagram.view.Rect;
import org.innoscape.diagram.view.ViewEdge;
import org.innoscape.diagram.view.ViewNode;
import org.innoscape.examples.ExampleModels;
import org.innoscape.model.Actor;
import org.innoscape.model.Diagram;
import org.innoscape.model.InnoscapePackage;
import org.innoscape.model.LayoutDirection;
import org.innoscape.model.PathwayStage;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.Relationship;
import org.innoscape.tests.support.Workbenches;
import org.innoscape.ui.model.ModelDocument;
import org.innoscape.ui.model.ModelOpener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the diagram editor's canvas with plain SWT events, as a user's mouse would. */
class DiagramEditorTest {
    @TempDir
    Path folder;

    private IWorkbenchPage page;
    private ModelDocument document;
    private DiagramEditor editor;
    private DiagramCanvas canvas;

    @BeforeEach
    void openStakeholderNetwork() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        Path file = folder.resolve("england.innoscape");
        try (var in = ExampleModels.england2021().openStream()) {
            Files.copy(in, file);
        }
        document = ModelOpener.open(page, file);
        Diagram diagram = DiagramCreation.create(document.system(),
                DiagramTypes.installed().find(StakeholderNetworkType.ID).orElseThrow(), "Network");
        document.editingDomain().getCommandStack().execute(AddCommand.create(document.editingDomain(), document.system(),
                InnoscapePackage.Literals.INNOVATION_SYSTEM__DIAGRAMS, diagram));
        editor = DiagramEditor.open(page, document, diagram);
        page.getWorkbenchWindow().getShell().setSize(1280, 900);
        processEvents();
        editor.arrange(false).join();
        processEvents();
        canvas = editor.canvas();
        canvas.zoomToFit();
        processEvents();
    }

    @Test
    void restingOnANodeShowsItsCardAndMovingOffTakesItAway() {
        ViewNode node = canvas.view().roots().get(0);
        org.innoscape.model.Actor actor = (org.innoscape.model.Actor) node.element();
        int[] middle = canvas.toScreen(node.bounds().centerX(), node.bounds().centerY());
        send(SWT.MouseHover, middle[0], middle[1]);
        String card = canvas.getToolTipText();
        assertTrue(card != null && card.startsWith("Actor: " + actor.getName()), card);
        assertTrue(card.contains("Kind: " + org.innoscape.model.values.Wording.of(actor.getKind())), card);

        int[] empty = emptySpot();
        int[] away = canvas.toScreen(empty[0], empty[1]);
        Event move = new Event();
        move.x = away[0];
        move.y = away[1];
        canvas.notifyListeners(SWT.MouseMove, move);
        assertEquals(null, canvas.getToolTipText(), "no card where there is nothing");
    }

    @Test
    void aLegendSaysWhatTheColoursStandForAndCanBeHidden() throws Exception {
        var meanings = canvas.legend().stream().map(e -> e.meaning()).toList();
        assertTrue(meanings.contains("Actor (kind): research funder"), meanings.toString());
        assertTrue(meanings.contains("Relationship (kind): funds"), meanings.toString());
        assertFalse(canvas.isLegendVisible(), "off until asked for");
        canvas.setLegendVisible(true);
        repaintAndWait();
        var box = canvas.legendBox();
        assertTrue(box != null && box.right() <= canvas.getClientArea().width && box.y() >= 0, "painted in the corner: " + box);
        ImageData pixels = screenshot();
        assertEquals(new RGB(255, 255, 255), pixels.palette.getRGB(pixels.getPixel(box.x() + 2, box.bottom() - 3)),
                "the legend's white box is on the screen");

        canvas.setLegendVisible(false);
        repaintAndWait();
        assertEquals(null, canvas.legendBox(), "hidden");
    }

    @Test
    void withTwoModelsOpenTheTabSaysWhichModelADiagramBelongsTo() throws Exception {
        assertEquals("Network", editor.getPartName());
        Path other = Files.createDirectories(folder.resolve("other")).resolve("second.innoscape");
        try (var in = ExampleModels.england2021().openStream()) {
            Files.copy(in, other);
        }
        ModelDocument second = ModelOpener.open(page, other);
        processEvents();
        assertEquals("Network (england.innoscape)", editor.getPartName());
        page.closeEditor(page.findEditor(new org.innoscape.ui.editor.ModelEditorInput(second)), false);
        processEvents();
        assertEquals("Network", editor.getPartName(), "one model open again");
    }

    @Test
    void anOpenDiagramIsRememberedAndReopenedAtTheNextStart() {
        var memento = org.eclipse.ui.XMLMemento.createWriteRoot("editor");
        editor.getEditorInput().getPersistable().saveState(memento);
        var restored = new org.innoscape.diagram.ui.DiagramEditorInputFactory().createElement(memento);
        assertEquals(editor.getEditorInput(), restored, "the same model and diagram");
    }

    @Test
    void aDiagramNarrowedByAFilterSaysSoInItsToolbar() throws Exception {
        Diagram landscape = DiagramCreation.create(document.system(),
                DiagramTypes.installed().find(PathwayLandscapeType.ID).orElseThrow(), "Filtered landscape");
        document.editingDomain().getCommandStack().execute(AddCommand.create(document.editingDomain(), document.system(),
                InnoscapePackage.Literals.INNOVATION_SYSTEM__DIAGRAMS, landscape));
        DiagramEditor filtered = DiagramEditor.open(page, document, landscape);
        processEvents();
        assertEquals("Filters", filtered.filtersText());
        filtered.execute(org.innoscape.diagram.edit.DiagramCommands.setFilter(document.editingDomain(), landscape,
                PathwayLandscapeType.DRIVER_FILTER, List.of(document.system().getDrivers().get(0))));
        processEvents();
        assertEquals("Filters (1 on)", filtered.filtersText());
    }

    @Test
    void reloadingAModelChangedOnDiskReopensItsDiagrams() throws Exception {
        document.save();
        String diagramId = editor.diagram().getId();
        var onDisk = new org.innoscape.model.persistence.ModelStore().load(document.file());
        onDisk.setJurisdiction("Changed by an import");
        new org.innoscape.model.persistence.ModelStore().save(onDisk, document.file());
        var previous = org.innoscape.ui.model.DiskChanges.usePrompt(new org.innoscape.ui.model.DiskChanges.Prompt() {
            @Override
            public org.innoscape.ui.model.DiskChanges.Answer changed(org.eclipse.swt.widgets.Shell shell, ModelDocument changed,
                    org.innoscape.ui.model.DiskState.Change change) {
                return org.innoscape.ui.model.DiskChanges.Answer.RELOAD;
            }

            @Override
            public boolean overwrite(org.eclipse.swt.widgets.Shell shell, ModelDocument changed) {
                return false;
            }

            @Override
            public void unreadable(org.eclipse.swt.widgets.Shell shell, ModelDocument changed,
                    org.innoscape.model.persistence.ModelLoadException problem) {
                throw new AssertionError(problem);
            }
        });
        try {
            org.innoscape.ui.model.DiskChanges.check(page.getWorkbenchWindow());
            processEvents();
        } finally {
            org.innoscape.ui.model.DiskChanges.usePrompt(previous);
        }
        DiagramEditor reopened = java.util.Arrays.stream(page.getEditorReferences()).map(r -> r.getEditor(true))
                .filter(DiagramEditor.class::isInstance).map(DiagramEditor.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("the diagram is open again"));
        assertEquals(diagramId, reopened.diagram().getId());
        assertEquals("Changed by an import", reopened.document().system().getJurisdiction(), "on the reloaded model");
    }

    @AfterEach
    void closeEverything() {
        page.closeAllEditors(false);
        processEvents();
    }

    @Test
    void theArrangedNetworkShowsEveryActorInsideTheWindow() throws Exception {
        repaintAndWait();
        assertEquals(document.system().getActors().size(), canvas.view().roots().size());
        assertTrue(canvas.view().roots().stream().allMatch(n -> n.notation().getWidth() > 0), "all placed by the layout");
        assertEquals(canvas.view().roots().size(), canvas.lastPaint().nodes(), "fit shows every node");
    }

    /** While a label is edited in place, Ctrl+A, Del and the other edit keys act on its text, never on the diagram. */
    @Test
    void editKeysWhileRenamingActOnTheLabelNotTheDiagram() {
        ViewNode node = canvas.view().roots().get(0);
        canvas.select(List.of(node.key()));
        int actors = document.system().getActors().size();
        editor.directEdit(node);
        processEvents();
        org.eclipse.swt.widgets.Text label = (org.eclipse.swt.widgets.Text) java.util.Arrays.stream(canvas.getChildren())
                .filter(c -> c instanceof org.eclipse.swt.widgets.Text).findFirst().orElseThrow();
        label.setSelection(0);
        var bars = editor.getEditorSite().getActionBars();
        bars.getGlobalActionHandler(org.eclipse.ui.actions.ActionFactory.SELECT_ALL.getId()).run();
        processEvents();
        assertEquals(1, canvas.selectedNodes().size(), "Ctrl+A did not select the whole diagram");
        assertEquals(label.getCharCount(), label.getSelectionCount(), "Ctrl+A selected the label's text");
        bars.getGlobalActionHandler(org.eclipse.ui.actions.ActionFactory.DELETE.getId()).run();
        processEvents();
        assertEquals("", label.getText(), "Del deleted the selected text");
        assertEquals(actors, document.system().getActors().size(), "Del deleted nothing from the model");
        org.eclipse.swt.widgets.Event escape = new org.eclipse.swt.widgets.Event();
        escape.keyCode = org.eclipse.swt.SWT.ESC;
        label.notifyListeners(org.eclipse.swt.SWT.KeyDown, escape);
        processEvents();
        assertEquals(List.of(node.key()), canvas.selectedNodes().stream().map(ViewNode::key).toList(), "the selection is as before");
    }

    @Test
    void clickingWithTheActorToolCreatesAnActorAndUndoRemovesIt() {
        int actors = document.system().getActors().size();
        editor.palette().choose("Actor");
        int[] empty = emptySpot();
        click(empty[0], empty[1]);
        assertEquals(actors + 1, document.system().getActors().size());
        assertEquals("Select", editor.palette().labels().get(0));
        assertTrue(editor.palette().activeTool() instanceof org.innoscape.diagram.ui.PaletteTool.Select,
                "back to selecting");
        assertEquals(1, canvas.selectedNodes().size(), "the new actor is selected");
        document.editingDomain().getCommandStack().undo();
        processEvents();
        assertEquals(actors, document.system().getActors().size());
    }

    @Test
    void draggingWithTheRelationshipToolConnectsTwoActors() {
        List<ViewNode> nodes = canvas.view().roots();
        ViewNode source = nodes.get(0);
        ViewNode target = nodes.get(nodes.size() - 1);
        int relationships = document.system().getRelationships().size();
        editor.palette().choose("Relationship");
        drag(source.bounds().centerX(), source.bounds().centerY(), target.bounds().centerX(), target.bounds().centerY());
        assertEquals(relationships + 1, document.system().getRelationships().size());
        var created = document.system().getRelationships().get(relationships);
        assertEquals(source.element(), created.getSource());
        assertEquals(target.element(), created.getTarget());
    }

    @Test
    void draggingANodeMovesItAndUndoPutsItBack() {
        ViewNode node = canvas.view().roots().get(3);
        int x = node.notation().getX();
        int[] from = { node.bounds().centerX(), node.bounds().centerY() };
        int[] screenFrom = canvas.toScreen(from[0], from[1]);
        int[] to = canvas.toDiagram(screenFrom[0] + 40, screenFrom[1] + 30);
        drag(from[0], from[1], to[0], to[1]);
        assertNotEquals(x, node.notation().getX(), "moved");
        assertEquals(List.of(node.key()), canvas.selection());
        document.editingDomain().getCommandStack().undo();
        processEvents();
        assertEquals(x, node.notation().getX());
    }

    @Test
    void draggingTheCornerHandleOfTheSelectedActorResizesItAndUndoRestoresIt() {
        ViewNode node = canvas.view().roots().get(4);
        int width = node.notation().getWidth();
        int height = node.notation().getHeight();
        click(node.bounds().centerX(), node.bounds().centerY());
        assertEquals(List.of(node.key()), canvas.selection());
        Rect bounds = node.bounds();
        drag(bounds.right(), bounds.bottom(), bounds.right() + 60, bounds.bottom() + 40);
        assertTrue(node.notation().getWidth() > width + 40, "wider: " + node.notation().getWidth());
        assertTrue(node.notation().getHeight() > height + 20, "taller: " + node.notation().getHeight());
        document.editingDomain().getCommandStack().undo();
        processEvents();
        assertEquals(width, node.notation().getWidth());
        assertEquals(height, node.notation().getHeight());
    }

    @Test
    void draggingTheEndOfTheSelectedRelationshipOntoAnotherActorReconnectsIt() {
        ViewEdge edge = selectableRelationship();
        Relationship relationship = (Relationship) edge.element();
        Actor oldTarget = relationship.getTarget();
        int[] middle = firstSegmentMiddle(edge);
        click(middle[0], middle[1]);
        assertEquals(List.of(edge.key()), canvas.selection());
        ViewNode newTarget = canvas.view().roots().stream()
                .filter(n -> n.element() != oldTarget && n.element() != relationship.getSource())
                .filter(n -> canvas.view().hitIndex().nodeAt(n.bounds().centerX(), n.bounds().centerY()) == n)
                .findFirst().orElseThrow();
        int[] points = edge.points();
        drag(points[points.length - 2], points[points.length - 1], newTarget.bounds().centerX(), newTarget.bounds().centerY());
        assertEquals(newTarget.element(), relationship.getTarget());
        document.editingDomain().getCommandStack().undo();
        processEvents();
        assertEquals(oldTarget, relationship.getTarget());
    }

    @Test
    void theWindowShowsEachActorInItsFillColourOnWhite() throws Exception {
        repaintAndWait();
        ImageData pixels = screenshot();
        for (ViewNode node : canvas.view().roots().subList(0, 3)) {
            // The middle of the shape, less its label, is the fill colour.
            Rect inner = node.bounds().expand(-node.bounds().height() / 4);
            int[] from = canvas.toScreen(inner.x(), inner.y());
            int[] to = canvas.toScreen(inner.right(), inner.bottom());
            RGB seen = mostFrequent(pixels, from, to);
            Rgb fill = node.style().fill();
            assertTrue(Math.abs(seen.red - fill.red()) + Math.abs(seen.green - fill.green()) + Math.abs(seen.blue - fill.blue()) < 12,
                    node.label() + ": expected " + fill + " on screen, saw " + seen);
        }
        int[] empty = emptySpot();
        int[] screen = canvas.toScreen(empty[0], empty[1]);
        assertEquals(new RGB(255, 255, 255), pixels.palette.getRGB(pixels.getPixel(screen[0], screen[1])),
                "at " + empty[0] + "," + empty[1] + ", zoom " + canvas.zoom());
    }

    private ImageData screenshot() {
        Rectangle area = canvas.getClientArea();
        Image shot = new Image(canvas.getDisplay(), area.width, area.height);
        GC gc = new GC(canvas);
        try {
            gc.copyArea(shot, 0, 0);
            return shot.getImageData();
        } finally {
            gc.dispose();
            shot.dispose();
        }
    }

    private static RGB mostFrequent(ImageData pixels, int[] from, int[] to) {
        Map<RGB, Integer> counts = new HashMap<>();
        for (int y = Math.max(0, from[1]); y < Math.min(pixels.height, to[1]); y++) {
            for (int x = Math.max(0, from[0]); x < Math.min(pixels.width, to[0]); x++) {
                counts.merge(pixels.palette.getRGB(pixels.getPixel(x, y)), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    @Test
    void draggingAnInitiativeIntoAnotherLaneOfTheLandscapeMovesItThereAndUndoPutsItBack() throws Exception {
        Diagram landscape = DiagramCreation.create(document.system(),
                DiagramTypes.installed().find(PathwayLandscapeType.ID).orElseThrow(), "Landscape");
        document.editingDomain().getCommandStack().execute(AddCommand.create(document.editingDomain(), document.system(),
                InnoscapePackage.Literals.INNOVATION_SYSTEM__DIAGRAMS, landscape));
        editor = DiagramEditor.open(page, document, landscape);
        processEvents();
        canvas = editor.canvas();
        canvas.zoomToFit();
        processEvents();
        List<ViewNode> lanes = canvas.view().roots();
        ViewNode child = lanes.stream().flatMap(l -> l.children().stream())
                .filter(c -> ((PolicyInitiative) c.element()).getStagesSupported().size() < lanes.size())
                .findFirst().orElseThrow();
        PolicyInitiative initiative = (PolicyInitiative) child.element();
        List<PathwayStage> before = List.copyOf(initiative.getStagesSupported());
        ViewNode target = lanes.stream().filter(l -> !before.contains(l.element())).findFirst().orElseThrow();

        // Into the lane's header, where no initiative sits.
        drag(child.bounds().centerX(), child.bounds().centerY(), target.bounds().x() + 40, target.bounds().centerY());
        assertTrue(initiative.getStagesSupported().contains(target.element()), "now in " + target.label());
        assertFalse(initiative.getStagesSupported().contains(child.parent().element()), "left " + child.parent().label());
        assertEquals(1, canvas.selectedNodes().size(), "the moved initiative stays selected");
        assertEquals(initiative, canvas.selectedNodes().get(0).element());
        assertEquals(target.element(), canvas.selectedNodes().get(0).parent().element());
        document.editingDomain().getCommandStack().undo();
        processEvents();
        assertEquals(before, initiative.getStagesSupported());
    }

    @Test
    void arrangingTopToBottomMakesItTheDiagramsDirectionInOneUndoableStep() throws Exception {
        assertEquals(LayoutDirection.RIGHT, editor.diagram().getLayoutDirection());
        editor.arrange(false, LayoutDirection.DOWN).join();
        waitFor(() -> editor.diagram().getLayoutDirection() == LayoutDirection.DOWN);
        document.editingDomain().getCommandStack().undo();
        processEvents();
        assertEquals(LayoutDirection.RIGHT, editor.diagram().getLayoutDirection());
    }

    @Test
    void aStressLayoutChosenFromTheArrangeMenuIsUsedByArrangeAllAndUndoesInOneStep() throws Exception {
        java.util.Map<String, org.innoscape.diagram.view.Rect> before = new java.util.HashMap<>();
        canvas.view().roots().forEach(n -> before.put(n.key(), n.bounds()));
        editor.arrange(false, LayoutDirection.RIGHT, org.innoscape.diagram.layout.LayoutAlgorithm.STRESS).join();
        waitFor(() -> canvas.view().roots().stream().anyMatch(n -> !n.bounds().equals(before.get(n.key()))));
        assertEquals(org.innoscape.diagram.layout.LayoutAlgorithm.STRESS, editor.layoutAlgorithm(), "Arrange All now uses stress");
        document.editingDomain().getCommandStack().undo();
        processEvents();
        canvas.view().roots().forEach(n -> assertEquals(before.get(n.key()), n.bounds(), "one undo restores " + n.label()));
    }

    @Test
    void marqueeSelectsTheNodesItEncloses() {
        int reach = (int) Math.ceil(8 / canvas.zoom());
        ViewNode node = canvas.view().roots().stream().filter(n -> {
            var corner = n.bounds().expand(reach);
            return canvas.view().hitIndex().nodeAt(corner.x(), corner.y()) == null
                    && canvas.view().hitIndex().edgeAt(corner.x(), corner.y(), reach) == null;
        }).findFirst().orElseThrow(() -> new AssertionError("some node has free space at its top-left corner"));
        var area = node.bounds().expand(reach);
        drag(area.x(), area.y(), area.right(), area.bottom());
        assertTrue(canvas.selection().contains(node.key()), canvas.selection().toString());
    }

    @Test
    void removeFromDiagramKeepsTheActorAndDeleteFromModelRemovesIt() {
        ViewNode node = canvas.view().roots().get(2);
        Actor actor = (Actor) node.element();
        click(node.bounds().centerX(), node.bounds().centerY());
        editor.removeFromDiagram();
        processEvents();
        assertTrue(canvas.view().nodesOf(actor).isEmpty());
        assertTrue(document.system().getActors().contains(actor));
        document.editingDomain().getCommandStack().undo();
        processEvents();
        ViewNode again = canvas.view().nodesOf(actor).get(0);
        click(again.bounds().centerX(), again.bounds().centerY());
        editor.deleteFromModel();
        processEvents();
        assertFalse(document.system().getActors().contains(actor));
        assertTrue(canvas.view().nodesOf(actor).isEmpty());
    }

    @Test
    void pngExportOfTheExampleNetworkHasTheDiagramsSizeAndIsNotBlank() throws Exception {
        Path png = folder.resolve("network.png");
        editor.exportTo(png, false);
        ImageData image = new ImageLoader().load(png.toString())[0];
        var bounds = canvas.view().bounds();
        assertEquals(bounds.width() + 40, image.width);
        assertEquals(bounds.height() + 40, image.height);
        int coloured = 0;
        int white = image.palette.getPixel(new org.eclipse.swt.graphics.RGB(255, 255, 255));
        for (int y = 0; y < image.height; y += 2) {
            for (int x = 0; x < image.width; x += 2) {
                if (image.getPixel(x, y) != white) {
                    coloured++;
                }
            }
        }
        double share = coloured / ((image.width / 2.0) * (image.height / 2.0));
        assertTrue(share > 0.03, "drawn pixels: " + share);
        Path svg = folder.resolve("network.svg");
        editor.exportTo(svg, true);
        var parsed = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", parsed.getDocumentElement().getNodeName());
    }

    /** With Link with Editor on, nodes selected on the diagram are selected in the Model Explorer; off, they are not. */
    @Test
    void linkWithEditorSelectsTheDiagramsSelectionInTheExplorer() throws Exception {
        var explorer = (org.innoscape.ui.explorer.ModelExplorerView) page.showView(org.innoscape.ui.InnoscapeUi.MODEL_EXPLORER_VIEW_ID);
        page.activate(editor);
        processEvents();
        ViewNode first = canvas.view().roots().get(3);
        ViewNode second = canvas.view().roots().get(5);
        explorer.linkWithEditor().setChecked(false);
        canvas.select(List.of(first.key()));
        long until = System.currentTimeMillis() + 800; // longer than the workbench's post-selection delay
        while (System.currentTimeMillis() < until) {
            processEvents();
            Thread.sleep(50);
        }
        var selectedThere = (org.eclipse.jface.viewers.IStructuredSelection) explorer.getSite().getSelectionProvider().getSelection();
        assertFalse(selectedThere.toList().contains(first.element()), "off: the explorer keeps its own selection");

        explorer.linkWithEditor().setChecked(true);
        canvas.select(List.of(second.key()));
        waitFor(() -> ((org.eclipse.jface.viewers.IStructuredSelection) explorer.getSite().getSelectionProvider().getSelection())
                .toList().equals(List.of(second.element())));
        explorer.linkWithEditor().setChecked(false);
    }

    /** Find selects every matching node and scrolls to them one after the other. */
    @Test
    void findSelectsTheMatchingNodesAndEnterWalksThroughThem() {
        canvas.setZoom(2.0);
        processEvents();
        int count = editor.find("nhs", false);
        assertTrue(count > 3, "several NHS bodies: " + count);
        assertEquals(count, canvas.selection().size(), "all of them selected");
        List<ViewNode> matches = org.innoscape.diagram.view.NodeSearch.matches(canvas.view(), "nhs");
        for (int i = 1; i <= count; i++) {
            editor.find("nhs", true);
            processEvents();
            Rect shown = matches.get(i % count).bounds();
            assertTrue(canvas.viewport().intersects(shown), "match " + (i % count) + " scrolled into view: " + shown);
        }
        assertEquals(0, editor.find("no such actor anywhere", false));
        assertEquals(List.of(), canvas.selection(), "nothing matches, nothing selected");
        Event ctrlF = new Event();
        ctrlF.keyCode = 'f';
        ctrlF.stateMask = SWT.MOD1;
        canvas.notifyListeners(SWT.KeyDown, ctrlF);
        processEvents();
    }

    /** With the legend shown, PNG and SVG exports carry it beside the drawing; without, they do not. */
    @Test
    void exportsCarryTheLegendWhileItIsShown() throws Exception {
        Path plainPng = folder.resolve("plain.png");
        Path plainSvg = folder.resolve("plain.svg");
        editor.exportTo(plainPng, false);
        editor.exportTo(plainSvg, true);
        canvas.setLegendVisible(true);
        Path legendPng = folder.resolve("legend.png");
        Path legendSvg = folder.resolve("legend.svg");
        editor.exportTo(legendPng, false);
        editor.exportTo(legendSvg, true);
        String first = org.innoscape.model.values.XmlText.escape(canvas.legend().get(0).meaning());
        assertFalse(Files.readString(plainSvg).contains(">Legend</text>"));
        String svg = Files.readString(legendSvg);
        assertTrue(svg.contains(">Legend</text>") && svg.contains(">" + first + "</text>"), "the legend and its entries");
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(legendSvg.toFile());
        ImageData plain = new ImageLoader().load(plainPng.toString())[0];
        ImageData withLegend = new ImageLoader().load(legendPng.toString())[0];
        assertTrue(withLegend.width > plain.width + 100, "room for the legend beside the drawing: " + plain.width + " -> " + withLegend.width);
    }

    @Test
    void theFindingBadgesOverlayMarksElementsWithFindings() throws Exception {
        DecorationLayer badges = DiagramTypes.installed().decorationLayers().stream()
                .filter(l -> l.id().equals("analysis.findings")).findFirst().orElseThrow();
        editor.setOverlay(badges, true);
        waitFor(() -> canvas.view().nodes().stream().anyMatch(n -> !n.badges().isEmpty()));
    }

    /**
     * The walk-through of appearance by attribute: the example's network drawn by betweenness (chosen in
     * the Appearance dialog), a node dragged while it is drawn larger, the appearance taken off, the
     * model saved and read again: every node has its own size, and only the dragged one moved.
     */
    @Test
    void drawingActorsByBetweennessNeverReachesTheSavedLayout() throws Exception {
        Map<String, Rect> own = new HashMap<>();
        canvas.view().nodes().forEach(n -> own.put(n.key(), n.bounds()));
        AppearanceDialog dialog = new AppearanceDialog(canvas.getShell(), DiagramTypes.installed().find(StakeholderNetworkType.ID).orElseThrow(), editor.diagram(),
                DiagramTypes.installed().metrics());
        dialog.setBlockOnOpen(false);
        dialog.open();
        List<org.eclipse.swt.widgets.Combo> combos = widgets(dialog.getShell(), org.eclipse.swt.widgets.Combo.class);
        org.eclipse.swt.widgets.Combo size = combos.get(1); // fill, size, border, label of the first tab: actors
        assertEquals("Influence", size.getText(), "a new network starts sized by influence");
        size.select(size.indexOf("Betweenness"));
        widgets(dialog.getShell(), org.eclipse.swt.widgets.Button.class).stream()
                .filter(b -> b.getText().replace("&", "").equals("OK")).findFirst().orElseThrow().notifyListeners(SWT.Selection, new Event());
        editor.applyAppearances(dialog.appearances());
        waitFor(() -> canvas.view().nodes().stream().anyMatch(n -> n.sizeFactor() > 1.5));
        assertTrue(canvas.legend().stream().anyMatch(e -> e.meaning().startsWith("Actor betweenness by size: 0 to ")),
                canvas.legend().toString());

        ViewNode broker = canvas.view().nodes().stream().filter(n -> n.sizeFactor() > 1.2)
                .filter(n -> canvas.view().hitIndex().nodeAt(n.bounds().centerX(), n.bounds().centerY()) == n)
                .findFirst().orElseThrow(() -> new AssertionError("a large node can be grabbed"));
        assertTrue(broker.bounds().width() > own.get(broker.key()).width(), "drawn larger than its own size");
        int[] from = { broker.bounds().centerX(), broker.bounds().centerY() };
        int[] screenFrom = canvas.toScreen(from[0], from[1]);
        int[] to = canvas.toDiagram(screenFrom[0] + 60, screenFrom[1] + 40);
        drag(from[0], from[1], to[0], to[1]);
        String brokerKey = broker.key();

        editor.applyAppearances(List.of());
        waitFor(() -> canvas.view().nodes().stream().allMatch(n -> n.sizeFactor() == 1.0));
        document.save();
        var reopened = new org.innoscape.model.persistence.ModelStore().load(document.file());
        Diagram again = reopened.getDiagrams().stream().filter(d -> d.getId().equals(editor.diagram().getId())).findFirst().orElseThrow();
        var view = org.innoscape.diagram.view.DiagramSynchronizer.build(reopened, again,
                DiagramTypes.installed().find(StakeholderNetworkType.ID).orElseThrow());
        assertEquals(own.size(), view.nodes().size());
        for (ViewNode node : view.nodes()) {
            Rect before = own.get(node.key());
            assertEquals(before.width(), node.bounds().width(), 1, node.key());
            assertEquals(before.height(), node.bounds().height(), 1, node.key());
            if (node.key().equals(brokerKey)) {
                assertEquals(before.centerX() + to[0] - from[0], node.bounds().centerX(), 2, "moved by the drag");
                assertEquals(before.centerY() + to[1] - from[1], node.bounds().centerY(), 2);
            } else {
                assertEquals(before, node.bounds(), node.key());
            }
        }
    }

    /** A diagram saved with an appearance by a metric is drawn by it when opened: the metric is computed in the background. */
    @Test
    void aDiagramDrawnByAMetricIsDrawnSoWhenItOpens() throws Exception {
        Diagram diagram = DiagramCreation.create(document.system(),
                DiagramTypes.installed().find(StakeholderNetworkType.ID).orElseThrow(), "By degree");
        diagram.getAppearances().clear();
        diagram.getAppearances().add(org.innoscape.diagram.edit.AppearanceCommands.appearance(StakeholderNetworkType.ACTOR,
                org.innoscape.model.AppearanceChannel.SIZE, "metric:degree"));
        document.editingDomain().getCommandStack().execute(AddCommand.create(document.editingDomain(), document.system(),
                InnoscapePackage.Literals.INNOVATION_SYSTEM__DIAGRAMS, diagram));
        DiagramEditor opened = DiagramEditor.open(page, document, diagram);
        waitFor(() -> opened.canvas().view().nodes().stream().anyMatch(n -> n.sizeFactor() > 1.5));
        assertTrue(opened.canvas().legend().stream().anyMatch(e -> e.meaning().startsWith("Actor degree by size: ")),
                opened.canvas().legend().toString());
    }

    private static <T> List<T> widgets(org.eclipse.swt.widgets.Composite parent, Class<T> type) {
        List<T> found = new java.util.ArrayList<>();
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            if (type.isInstance(child)) {
                found.add(type.cast(child));
            }
            if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                found.addAll(widgets(composite, type));
            }
        }
        return found;
    }

    /** A relationship whose first segment's middle is free of nodes and other edges, so a click picks it. */
    /** A relationship whose first segment's middle is on no node and clearly apart from every other edge. */
    private ViewEdge selectableRelationship() {
        int tolerance = (int) Math.ceil(4 / canvas.zoom());
        return canvas.view().edges().stream().filter(e -> e.element() instanceof Relationship).filter(e -> {
            int[] middle = firstSegmentMiddle(e);
            return canvas.view().hitIndex().nodeAt(middle[0], middle[1]) == null
                    && canvas.view().hitIndex().edgeAt(middle[0], middle[1], tolerance) == e
                    && canvas.view().edges().stream().filter(other -> other != e)
                            .allMatch(other -> distance(other, middle) > 3 * tolerance);
        }).findFirst().orElseThrow(() -> new AssertionError("some relationship can be clicked"));
    }

    private static double distance(ViewEdge edge, int[] point) {
        int[] p = edge.points();
        double nearest = Double.MAX_VALUE;
        for (int i = 0; i + 3 < p.length; i += 2) {
            nearest = Math.min(nearest, org.innoscape.diagram.view.EdgeRouting.distanceToSegment(point[0], point[1], p[i], p[i + 1], p[i + 2],
                    p[i + 3]));
        }
        return nearest;
    }

    private static int[] firstSegmentMiddle(ViewEdge edge) {
        int[] points = edge.points();
        return new int[] { (points[0] + points[2]) / 2, (points[1] + points[3]) / 2 };
    }

    private int[] emptySpot() {
        var bounds = canvas.view().bounds();
        for (int y = bounds.y(); y < bounds.bottom(); y += 10) {
            for (int x = bounds.x(); x < bounds.right(); x += 10) {
                int px = x;
                int py = y;
                boolean nearLabel = canvas.view().edges().stream().anyMatch(e -> e.labelAt() != null
                        && Math.abs(e.labelAt()[0] - px) < 80 && Math.abs(e.labelAt()[1] - py) < 16);
                // Ten screen pixels from any line, whatever the zoom (anti-aliasing greys a pixel or two beside it).
                int tolerance = (int) Math.ceil(10 / canvas.zoom());
                if (canvas.view().hitIndex().nodeAt(x, y) == null && canvas.view().hitIndex().edgeAt(x, y, tolerance) == null && !nearLabel) {
                    return new int[] { x, y };
                }
            }
        }
        throw new AssertionError("no empty spot");
    }

    private void click(int diagramX, int diagramY) {
        int[] p = canvas.toScreen(diagramX, diagramY);
        send(SWT.MouseDown, p[0], p[1]);
        send(SWT.MouseUp, p[0], p[1]);
        processEvents();
    }

    private void drag(int fromX, int fromY, int toX, int toY) {
        int[] from = canvas.toScreen(fromX, fromY);
        int[] to = canvas.toScreen(toX, toY);
        send(SWT.MouseDown, from[0], from[1]);
        send(SWT.MouseMove, (from[0] + to[0]) / 2, (from[1] + to[1]) / 2);
        send(SWT.MouseMove, to[0], to[1]);
        send(SWT.MouseUp, to[0], to[1]);
        processEvents();
    }

    private void send(int type, int x, int y) {
        Event event = new Event();
        event.x = x;
        event.y = y;
        event.button = 1;
        event.stateMask = type == SWT.MouseMove ? SWT.BUTTON1 : 0;
        canvas.notifyListeners(type, event);
    }

    /** GTK paints on its frame clock, after the queued events: wait for the next paint to happen. */
    private void repaintAndWait() throws InterruptedException {
        int[] paints = { 0 };
        Listener counter = event -> paints[0]++;
        canvas.addListener(SWT.Paint, counter);
        try {
            canvas.redraw();
            waitFor(() -> paints[0] > 0);
        } finally {
            canvas.removeListener(SWT.Paint, counter);
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out");
            }
            processEvents();
            Thread.sleep(50);
        }
    }

    private static void processEvents() {
        Workbenches.processEvents();
    }
}
