package org.innoscape.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.Page;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheet;
import org.innoscape.model.Actor;
import org.innoscape.model.InnoscapePackage;
import org.innoscape.tests.support.Workbenches;
import org.innoscape.ui.InnoscapeUi;
import org.innoscape.ui.editor.ModelEditor;
import org.innoscape.ui.explorer.ModelCategory;
import org.innoscape.ui.explorer.ModelExplorerView;
import org.innoscape.ui.model.ModelDocument;
import org.innoscape.ui.model.ModelOpener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Edit and File menus work from every part that shows a model, not only from its context menus. */
class EditMenuTest {
    @TempDir
    Path folder;

    private IWorkbenchPage page;
    private ModelDocument document;
    private ModelExplorerView explorer;
    private Actor nhsx;

    @BeforeEach
    void open() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        document = ModelOpener.open(page, Workbenches.copyOfExample(folder));
        assertNotNull(document);
        explorer = (ModelExplorerView) page.showView(InnoscapeUi.MODEL_EXPLORER_VIEW_ID);
        nhsx = document.system().getActors().stream().filter(a -> "NHSX".equals(a.getName())).findFirst().orElseThrow();
        explorer.viewer().expandToLevel(new ModelCategory(document, InnoscapePackage.Literals.INNOVATION_SYSTEM__ACTORS), 1);
        Workbenches.processEvents();
    }

    @AfterEach
    void close() {
        Workbenches.closeEverything();
    }

    @Test
    void editDeleteFollowsTheExplorerSelection() {
        IAction delete = explorer.getViewSite().getActionBars().getGlobalActionHandler(ActionFactory.DELETE.getId());
        assertNotNull(delete, "the explorer handles Edit > Delete");
        explorer.viewer().setSelection(new StructuredSelection(nhsx), true);
        Workbenches.processEvents();
        assertTrue(delete.isEnabled(), "an element is selected");
        explorer.viewer().setSelection(new StructuredSelection(document), true);
        Workbenches.processEvents();
        assertFalse(delete.isEnabled(), "a model is not deleted from the explorer");
    }

    @Test
    void undoWorksWhileThePropertiesViewHasTheFocus() throws Exception {
        explorer.viewer().setSelection(new StructuredSelection(nhsx), true);
        page.activate(explorer);
        PropertySheet properties = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
        Workbenches.processEvents();
        IPropertySource source = Adapters.adapt(nhsx, IPropertySource.class);
        Object nameId = Arrays.stream(source.getPropertyDescriptors()).filter(d -> d.getDisplayName().equals("Name")).findFirst()
                .orElseThrow().getId();
        source.setPropertyValue(nameId, "NHSX (renamed)");
        page.activate(properties);
        Workbenches.processEvents();

        IAction undo = ((Page) properties.getCurrentPage()).getSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId());
        assertNotNull(undo, "the Properties view handles Edit > Undo");
        assertTrue(undo.isEnabled(), "there is something to undo");
        undo.run();
        Workbenches.processEvents();
        assertEquals("NHSX", nhsx.getName());
        IAction redo = ((Page) properties.getCurrentPage()).getSite().getActionBars().getGlobalActionHandler(ActionFactory.REDO.getId());
        assertTrue(redo.isEnabled());
        redo.run();
        assertEquals("NHSX (renamed)", nhsx.getName());
    }

    @Test
    void theEditorFollowsTheModelToItsNewFile() throws Exception {
        ModelEditor editor = (ModelEditor) page.findEditor(new org.innoscape.ui.editor.ModelEditorInput(document));
        assertNotNull(editor);
        assertTrue(editor.isSaveAsAllowed());
        document.saveAs(folder.resolve("copy.innoscape"));
        Workbenches.processEvents();
        assertEquals("copy.innoscape", editor.getPartName());
    }
}
