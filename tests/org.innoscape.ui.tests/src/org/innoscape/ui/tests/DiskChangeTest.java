package org.innoscape.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.innoscape.model.InnoscapePackage;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.persistence.ModelLoadException;
import org.innoscape.model.persistence.ModelStore;
import org.innoscape.tests.support.Workbenches;
import org.innoscape.ui.editor.ModelEditor;
import org.innoscape.ui.model.DiskChanges;
import org.innoscape.ui.model.DiskState;
import org.innoscape.ui.model.ModelDocument;
import org.innoscape.ui.model.ModelOpener;
import org.innoscape.ui.model.OpenModels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An open model whose file another program changes: the user is asked, and nothing is overwritten unasked. */
class DiskChangeTest {
    @TempDir
    Path folder;

    private IWorkbenchPage page;
    private Path file;
    private ModelDocument document;
    private final Answers answers = new Answers();
    private DiskChanges.Prompt previous;

    /** Answers as the test says and counts the questions. */
    private static final class Answers implements DiskChanges.Prompt {
        DiskChanges.Answer onChange = DiskChanges.Answer.KEEP;
        boolean overwrite;
        int changedAsked;
        int overwriteAsked;
        int unreadableShown;

        @Override
        public DiskChanges.Answer changed(Shell shell, ModelDocument document, DiskState.Change change) {
            changedAsked++;
            return onChange;
        }

        @Override
        public boolean overwrite(Shell shell, ModelDocument document) {
            overwriteAsked++;
            return overwrite;
        }

        @Override
        public void unreadable(Shell shell, ModelDocument document, ModelLoadException problem) {
            unreadableShown++;
        }
    }

    @BeforeEach
    void open() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        file = Workbenches.copyOfExample(folder).toAbsolutePath().normalize();
        document = ModelOpener.open(page, file);
        assertNotNull(document);
        Workbenches.processEvents();
        previous = DiskChanges.usePrompt(answers);
    }

    @AfterEach
    void close() {
        DiskChanges.usePrompt(previous);
        Workbenches.closeEverything();
    }

    /** What a command-line import does to the file while the desktop has it open. */
    private void changeOnDisk(String jurisdiction) throws Exception {
        InnovationSystem onDisk = new ModelStore().load(file);
        onDisk.setJurisdiction(jurisdiction);
        new ModelStore().save(onDisk, file);
    }

    private void check() {
        DiskChanges.check(page.getWorkbenchWindow());
        Workbenches.processEvents();
    }

    @Test
    void aModelChangedOnDiskIsReloadedWhenTheUserSaysSo() throws Exception {
        changeOnDisk("Changed by an import");
        answers.onChange = DiskChanges.Answer.RELOAD;
        check();
        assertEquals(1, answers.changedAsked);
        assertFalse(OpenModels.get().documents().contains(document), "the old copy is closed");
        ModelDocument reloaded = OpenModels.get().documents().stream().filter(d -> d.file().equals(file)).findFirst()
                .orElseThrow(() -> new AssertionError("the model is open again"));
        assertEquals("Changed by an import", reloaded.system().getJurisdiction());
        assertTrue(page.getActiveEditor() instanceof ModelEditor editor && editor.document() == reloaded);
    }

    @Test
    void keepingMineAsksOnceAndSavingThenWritesMine() throws Exception {
        changeOnDisk("Changed by an import");
        check();
        check();
        assertEquals(1, answers.changedAsked, "asked once per change");
        assertTrue(OpenModels.get().documents().contains(document));
        edit("Mine");
        ((ModelEditor) page.getActiveEditor()).doSave(null);
        assertEquals(0, answers.overwriteAsked, "the user already chose to keep theirs");
        assertEquals("Mine", new ModelStore().load(file).getJurisdiction());
    }

    @Test
    void aSaveOverAChangeNotYetSeenAsksFirstAndCancellingKeepsTheFile() throws Exception {
        changeOnDisk("Changed by an import");
        edit("Mine");
        ModelEditor editor = (ModelEditor) page.getActiveEditor();
        editor.doSave(null);
        assertEquals(1, answers.overwriteAsked);
        assertEquals("Changed by an import", new ModelStore().load(file).getJurisdiction(), "cancelled: the other change stays");
        assertTrue(document.isDirty(), "and the user's change is still here");
        answers.overwrite = true;
        editor.doSave(null);
        assertEquals("Mine", new ModelStore().load(file).getJurisdiction());
        assertFalse(document.isDirty());
    }

    @Test
    void aTouchedButUnchangedFileIsNotAChange() throws Exception {
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 3_600_000));
        check();
        assertEquals(0, answers.changedAsked);
    }

    @Test
    void aFileBrokenOnDiskNeverCostsTheOpenModel() throws Exception {
        Files.writeString(file, "<not a model");
        answers.onChange = DiskChanges.Answer.RELOAD;
        check();
        assertEquals(1, answers.unreadableShown);
        assertTrue(OpenModels.get().documents().contains(document), "the open model stays");
        check();
        assertEquals(1, answers.changedAsked, "not asked again about the same content");
    }

    @Test
    void aDeletedFileIsOfferedForClosing() throws Exception {
        Files.delete(file);
        answers.onChange = DiskChanges.Answer.RELOAD;
        check();
        assertEquals(1, answers.changedAsked);
        assertFalse(OpenModels.get().documents().contains(document), "closed as the user chose");
    }

    private void edit(String jurisdiction) {
        var domain = document.editingDomain();
        domain.getCommandStack().execute(SetCommand.create(domain, document.system(),
                InnoscapePackage.Literals.INNOVATION_SYSTEM__JURISDICTION, jurisdiction));
    }
}
