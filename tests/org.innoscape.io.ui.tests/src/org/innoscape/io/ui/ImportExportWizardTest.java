package org.innoscape.io.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.innoscape.examples.ExampleModels;
import org.innoscape.io.ExportFormats;
import org.innoscape.io.RegisterKind;
import org.innoscape.io.RegisterReader;
import org.innoscape.io.RegisterTable;
import org.innoscape.model.ModelElement;
import org.innoscape.tests.support.Workbenches;
import org.innoscape.ui.model.ModelDocument;
import org.innoscape.ui.model.ModelOpener;
import org.innoscape.ui.model.OpenModels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import and export wizards, driven as a user would: pages, the check, Finish, and Undo. */
class ImportExportWizardTest {
    @TempDir
    Path folder;

    private IWorkbenchPage page;
    private ModelDocument document;
    private WizardDialog dialog;

    @BeforeEach
    void openExample() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        Path file = folder.resolve("england.innoscape");
        try (var in = ExampleModels.england2021().openStream()) {
            Files.copy(in, file);
        }
        document = ModelOpener.open(page, file);
        processEvents();
    }

    @AfterEach
    void closeEverything() {
        if (dialog != null) {
            dialog.close();
        }
        page.closeAllEditors(false);
        List.copyOf(OpenModels.get().documents()).forEach(OpenModels.get()::close);
        processEvents();
    }

    private ImportRegistersWizard openImport() {
        return open(new ImportRegistersWizard());
    }

    /** The wizard in its dialog, on the open model, as File > Import or Export opens it. */
    private <W extends org.eclipse.ui.IWorkbenchWizard> W open(W wizard) {
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(document));
        dialog = new WizardDialog(page.getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        processEvents();
        return wizard;
    }

    private void next(ImportRegistersWizard wizard) {
        dialog.showPage(wizard.checkPage());
        processEvents();
    }

    @Test
    void importIntoTheOpenModelIsCheckedThenAppliedAsOneUndoableCommand() throws Exception {
        int actors = document.system().getActors().size();
        Path register = Files.writeString(folder.resolve("actors.csv"),
                "id,name,kind,level,region\nnew-1,Health Innovation Testshire,network,regional,Testshire\n");
        ImportRegistersWizard wizard = openImport();
        assertFalse(wizard.filesPage().isPageComplete(), "no file chosen yet");
        wizard.filesPage().addFiles(List.of(register));
        assertTrue(wizard.filesPage().isPageComplete());
        next(wizard);
        assertTrue(wizard.checkPage().isPageComplete(), wizard.checkPage().summaryText());
        assertTrue(wizard.checkPage().summaryText().startsWith("1 element(s) will be created and 0 updated"), wizard.checkPage().summaryText());
        assertEquals(1, wizard.checkPage().problemRows(), "the extra column is reported as a warning");
        assertEquals(actors, document.system().getActors().size(), "the check changes nothing");
        assertTrue(wizard.canFinish());
        assertTrue(wizard.performFinish());
        assertEquals(actors + 1, document.system().getActors().size());
        ModelElement added = document.system().getActors().get(actors);
        assertEquals("Health Innovation Testshire", added.getName());
        assertEquals("Testshire", added.getProperties().get(0).getValue());
        assertTrue(document.isDirty());
        document.editingDomain().getCommandStack().undo();
        assertEquals(actors, document.system().getActors().size(), "Undo takes the whole import back");
    }

    /** A register with headers of its own: the columns page proposes, the user corrects, the mapping is saved for next time. */
    @Test
    void foreignHeadersAreMappedOnTheColumnsPageAndTheMappingIsRemembered() throws Exception {
        Path register = Files.writeString(folder.resolve("theirs.csv"),
                "Programme code,Programme title,Lead organisation,Kind of support,Region\nP1,Test beds,NHS England,Admin support,North\n");
        ImportRegistersWizard wizard = openImport();
        wizard.filesPage().addFiles(List.of(register));
        dialog.showPage(wizard.columnsPage());
        processEvents();
        var choices = wizard.columnsPage().choices();
        assertEquals("id", choices.get("programme code"), choices.toString());
        assertEquals("name", choices.get("programme title"), choices.toString());
        assertEquals("owner", choices.get("lead organisation"), choices.toString());
        assertEquals(ColumnMappingPage.KEEP, choices.get("region"), choices.toString());
        wizard.columnsPage().choose("kind of support", "description");
        wizard.columnsPage().saveForNextTime(true);
        next(wizard);
        assertTrue(wizard.checkPage().isPageComplete(), wizard.checkPage().summaryText());
        int initiatives = document.system().getInitiatives().size();
        assertTrue(wizard.performFinish());
        var added = document.system().getInitiatives().get(initiatives);
        assertEquals("Test beds", added.getName());
        assertEquals("P1", added.getExternalId());
        assertEquals("Admin support", added.getDescription());
        assertTrue(Files.readString(ColumnMappingPage.mappingFileOf(register)).contains("description <- kind of support"));
        dialog.close();

        ImportRegistersWizard again = openImport();
        again.filesPage().addFiles(List.of(register));
        dialog.showPage(again.columnsPage());
        processEvents();
        assertEquals("description", again.columnsPage().choices().get("kind of support"), "the saved mapping is used next time");
    }

    @Test
    void registersWithFatalProblemsCannotBeFinished() throws Exception {
        Path register = Files.writeString(folder.resolve("initiatives.csv"), "id,name,focus\nx,Programme,sometimes\n");
        ImportRegistersWizard wizard = openImport();
        wizard.filesPage().addFiles(List.of(register));
        next(wizard);
        assertFalse(wizard.checkPage().isPageComplete());
        assertFalse(wizard.canFinish());
        assertTrue(wizard.checkPage().summaryText().contains("must be fixed"), wizard.checkPage().summaryText());
        assertEquals(1, wizard.checkPage().problemRows());
    }

    @Test
    void importIntoANewModelWritesAndOpensIt() throws Exception {
        Path register = Files.writeString(folder.resolve("actors.csv"), "id,name,kind\na,Testshire Council,commissioner\n");
        Path newModel = folder.resolve("fresh.innoscape");
        ImportRegistersWizard wizard = openImport();
        wizard.filesPage().addFiles(List.of(register));
        wizard.filesPage().chooseNewModel(newModel);
        next(wizard);
        assertTrue(wizard.performFinish(), wizard.checkPage().summaryText());
        assertTrue(Files.exists(newModel));
        processEvents();
        assertTrue(OpenModels.get().documents().stream().anyMatch(d -> d.file().equals(newModel)), "the new model is opened");
    }

    @Test
    void exportWritesTheChosenFormatFromTheOpenModel() throws Exception {
        ExportModelWizard wizard = open(new ExportModelWizard());
        assertTrue(wizard.page().output().toString().endsWith("england.xlsx"), "suggested next to the model: " + wizard.page().output());
        Path workbook = folder.resolve("out").resolve("england.xlsx");
        wizard.page().choose(ExportFormats.named("xlsx").orElseThrow(), workbook);
        assertTrue(wizard.performFinish());
        List<RegisterTable> sheets = RegisterReader.read(workbook);
        assertEquals(List.of(RegisterKind.ACTORS, RegisterKind.INITIATIVES, RegisterKind.RELATIONSHIPS), sheets.stream().map(RegisterTable::kind).toList());
        assertEquals(document.system().getInitiatives().size(), sheets.get(1).rows().size());
    }

    /** A format another bundle contributes (the network bundle's GraphML) is offered and written like io's own. */
    @Test
    void exportOffersAContributedFormat() throws Exception {
        ExportModelWizard wizard = open(new ExportModelWizard());
        Path network = folder.resolve("england.graphml");
        wizard.page().choose(ExportFormats.named("graphml").orElseThrow(), network);
        assertTrue(wizard.performFinish());
        assertEquals(List.of(network.toAbsolutePath()), wizard.written());
        assertTrue(Files.readString(network).contains("<graphml"), "the chosen format, not the default workbook");
    }

    /** An export onto the open model (by its name or through a link) would lose it under its editor: the page refuses it. */
    @Test
    void exportOntoTheOpenModelIsRefusedOnThePage() throws Exception {
        ExportModelWizard wizard = open(new ExportModelWizard());
        byte[] model = Files.readAllBytes(document.file());
        wizard.page().choose(ExportFormats.named("xlsx").orElseThrow(), document.file());
        assertFalse(wizard.page().isPageComplete());
        assertTrue(wizard.page().getErrorMessage().contains("the open model"), wizard.page().getErrorMessage());

        Path link = Files.createSymbolicLink(folder.resolve("england.json"), document.file());
        wizard.page().choose(ExportFormats.named("json").orElseThrow(), link);
        assertFalse(wizard.page().isPageComplete(), "a link to the model is the model");

        wizard.page().choose(ExportFormats.named("json").orElseThrow(), folder.resolve("england-copy.json"));
        assertTrue(wizard.page().isPageComplete(), String.valueOf(wizard.page().getErrorMessage()));
        assertTrue(java.util.Arrays.equals(model, Files.readAllBytes(document.file())));
    }

    @Test
    void aFolderWhereAFileGoesAndAFileWhereAFolderGoesAreSaidOnThePage() throws Exception {
        ExportModelWizard wizard = open(new ExportModelWizard());
        wizard.page().choose(ExportFormats.named("xlsx").orElseThrow(), folder);
        assertFalse(wizard.page().isPageComplete());
        assertTrue(wizard.page().getErrorMessage().contains("is a folder"), wizard.page().getErrorMessage());
        Path file = Files.writeString(folder.resolve("notes.txt"), "mine");
        wizard.page().choose(ExportFormats.named("csv").orElseThrow(), file);
        assertFalse(wizard.page().isPageComplete());
        assertTrue(wizard.page().getErrorMessage().contains("is a file"), wizard.page().getErrorMessage());
    }

    /** A typed name is not confirmed by a file dialog, so Finish asks before replacing files; "No" leaves them. */
    @Test
    void existingFilesAreReplacedOnlyWhenTheUserSaysSo() throws Exception {
        Path existing = Files.writeString(folder.resolve("england.graphml"), "an earlier export");
        List<List<Path>> asked = new java.util.ArrayList<>();
        boolean[] answer = {false};
        ExportModelWizard wizard = open(new ExportModelWizard() {
            @Override
            protected boolean confirmReplacing(List<Path> files) {
                asked.add(files);
                return answer[0];
            }
        });
        wizard.page().choose(ExportFormats.named("graphml").orElseThrow(), existing);
        assertFalse(wizard.performFinish());
        assertEquals(List.of(List.of(existing)), asked);
        assertEquals("an earlier export", Files.readString(existing));
        answer[0] = true;
        assertTrue(wizard.performFinish());
        assertTrue(Files.readString(existing).contains("<graphml"));
    }

    private static void processEvents() {
        Workbenches.processEvents();
    }
}
