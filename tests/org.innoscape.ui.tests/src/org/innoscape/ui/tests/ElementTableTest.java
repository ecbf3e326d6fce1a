package org.innoscape.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.innoscape.model.InitiativeStatus;
import org.innoscape.model.InnoscapePackage;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.tests.support.Workbenches;
import org.innoscape.ui.model.ModelDocument;
import org.innoscape.ui.model.ModelOpener;
import org.innoscape.ui.table.ElementTableView;
import org.innoscape.ui.table.TableRows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The element table: every row of a kind, filtered and sorted as asked, and one edit given to several rows as one undoable step. */
class ElementTableTest {
    @TempDir
    Path folder;

    private ModelDocument document;
    private ElementTableView table;

    @BeforeEach
    void open() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        document = ModelOpener.open(page, Workbenches.copyOfExample(folder));
        assertNotNull(document);
        table = (ElementTableView) page.showView(ElementTableView.ID);
        // The view outlives each test: start from initiatives, unfiltered, unsorted.
        table.showRows(TableRows.INITIATIVES);
        table.setFilter("");
        Workbenches.processEvents();
    }

    @AfterEach
    void close() {
        Workbenches.closeEverything();
    }

    @Test
    void listsEveryInitiativeAndOtherKindsOnRequest() {
        int initiatives = document.system().getInitiatives().size();
        assertEquals(initiatives, table.shownRows().size());
        assertEquals(initiatives, table.viewer().getTable().getItemCount(), "a row each in the table itself");
        assertTrue(table.countText().startsWith(initiatives + " of " + initiatives + " initiatives"), table.countText());
        table.showRows(TableRows.ACTORS);
        Workbenches.processEvents();
        assertEquals(document.system().getActors().size(), table.shownRows().size());
        List<String> headings = List.of(table.viewer().getTable().getColumns()).stream().map(c -> c.getText()).toList();
        assertTrue(headings.contains("Name") && headings.contains("Kind"), headings.toString());
    }

    @Test
    void theFilterKeepsRowsWithTheTextInAnyColumnAndSortingOrdersThem() {
        table.setFilter("ahsn");
        Workbenches.processEvents();
        List<EObject> shown = table.shownRows();
        assertTrue(!shown.isEmpty() && shown.size() < document.system().getInitiatives().size(), shown.size() + " rows");
        assertTrue(table.countText().startsWith(shown.size() + " of "), table.countText());
        assertEquals(shown.size(), table.viewer().getTable().getItemCount(), "the table holds the rows kept");
        org.eclipse.swt.widgets.TableItem top = table.viewer().getTable().getItem(0);
        int columns = table.viewer().getTable().getColumnCount();
        assertTrue(java.util.stream.IntStream.range(0, columns).anyMatch(i -> top.getText(i).toLowerCase(java.util.Locale.ROOT).contains("ahsn")),
                "the first row kept shows the text in a column");
        table.setFilter("");
        table.sortBy("Name");
        Workbenches.processEvents();
        List<String> names = table.shownRows().stream().map(row -> ((PolicyInitiative) row).getName()).toList();
        List<String> sorted = names.stream().sorted(java.text.Collator.getInstance()).toList();
        assertEquals(sorted, names, "ascending by name");
        assertEquals("Name", table.viewer().getTable().getColumn(0).getText(), "the name first");
        assertEquals(sorted.get(0), table.viewer().getTable().getItem(0).getText(0), "the table itself shows that order");
        assertEquals(sorted.get(sorted.size() - 1), table.viewer().getTable().getItem(sorted.size() - 1).getText(0));
        table.sortBy("Name");
        Workbenches.processEvents();
        String first = ((PolicyInitiative) table.shownRows().get(0)).getName();
        assertEquals(sorted.get(sorted.size() - 1), first, "a second click: descending");
    }

    @Test
    void anEditOfOneOfSeveralSelectedRowsAppliesToAllAndUndoesInOneStep() {
        List<PolicyInitiative> rows = document.system().getInitiatives().subList(0, 3);
        List<InitiativeStatus> before = rows.stream().map(PolicyInitiative::getStatus).toList();
        InitiativeStatus closed = java.util.Arrays.stream(InitiativeStatus.values()).filter(s -> !before.contains(s)).findFirst().orElseThrow();
        table.viewer().setSelection(new StructuredSelection(rows), true);
        Workbenches.processEvents();
        table.edit(rows.get(1), InnoscapePackage.Literals.POLICY_INITIATIVE__STATUS, closed);
        Workbenches.processEvents();
        assertTrue(rows.stream().allMatch(r -> r.getStatus() == closed), "all three selected rows");
        assertTrue(document.isDirty());
        var stack = document.editingDomain().getCommandStack();
        assertEquals("Set Status on 3 rows", stack.getUndoCommand().getLabel());
        stack.undo();
        assertEquals(before, rows.stream().map(PolicyInitiative::getStatus).toList(), "one undo restores every row");

        table.viewer().setSelection(new StructuredSelection(rows.get(0)), true);
        table.edit(rows.get(2), InnoscapePackage.Literals.POLICY_INITIATIVE__STATUS, closed);
        Workbenches.processEvents();
        assertEquals(closed, rows.get(2).getStatus(), "the edited row");
        assertEquals(before.get(0), rows.get(0).getStatus(), "a row not among the edited one's selection is left alone");
    }

    @Test
    void followsTheModelOfTheActiveEditor() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        Path second = folder.resolve("second");
        java.nio.file.Files.createDirectories(second);
        ModelDocument other = ModelOpener.open(page, Workbenches.copyOfExample(second));
        Workbenches.processEvents();
        assertEquals(List.copyOf(other.system().getInitiatives()), table.shownRows(), "the newly opened, active model's rows");
        var domain = other.editingDomain();
        domain.getCommandStack().execute(org.eclipse.emf.edit.command.RemoveCommand.create(domain, other.system(),
                InnoscapePackage.Literals.INNOVATION_SYSTEM__INITIATIVES, other.system().getInitiatives().get(0)));
        Workbenches.processEvents();
        assertEquals(other.system().getInitiatives().size(), table.shownRows().size(), "and they follow its changes");
    }
}
