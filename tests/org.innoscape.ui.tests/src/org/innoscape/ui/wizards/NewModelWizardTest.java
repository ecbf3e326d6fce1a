package org.innoscape.ui.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.innoscape.tests.support.Workbenches;
import org.innoscape.ui.model.ModelDocument;
import org.innoscape.ui.model.OpenModels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > New Model as a wizard: fields, the three starts, and never overwriting. */
class NewModelWizardTest {
    @TempDir
    Path folder;

    private WizardDialog dialog;

    private NewModelWizard open() {
        NewModelWizard wizard = new NewModelWizard();
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        return wizard;
    }

    @AfterEach
    void close() {
        if (dialog != null) {
            dialog.close();
        }
        Workbenches.closeEverything();
    }

    @Test
    void aTemplateModelIsCreatedWithItsJurisdictionAndOpened() throws Exception {
        NewModelWizard wizard = open();
        wizard.page().fill("Welsh health innovation", "Wales", folder, NewModelPage.Start.TEMPLATE);
        assertTrue(wizard.page().isPageComplete(), String.valueOf(wizard.page().getErrorMessage()));
        assertTrue(wizard.performFinish());
        Path file = folder.resolve("welsh-health-innovation.innoscape");
        assertEquals(file, wizard.created());
        assertTrue(Files.exists(file));
        ModelDocument document = OpenModels.get().documents().stream().filter(d -> d.file().equals(file)).findFirst().orElseThrow();
        assertEquals("Wales", document.system().getJurisdiction());
        assertEquals(8, document.system().getDrivers().size(), "the template's drivers and themes");
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws Exception {
        Files.writeString(folder.resolve("taken.innoscape"), "keep me");
        NewModelWizard wizard = open();
        wizard.page().fill("Taken", "", folder, NewModelPage.Start.EMPTY);
        assertFalse(wizard.page().isPageComplete());
        assertTrue(wizard.page().getErrorMessage().contains("exists already"), wizard.page().getErrorMessage());
        assertEquals("keep me", Files.readString(folder.resolve("taken.innoscape")));
    }

    @Test
    void aCopyOfTheExampleHasItsProgrammes() throws Exception {
        NewModelWizard wizard = open();
        wizard.page().fill("My England", "England", folder, NewModelPage.Start.EXAMPLE);
        assertTrue(wizard.performFinish());
        ModelDocument document = OpenModels.get().documents().stream().filter(d -> d.file().equals(wizard.created())).findFirst()
                .orElseThrow();
        assertEquals("My England", document.system().getName());
        assertEquals(org.innoscape.examples.EnglandHealthInnovation2021.build().getInitiatives().size(),
                document.system().getInitiatives().size());
    }

    @Test
    void fileNamesFollowTheSystemName() {
        assertEquals("health-innovation-system.innoscape", NewModelPage.fileNameFor("Health innovation system"));
        assertEquals("nhs-england-2021.innoscape", NewModelPage.fileNameFor("  NHS England (2021) "));
        assertEquals("model.innoscape", NewModelPage.fileNameFor("***"));
    }
}
