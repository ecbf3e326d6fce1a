package org.innoscape.ui.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.innoscape.model.Actor;
import org.innoscape.model.FundingRecipients;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.Relationship;
import org.innoscape.tests.support.Workbenches;
import org.innoscape.ui.model.ModelDocument;
import org.innoscape.ui.model.ModelOpener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** References and lists in the properties view: choosers that edit through undoable commands. */
class ReferenceEditingTest {
    @TempDir
    Path folder;

    private IWorkbenchPage page;
    private ModelDocument document;
    private Shell shell;

    @BeforeEach
    void open() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        document = ModelOpener.open(page, Workbenches.copyOfExample(folder));
        shell = new Shell(Display.getCurrent());
    }

    @AfterEach
    void close() {
        shell.dispose();
        Workbenches.closeEverything();
    }

    private static IPropertyDescriptor descriptor(IPropertySource source, String displayName) {
        return Arrays.stream(source.getPropertyDescriptors()).filter(d -> d.getDisplayName().equals(displayName)).findFirst()
                .orElseThrow(() -> new AssertionError("no property " + displayName));
    }

    @Test
    void referencedElementsAreShownByTheirNames() {
        PolicyInitiative initiative = document.system().getInitiatives().stream()
                .filter(i -> i.getDriversAddressed().size() >= 2).findFirst().orElseThrow();
        IPropertySource source = new PropertySourceAdapterFactory().getAdapter(initiative, IPropertySource.class);
        IPropertyDescriptor drivers = descriptor(source, "Drivers Addressed");
        String expected = String.join(", ", initiative.getDriversAddressed().stream().map(d -> d.getName()).toList());
        assertEquals(expected, drivers.getLabelProvider().getText(source.getPropertyValue(drivers.getId())));

        initiative.setFundingRecipients(FundingRecipients.INNOVATORS);
        IPropertyDescriptor recipients = descriptor(source, "Funding Recipients");
        assertEquals("Innovators", recipients.getLabelProvider().getText(source.getPropertyValue(recipients.getId())));
        EnumCellEditor editor = assertInstanceOf(EnumCellEditor.class, recipients.createPropertyEditor(shell));
        assertTrue(Arrays.asList(editor.getItems()).contains("Innovators"), Arrays.toString(editor.getItems()));
        editor.dispose();
    }

    @Test
    void ownersAreChosenInADialogAndTheChangeIsUndoable() {
        PolicyInitiative initiative = document.system().getInitiatives().get(0);
        List<Actor> before = new ArrayList<>(initiative.getOwners());
        IPropertySource source = new PropertySourceAdapterFactory().getAdapter(initiative, IPropertySource.class);
        IPropertyDescriptor owners = descriptor(source, "Owners");
        ChoicesCellEditor editor = assertInstanceOf(ChoicesCellEditor.class, owners.createPropertyEditor(shell));
        editor.setValue(source.getPropertyValue(owners.getId()));

        ChoicesDialog dialog = editor.dialog(shell);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Actor added = document.system().getActors().stream().filter(a -> !before.contains(a)).findFirst().orElseThrow();
        dialog.setChosen(added, true);
        dialog.pressOk();
        List<Object> chosen = dialog.result();
        assertEquals(before.size() + 1, chosen.size());
        assertEquals(added, chosen.get(chosen.size() - 1), "new choices come after the existing ones");

        source.setPropertyValue(owners.getId(), chosen);
        assertTrue(initiative.getOwners().contains(added));
        document.editingDomain().getCommandStack().undo();
        assertEquals(before, initiative.getOwners());
    }

    @Test
    void aSingleReferenceIsADropDownOfCandidatesWithNone() {
        Relationship relationship = document.system().getRelationships().get(0);
        IPropertySource source = new PropertySourceAdapterFactory().getAdapter(relationship, IPropertySource.class);
        IPropertyDescriptor target = descriptor(source, "Target");
        ReferenceCellEditor editor = assertInstanceOf(ReferenceCellEditor.class, target.createPropertyEditor(shell));
        assertEquals("(none)", editor.getItems()[0]);
        editor.setValue(relationship.getTarget());
        assertEquals(relationship.getTarget(), editor.getValue());
        assertTrue(editor.getItems().length > document.system().getActors().size() - 1, "every actor is a candidate");
    }
}
