package org.innoscape.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.properties.IPropertySource;
import org.innoscape.analysis.Finding;
import org.innoscape.analysis.ui.findings.AnalysisJob;
import org.innoscape.analysis.ui.findings.FindingsView;
import org.innoscape.analysis.ui.landscape.LandscapeDashboardView;
import org.innoscape.analysis.ui.metrics.NetworkMetricsView;
import org.innoscape.examples.ExampleModels;
import org.innoscape.model.Actor;
import org.innoscape.model.InnoscapePackage;
import org.innoscape.tests.support.Workbenches;
import org.innoscape.ui.InnoscapeUi;
import org.innoscape.ui.editor.ModelEditor;
import org.innoscape.ui.explorer.ModelCategory;
import org.innoscape.ui.explorer.ModelExplorerView;
import org.innoscape.ui.model.ModelDocument;
import org.innoscape.ui.model.ModelOpener;
import org.innoscape.ui.model.OpenModels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opens the example model in the workbench and edits it through the explorer and the properties view. */
class ModelWorkbenchTest {
    @TempDir
    Path folder;

    private IWorkbenchPage page;
    private ModelDocument document;
    private Path file;

    @BeforeEach
    void openExample() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        file = folder.resolve("england.innoscape");
        try (var in = ExampleModels.england2021().openStream()) {
            Files.copy(in, file);
        }
        document = ModelOpener.open(page, file);
        assertNotNull(document, "the example should open");
        processEvents();
    }

    @AfterEach
    void closeEverything() {
        page.closeAllEditors(false);
        processEvents();
    }

    @Test
    void openingShowsTheModelEditorAndTheExplorerTree() throws Exception {
        assertTrue(page.getActiveEditor() instanceof ModelEditor, "the model editor is active");
        ModelExplorerView explorer = (ModelExplorerView) page.showView(InnoscapeUi.MODEL_EXPLORER_VIEW_ID);
        processEvents();
        Tree tree = explorer.viewer().getTree();
        TreeItem root = Arrays.stream(tree.getItems()).filter(i -> i.getText().equals("england.innoscape")).findFirst()
                .orElseThrow(() -> new AssertionError("no tree item for the model: " + Arrays.toString(tree.getItems())));
        var folders = Arrays.stream(root.getItems()).map(TreeItem::getText).toList();
        assertTrue(folders.stream().anyMatch(t -> t.startsWith("Actors (")), folders.toString());
        assertTrue(folders.stream().anyMatch(t -> t.startsWith("Initiatives (")), folders.toString());
        assertTrue(folders.stream().anyMatch(t -> t.startsWith("Recommendations (30)")), folders.toString());
        assertTrue(folders.stream().noneMatch(t -> t.startsWith("Properties") || t.startsWith("Sources")),
                "what every element has is not a folder: " + folders);
    }

    @Test
    void editingANameInThePropertiesIsUndoable() throws Exception {
        ModelExplorerView explorer = (ModelExplorerView) page.showView(InnoscapeUi.MODEL_EXPLORER_VIEW_ID);
        Actor nhsx = document.system().getActors().stream().filter(a -> "NHSX".equals(a.getName())).findFirst().orElseThrow();
        explorer.viewer().expandToLevel(new ModelCategory(document, InnoscapePackage.Literals.INNOVATION_SYSTEM__ACTORS), 1);
        explorer.viewer().setSelection(new StructuredSelection(nhsx), true);
        page.showView(IPageLayout.ID_PROP_SHEET);
        page.activate(explorer);
        processEvents();

        IPropertySource properties = Adapters.adapt(nhsx, IPropertySource.class);
        assertNotNull(properties, "model elements have properties");
        Object nameId = Arrays.stream(properties.getPropertyDescriptors())
                .filter(d -> d.getDisplayName().equals("Name")).findFirst().orElseThrow().getId();
        properties.setPropertyValue(nameId, "NHSX (renamed)");
        processEvents();
        assertEquals("NHSX (renamed)", nhsx.getName());
        assertTrue(document.isDirty());
        assertTrue(page.getActiveEditor() == null || page.getActiveEditor().isDirty());

        explorer.getViewSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
        processEvents();
        assertEquals("NHSX", nhsx.getName());
        assertFalse(document.isDirty());
    }

    @Test
    void saveWritesTheFileAndClearsTheDirtyMarker() throws Exception {
        ModelEditor editor = (ModelEditor) page.getActiveEditor();
        var domain = document.editingDomain();
        domain.getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(domain, document.system(),
                InnoscapePackage.Literals.INNOVATION_SYSTEM__JURISDICTION, "England (edited)"));
        assertTrue(editor.isDirty());
        editor.doSave(null);
        assertFalse(editor.isDirty());
        assertTrue(Files.readString(file).contains("jurisdiction=\"England (edited)\""));
    }

    @Test
    void filterNarrowsTheTree() throws Exception {
        ModelExplorerView explorer = (ModelExplorerView) page.showView(InnoscapeUi.MODEL_EXPLORER_VIEW_ID);
        explorer.filterBox().setText("Digital Productivity");
        processEvents();
        Tree tree = explorer.viewer().getTree();
        TreeItem root = Arrays.stream(tree.getItems()).filter(i -> i.getText().equals("england.innoscape")).findFirst().orElseThrow();
        var folders = Arrays.stream(root.getItems()).map(TreeItem::getText).toList();
        assertTrue(folders.stream().allMatch(t -> t.startsWith("Initiatives")), folders.toString());
        explorer.filterBox().setText("");
    }

    @Test
    void filterFindsElementsByTheirRegisterId() throws Exception {
        var domain = document.editingDomain();
        var actor = document.system().getActors().get(0);
        domain.getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(domain, actor,
                InnoscapePackage.Literals.MODEL_ELEMENT__EXTERNAL_ID, "00/PI.1/B038"));
        ModelExplorerView explorer = (ModelExplorerView) page.showView(InnoscapeUi.MODEL_EXPLORER_VIEW_ID);
        try {
            explorer.filterBox().setText("pi.1/b038");
            processEvents();
            // The root's label may carry the dirty marker after the edit.
            TreeItem root = Arrays.stream(explorer.viewer().getTree().getItems()).filter(i -> i.getText().contains("england.innoscape"))
                    .findFirst().orElseThrow();
            var folders = Arrays.stream(root.getItems()).map(TreeItem::getText).toList();
            assertTrue(!folders.isEmpty() && folders.stream().allMatch(t -> t.startsWith("Actors")), folders.toString());
        } finally {
            explorer.filterBox().setText("");
        }
        domain.getCommandStack().undo();
    }

    @Test
    void closingTheEditorClosesTheModel() {
        page.closeAllEditors(false);
        processEvents();
        assertFalse(OpenModels.get().documents().contains(document));
    }

    /** Findings > Run works on the active editor's model, not on the model opened last. */
    @Test
    void findingsRunOnTheActiveEditorsModel() throws Exception {
        org.eclipse.ui.IEditorPart first = page.getActiveEditor();
        Path other = folder.resolve("other.innoscape");
        Files.copy(file, other);
        ModelDocument newest = ModelOpener.open(page, other);
        processEvents();
        assertTrue(OpenModels.get().documents().indexOf(newest) > OpenModels.get().documents().indexOf(document));
        page.activate(first);
        processEvents();
        FindingsView view = (FindingsView) page.showView(InnoscapeUi.FINDINGS_VIEW_ID);
        page.activate(first);
        processEvents();
        AnalysisJob job = view.runOnCurrentModel();
        long deadline = System.currentTimeMillis() + 60_000;
        while ((job.getResult() == null || view.table().getTable().getItemCount() == 0) && System.currentTimeMillis() < deadline) {
            processEvents();
            Thread.sleep(20);
        }
        var withSubjects = Arrays.stream(view.table().getTable().getItems()).map(item -> (Finding) item.getData())
                .filter(f -> !f.subjects().isEmpty()).toList();
        assertFalse(withSubjects.isEmpty());
        assertTrue(withSubjects.stream().allMatch(f -> f.subjects().get(0).eResource() == document.resource()),
                "the findings are those of the active editor's model");
        OpenModels.get().close(newest);
    }

    @Test
    void findingsViewRunsTheAnalysesInTheBackgroundAndRevealsElements() throws Exception {
        FindingsView view = (FindingsView) page.showView(InnoscapeUi.FINDINGS_VIEW_ID);
        AnalysisJob job = view.run(document);
        long deadline = System.currentTimeMillis() + 60_000;
        while ((job.getResult() == null || view.table().getTable().getItemCount() == 0) && System.currentTimeMillis() < deadline) {
            processEvents();
            Thread.sleep(20);
        }
        assertTrue(job.getResult().isOK(), job.getResult().toString());
        assertTrue(view.table().getTable().getItemCount() > 10, "findings are listed");
        Finding ownerless = Arrays.stream(view.table().getTable().getItems()).map(item -> (Finding) item.getData())
                .filter(f -> f.message().equals("NHS Innovation Accelerator has no owner")).findFirst().orElseThrow();
        assertTrue(ownerless.subjects().get(0).eResource() == document.resource(), "findings refer to the open model, not a copy");
        var row = Arrays.stream(view.table().getTable().getItems()).filter(item -> item.getData() == ownerless).findFirst().orElseThrow();
        String ruleName = org.innoscape.analysis.AnalysisRegistry.installed().find(ownerless.ruleId()).orElseThrow().descriptor().name();
        assertEquals(ruleName, row.getText(1), "the rule by its name, not its id");
        assertTrue(row.getText(3).contains(ownerless.explanation().strip()), "why the finding was made: " + row.getText(3));
        view.reveal(ownerless);
        processEvents();
        ModelExplorerView explorer = (ModelExplorerView) page.findView(InnoscapeUi.MODEL_EXPLORER_VIEW_ID);
        assertEquals(ownerless.subjects().get(0), explorer.viewer().getStructuredSelection().getFirstElement());

        Path report = folder.resolve("findings.html");
        view.exportReport(report);
        assertTrue(Files.readString(report).contains("NHS Innovation Accelerator has no owner"));

        view.filterByRule(ownerless.ruleId());
        processEvents();
        assertTrue(view.table().getTable().getItemCount() > 0);
        assertTrue(Arrays.stream(view.table().getTable().getItems()).allMatch(item -> ((Finding) item.getData()).ruleId().equals(ownerless.ruleId())),
                "only the chosen rule is shown");
        view.filterByRule(null);
    }

    @Test
    void newModelsStartFromTheTemplateAndNeverOverwrite() throws Exception {
        Path created = folder.resolve("fresh.innoscape");
        org.innoscape.ui.model.NewModels.create(created, "Fresh", true);
        ModelDocument fresh = ModelOpener.open(page, created);
        assertEquals(8, fresh.system().getDrivers().size());
        assertEquals("Fresh", fresh.system().getName());
        byte[] before = Files.readAllBytes(created);
        org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> org.innoscape.ui.model.NewModels.create(created, "Again", false));
        assertTrue(Arrays.equals(before, Files.readAllBytes(created)));
    }

    @Test
    void networkMetricsViewListsEveryActorSortedByCentrality() throws Exception {
        NetworkMetricsView view = (NetworkMetricsView) page.showView(InnoscapeUi.NETWORK_METRICS_VIEW_ID);
        org.eclipse.core.runtime.jobs.Job job = view.recompute();
        job.join();
        long deadline = System.currentTimeMillis() + 30_000;
        while (view.table().getTable().getItemCount() == 0 && System.currentTimeMillis() < deadline) {
            processEvents();
            Thread.sleep(20);
        }
        assertEquals(document.system().getActors().size(), view.table().getTable().getItemCount());
        var rows = Arrays.stream(view.table().getTable().getItems())
                .map(item -> (org.innoscape.analysis.network.NetworkMetrics.ActorMetrics) item.getData()).toList();
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i - 1).betweenness() >= rows.get(i).betweenness(), "sorted by betweenness, highest first");
        }
        view.sortBy(0);
        processEvents();
        var first = (org.innoscape.analysis.network.NetworkMetrics.ActorMetrics) view.table().getTable().getItem(0).getData();
        var second = (org.innoscape.analysis.network.NetworkMetrics.ActorMetrics) view.table().getTable().getItem(1).getData();
        assertTrue(first.actor().getName().compareToIgnoreCase(second.actor().getName()) <= 0, "sorted by name");
    }

    @Test
    void landscapeDashboardChartsTheModel() throws Exception {
        LandscapeDashboardView view = (LandscapeDashboardView) page.showView(InnoscapeUi.LANDSCAPE_VIEW_ID);
        view.refresh();
        processEvents();
        var charts = view.charts();
        assertEquals(3, charts.size());
        assertEquals(document.system().getStages().size() + 1, charts.get(0).bars().size());
        var unstaged = charts.get(0).bars().get(charts.get(0).bars().size() - 1);
        assertEquals("(no stage stated)", unstaged.label());
        assertEquals(document.system().getInitiatives().stream().filter(i -> i.getStagesSupported().isEmpty()).count(),
                Arrays.stream(unstaged.values()).sum(), "every initiative is counted, as in the driver chart");
        assertEquals(org.innoscape.diagram.types.InnoscapeStyles.INNOVATORS, charts.get(0).colours().get(0),
                "the diagrams' colour for initiatives funding innovators");
        long adoptionByRecipients = Arrays.stream(charts.get(0).bars().stream().filter(b -> b.label().equals("Adoption")).findFirst()
                .orElseThrow().values()).sum();
        long adoption = document.system().getInitiatives().stream()
                .filter(i -> i.getStagesSupported().stream().anyMatch(s -> "Adoption".equals(s.getName()))).count();
        assertEquals(adoption, adoptionByRecipients);
    }

    @Test
    void closingAViewWhileItsJobRunsCancelsTheJobWithoutAnError() throws Exception {
        try {
            FindingsView findings = (FindingsView) page.showView(InnoscapeUi.FINDINGS_VIEW_ID);
            AnalysisJob analysis = findings.run(document);
            page.hideView(findings);
            analysis.join();
            processEvents();
            assertNoError(analysis.getResult());

            NetworkMetricsView metrics = (NetworkMetricsView) page.showView(InnoscapeUi.NETWORK_METRICS_VIEW_ID);
            var job = metrics.recompute();
            page.hideView(metrics);
            job.join();
            processEvents();
            assertNoError(job.getResult());
        } finally {
            // Other tests expect the perspective's views, whatever happened here.
            page.showView(InnoscapeUi.FINDINGS_VIEW_ID);
            page.showView(InnoscapeUi.NETWORK_METRICS_VIEW_ID);
        }
    }

    /** A job cancelled before it started has no result (its join returns at once): that, too, is no error. */
    private static void assertNoError(org.eclipse.core.runtime.IStatus result) {
        assertTrue(result == null || result.getSeverity() != org.eclipse.core.runtime.IStatus.ERROR, String.valueOf(result));
    }

    private static void processEvents() {
        Workbenches.processEvents();
    }
}
