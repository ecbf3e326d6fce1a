package org.innoscape.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.menus.IMenuService;
import org.innoscape.analysis.ui.findings.FindingsView;
import org.innoscape.tests.support.Workbenches;
import org.innoscape.ui.InnoscapeUi;
import org.innoscape.ui.model.ModelDocument;
import org.innoscape.ui.model.ModelOpener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The explorer's context menu runs the analyses on the chosen model, not on the one opened last. */
class ExplorerMenuTest {
    private static final String RUN_ANALYSES = "org.innoscape.ui.commands.runAnalyses";

    @TempDir
    Path folder;

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

    @AfterEach
    void close() {
        Workbenches.closeEverything();
    }

    @Test
    void theContextMenuOffersRunAnalysesFromTheAnalysisViewsBundle() throws Exception {
        ModelExplorerView explorer = (ModelExplorerView) page.showView(InnoscapeUi.MODEL_EXPLORER_VIEW_ID);
        MenuManager menu = new MenuManager();
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        IMenuService menus = explorer.getSite().getService(IMenuService.class);
        menus.populateContributionManager(menu, "popup:" + InnoscapeUi.MODEL_EXPLORER_VIEW_ID);
        try {
            // The workbench makes a contributed command an item named after the command.
            assertTrue(Arrays.stream(menu.getItems()).anyMatch(item -> RUN_ANALYSES.equals(item.getId())), Arrays.toString(menu.getItems()));
        } finally {
            menus.releaseContributions(menu);
            menu.dispose();
        }
    }

    @Test
    void runAnalysesShowsTheFindingsOfTheSelectedModel() throws Exception {
        Path first = folder.resolve("first");
        Path second = folder.resolve("second");
        Files.createDirectories(first);
        Files.createDirectories(second);
        ModelDocument chosen = ModelOpener.open(page, Workbenches.copyOfExample(first));
        ModelDocument newest = ModelOpener.open(page, Workbenches.copyOfExample(second));
        assertTrue(chosen != newest);
        ModelExplorerView explorer = (ModelExplorerView) page.showView(InnoscapeUi.MODEL_EXPLORER_VIEW_ID);
        Workbenches.processEvents(); // let the explorer show the newly opened models
        page.activate(explorer);
        explorer.viewer().setSelection(new StructuredSelection(chosen.system().getActors().get(0)), true);
        Workbenches.processEvents();
        explorer.getSite().getService(IHandlerService.class).executeCommand(RUN_ANALYSES, null);
        FindingsView findings = (FindingsView) page.findView(InnoscapeUi.FINDINGS_VIEW_ID);
        assertNotNull(findings);
        long deadline = System.currentTimeMillis() + 60_000;
        while (findings.document() == null && System.currentTimeMillis() < deadline) {
            Display.getCurrent().readAndDispatch();
            Thread.sleep(10);
        }
        assertSame(chosen, findings.document(), "the analyses ran on the selected model, not the newest");
        assertTrue(findings.table().getTable().getItemCount() > 0);
    }
}
