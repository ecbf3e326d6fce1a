package org.innoscape.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.innoscape.diagram.ui.DiagramEditor;
import org.innoscape.tests.support.Workbenches;
import org.innoscape.ui.model.FirstDiagram;
import org.innoscape.ui.model.ModelDocument;
import org.innoscape.ui.model.ModelOpener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example opens on its stakeholder network, laid out, as the first start shows it. */
class ExampleFirstViewTest {
    @TempDir
    Path folder;

    @Test
    void theExampleOpensOnItsStakeholderNetwork() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        ModelDocument document = ModelOpener.open(page, Workbenches.copyOfExample(folder));
        assertEquals(3, document.system().getDiagrams().size(), "the example ships three diagrams");

        assertTrue(FirstDiagram.show(page.getWorkbenchWindow(), document));
        Workbenches.processEvents();

        DiagramEditor editor = (DiagramEditor) page.getActiveEditor();
        assertEquals("Stakeholder network", editor.getPartName());
        assertFalse(document.isDirty(), "showing the diagram changes nothing");
    }

    @AfterEach
    void close() {
        Workbenches.closeEverything();
    }
}
