package org.innoscape.ui.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.ToolBarContributionItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.internal.WorkbenchWindow;
import org.innoscape.tests.support.Workbenches;
import org.innoscape.ui.InnoscapeUi;
import org.innoscape.ui.editor.ModelEditor;
import org.innoscape.ui.help.GettingStartedView;
import org.innoscape.ui.model.ModelFolders;
import org.innoscape.ui.model.ModelOpener;
import org.innoscape.ui.model.RecentModels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a desktop application is expected to have: a main toolbar, recent files, a first-start guide. */
class WorkbenchBasicsTest {
    @TempDir
    Path folder;

    @AfterEach
    void close() {
        Workbenches.closeEverything();
    }

    @Test
    void theMainToolbarOffersTheCommonCommands() {
        WorkbenchWindow window = (WorkbenchWindow) PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IContributionItem toolbar = window.getCoolBarManager2().find("org.innoscape.ui.toolbars.main");
        assertTrue(toolbar instanceof ToolBarContributionItem, "the main toolbar holds Innoscape's toolbar: " + toolbar);
        List<String> items = Arrays.stream(((ToolBarContributionItem) toolbar).getToolBarManager().getItems())
                .map(IContributionItem::getId).toList();
        String prefix = "org.innoscape.ui.toolbars.main.";
        assertTrue(items.containsAll(List.of(prefix + "new", prefix + "open", prefix + "save", prefix + "import", prefix + "runAnalyses")),
                items.toString());
    }

    @Test
    void runAnalysesFromTheToolbarShowsTheFindingsOfTheCurrentModel() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        assertNotNull(ModelOpener.open(page, Workbenches.copyOfExample(folder)));
        page.hideView(page.findView(InnoscapeUi.FINDINGS_VIEW_ID));
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.innoscape.ui.commands.runAnalyses", null);
        Workbenches.processEvents();
        assertNotNull(page.findView(InnoscapeUi.FINDINGS_VIEW_ID), "the Findings view is shown");
    }

    @Test
    void openedModelsAreOfferedUnderOpenRecentNewestFirst() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        Path first = Workbenches.copyOfExample(Files.createDirectories(folder.resolve("a")));
        Path second = Workbenches.copyOfExample(Files.createDirectories(folder.resolve("b")));
        ModelOpener.open(page, first);
        ModelOpener.open(page, second);
        assertEquals(List.of(second.toAbsolutePath().normalize(), first.toAbsolutePath().normalize()), RecentModels.list().subList(0, 2));
        IContributionItem[] items = new RecentModelsMenu().getContributionItems();
        String label = ((ActionContributionItem) items[0]).getAction().getText();
        assertTrue(label.startsWith("&1 england.innoscape") && label.contains(second.getParent().toString()), label);

        Files.delete(first);
        assertTrue(RecentModels.list().stream().noneMatch(p -> p.equals(first.toAbsolutePath().normalize())), "a removed file is not offered");
    }

    @Test
    void gettingStartedIsPartOfTheFirstLayout() {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.resetPerspective();
        Workbenches.processEvents();
        assertNotNull(page.findViewReference(GettingStartedView.ID), "a first start shows Getting Started");
    }

    @Test
    void fileDialogsStartBesideTheCurrentModel() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        Path models = Files.createDirectories(folder.resolve("models"));
        ModelOpener.open(page, Workbenches.copyOfExample(models));
        assertEquals(models.toAbsolutePath().normalize(), ModelFolders.suggested(page));
    }

    @Test
    void theModelEditorSaysWhenTheConstraintsFindNothing() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        ModelOpener.open(page, Workbenches.copyOfExample(folder));
        Workbenches.processEvents();
        ModelEditor editor = (ModelEditor) page.getActiveEditor();
        assertEquals("The model constraints find no problems.", editor.problemsHeading());
    }

    @Test
    void theOutlineOfAModelEditorListsTheModelByKind() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        ModelOpener.open(page, Workbenches.copyOfExample(folder));
        var outline = (org.eclipse.ui.views.contentoutline.ContentOutline) page.showView(org.eclipse.ui.IPageLayout.ID_OUTLINE);
        page.activate(page.getActiveEditor());
        Workbenches.processEvents();
        var tree = (org.eclipse.swt.widgets.Tree) outline.getCurrentPage().getControl();
        List<String> kinds = Arrays.stream(tree.getItems()).map(org.eclipse.swt.widgets.TreeItem::getText).toList();
        assertTrue(kinds.stream().anyMatch(k -> k.startsWith("Actors (")), "the outline shows the model, not 'no outline': " + kinds);
    }

    @Test
    void openModelEditorsAreRememberedByFileAndReopened() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        Path file = Workbenches.copyOfExample(folder).toAbsolutePath().normalize();
        ModelOpener.open(page, file);
        var input = (org.innoscape.ui.editor.ModelEditorInput) page.getActiveEditor().getEditorInput();
        var memento = org.eclipse.ui.XMLMemento.createWriteRoot("editor");
        assertEquals(org.innoscape.ui.editor.ModelEditorInputFactory.ID, input.getPersistable().getFactoryId());
        input.getPersistable().saveState(memento);
        Workbenches.closeEverything();

        var restored = new org.innoscape.ui.editor.ModelEditorInputFactory().createElement(memento);
        assertTrue(restored instanceof org.innoscape.ui.editor.ModelEditorInput reopened && reopened.document().file().equals(file),
                "reopened from the remembered file: " + restored);
        Workbenches.closeEverything();
        Files.delete(file);
        assertEquals(null, new org.innoscape.ui.editor.ModelEditorInputFactory().createElement(memento), "a removed file is not reopened");
    }
}
