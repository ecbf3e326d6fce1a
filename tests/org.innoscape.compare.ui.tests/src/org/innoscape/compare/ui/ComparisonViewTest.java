package org.innoscape.compare.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.innoscape.compare.ui.ComparisonTree.Node;
import org.innoscape.model.Actor;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.persistence.ModelStore;
import org.innoscape.tests.support.Workbenches;
import org.innoscape.ui.InnoscapeUi;
import org.innoscape.ui.explorer.ModelExplorerView;
import org.innoscape.ui.model.ModelDocument;
import org.innoscape.ui.model.ModelOpener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compare With > Another Model: the tree of changes, and a double-click that reveals the element. */
class ComparisonViewTest {
    @TempDir
    Path folder;

    @Test
    void theOpenModelIsComparedWithAnotherAndAChangedElementCanBeRevealed() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        Path file = Workbenches.copyOfExample(folder);
        Path older = Files.createDirectories(folder.resolve("2020")).resolve("england.innoscape");
        Files.copy(file, older);
        ModelDocument document = ModelOpener.open(page, file);
        Actor renamed = document.system().getActors().get(2);
        renamed.setName("Renamed since 2020");
        InnovationSystem previous = new ModelStore().load(older);
        previous.getInitiatives().remove(0);
        Actor onlyIn2020 = org.innoscape.model.InnoscapeFactory.eINSTANCE.createActor();
        onlyIn2020.setId("only-in-2020");
        onlyIn2020.setName("A body wound up in 2021");
        previous.getActors().add(onlyIn2020);
        new ModelStore().save(previous, older);

        Job job = CompareWithHandler.compare(page, document, older);
        job.join();
        assertTrue(job.getResult().isOK(), job.getResult().toString());
        Workbenches.processEvents();

        ComparisonView view = (ComparisonView) page.findView(ComparisonView.ID);
        @SuppressWarnings("unchecked")
        List<Node> roots = (List<Node>) view.tree().getInput();
        List<String> groups = roots.stream().map(Node::text).toList();
        assertTrue(groups.contains("Added (1)") && groups.contains("Removed (1)") && groups.contains("Changed (1)"), groups.toString());
        Node changed = roots.stream().filter(n -> n.text().startsWith("Changed")).findFirst().orElseThrow().children().get(0);
        assertEquals(renamed.getId(), changed.elementId());
        assertTrue(changed.children().get(0).text().startsWith("name changed from"), changed.children().get(0).text());

        assertTrue(view.reveal(changed));
        Workbenches.processEvents();
        ModelExplorerView explorer = (ModelExplorerView) page.findView(InnoscapeUi.MODEL_EXPLORER_VIEW_ID);
        assertEquals(renamed, ((IStructuredSelection) explorer.viewer().getSelection()).getFirstElement());

        // An element only the other snapshot has is revealed there, once that snapshot is open too.
        Node removed = roots.stream().filter(n -> n.text().startsWith("Removed")).findFirst().orElseThrow().children().get(0);
        assertEquals(onlyIn2020.getId(), removed.elementId());
        assertFalse(view.reveal(removed), "the other snapshot is not open");
        ModelDocument other = ModelOpener.open(page, older);
        Workbenches.processEvents();
        assertTrue(view.reveal(removed));
        Workbenches.processEvents();
        Object selected = ((IStructuredSelection) explorer.viewer().getSelection()).getFirstElement();
        assertEquals(onlyIn2020.getId(), ((Actor) selected).getId());
        assertTrue(org.eclipse.emf.ecore.util.EcoreUtil.isAncestor(other.system(), (Actor) selected));
    }

    @AfterEach
    void close() {
        Workbenches.closeEverything();
    }
}
