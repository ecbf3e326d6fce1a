package org.innoscape.ui.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.innoscape.model.Actor;
import org.innoscape.model.InnoscapePackage;
import org.innoscape.tests.support.Workbenches;
import org.innoscape.ui.InnoscapeUi;
import org.innoscape.ui.explorer.ModelExplorerView;
import org.innoscape.ui.model.ModelDocument;
import org.innoscape.ui.model.ModelOpener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Properties view shows what the model holds now, not what it held when the element was selected. */
class LivePropertySheetPageTest {
    @TempDir
    Path folder;

    private ModelDocument document;
    private Shell shell;
    private LivePropertySheetPage page;

    @BeforeEach
    void open() throws Exception {
        IWorkbenchPage workbenchPage = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        document = ModelOpener.open(workbenchPage, Workbenches.copyOfExample(folder));
        shell = new Shell(Display.getCurrent());
        page = new LivePropertySheetPage();
        page.createControl(shell);
    }

    @AfterEach
    void close() {
        page.dispose();
        shell.dispose();
        Workbenches.closeEverything();
    }

    @Test
    void aRenameMadeElsewhereAndItsUndoShowAtOnce() {
        Actor actor = document.system().getActors().get(0);
        String before = actor.getName();
        page.selectionChanged(null, new StructuredSelection(actor));
        assertEquals(before, valueOf("Name"));

        document.editingDomain().getCommandStack().execute(SetCommand.create(document.editingDomain(), actor,
                InnoscapePackage.Literals.MODEL_ELEMENT__NAME, "Renamed in a diagram"));
        Workbenches.processEvents();
        assertEquals("Renamed in a diagram", valueOf("Name"));

        document.editingDomain().getCommandStack().undo();
        Workbenches.processEvents();
        assertEquals(before, valueOf("Name"));
    }

    @Test
    void theWorkbenchPartsGiveThePropertiesViewTheLivePage() throws Exception {
        ModelExplorerView explorer = (ModelExplorerView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .showView(InnoscapeUi.MODEL_EXPLORER_VIEW_ID);
        IPropertySheetPage adapted = explorer.getAdapter(IPropertySheetPage.class);
        assertInstanceOf(LivePropertySheetPage.class, adapted);
        adapted.dispose();
    }

    private String valueOf(String property) {
        Tree tree = (Tree) page.getControl();
        TreeItem item = find(tree.getItems(), property);
        if (item == null) {
            throw new AssertionError("no row " + property);
        }
        return item.getText(1);
    }

    private static TreeItem find(TreeItem[] items, String property) {
        for (TreeItem item : items) {
            if (property.equals(item.getText(0))) {
                return item;
            }
            item.setExpanded(true);
            TreeItem inside = find(item.getItems(), property);
            if (inside != null) {
                return inside;
            }
        }
        return null;
    }
}
