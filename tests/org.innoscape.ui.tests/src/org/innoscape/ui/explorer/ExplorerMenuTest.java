package org.innoscape.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.innoscape.examples.ExampleModels;
import org.innoscape.ui.InnoscapeUi;
import org.innoscape.ui.findings.FindingsView;
import org.innoscape.ui.model.ModelDocument;
import org.innoscape.ui.model.ModelOpener;
import org.innoscape.ui.model.OpenModels;
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
        page.closeAllEditors(false);
        List.copyOf(OpenModels.get().documents()).forEach(OpenModels.get()::close);
        while (Display.getCurrent().readAndDispatch()) {
            // drain
        }
    }

    @Test
    void runAnalysesShowsTheFindingsOfTheSelectedModel() throws Exception {
        Path file = folder.resolve("england.innoscape");
        try (var in = ExampleModels.england2021().openStream()) {
            Files.copy(in, file);
        }
        ModelDocument document = ModelOpener.open(page, file);
        ModelExplorerView explorer = (ModelExplorerView) page.showView(InnoscapeUi.MODEL_EXPLORER_VIEW_ID);
        while (Display.getCurrent().readAndDispatch()) {
            // let the explorer show the newly opened model
        }
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
