package org.innoscape.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.innoscape.tests.support.Workbenches;
import org.innoscape.ui.InnoscapeUi;
import org.innoscape.ui.findings.FindingsView;
import org.innoscape.ui.model.ModelDocument;
import org.innoscape.ui.model.ModelOpener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The explorer's context menu runs the analyses on the chosen model. */
class ExplorerMenuTest {
    @TempDir
    Path folder;

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

    @AfterEach
    void close() {
        Workbenches.closeEverything();
    }

    @Test
    void runAnalysesShowsTheFindingsOfTheSelectedModel() throws Exception {
        ModelDocument document = ModelOpener.open(page, Workbenches.copyOfExample(folder));
        ModelExplorerView explorer = (ModelExplorerView) page.showView(InnoscapeUi.MODEL_EXPLORER_VIEW_ID);
        Workbenches.processEvents(); // let the explorer show the newly opened model
        explorer.viewer().setSelection(new StructuredSelection(document.system().getActors().get(0)), true);
        MenuManager menu = new MenuManager();
        new ExplorerMenu(explorer.viewer()).fill(menu);
        IAction run = Arrays.stream(menu.getItems()).filter(ActionContributionItem.class::isInstance)
                .map(item -> ((ActionContributionItem) item).getAction()).filter(a -> a.getText().equals("&Run Analyses")).findFirst()
                .orElseThrow(() -> new AssertionError("no Run Analyses in the context menu: " + Arrays.toString(menu.getItems())
                        + " selection " + explorer.viewer().getStructuredSelection()));
        run.run();
        FindingsView findings = (FindingsView) page.findView(InnoscapeUi.FINDINGS_VIEW_ID);
        assertNotNull(findings);
        long deadline = System.currentTimeMillis() + 60_000;
        while (findings.table().getTable().getItemCount() == 0 && System.currentTimeMillis() < deadline) {
            Display.getCurrent().readAndDispatch();
            Thread.sleep(10);
        }
        assertTrue(findings.table().getTable().getItemCount() > 0, "the analyses ran on the selected model");
    }
}
