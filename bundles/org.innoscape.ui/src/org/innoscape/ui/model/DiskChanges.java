package org.innoscape.ui.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.XMLMemento;
import org.innoscape.model.persistence.ModelLoadException;
import org.innoscape.model.persistence.ModelStore;
import org.innoscape.ui.internal.Messages;

/**
 * Notices when another program (a command-line import, a Git checkout, another Innoscape) changed or
 * removed an open model's file, and lets the user reload it or keep what is open. Checked when the
 * window or an editor is activated, and before every save, so that a save never silently overwrites
 * changes made elsewhere.
 */
public final class DiskChanges {
    /** What the user decided about a file changed on disk. */
    public enum Answer {
        /** Read the file again (or close the model when the file is gone). */
        RELOAD,
        /** Keep the open model; a later save writes it over the file. */
        KEEP
    }

    /** Asks the user; replaced in tests. */
    public interface Prompt {
        Answer changed(Shell shell, ModelDocument document, DiskState.Change change);

        /** Before a save over a file changed on disk: true to overwrite. */
        boolean overwrite(Shell shell, ModelDocument document);

        /** The changed file cannot be read now; the open model stays. */
        void unreadable(Shell shell, ModelDocument document, ModelLoadException problem);
    }

    private static Prompt prompt = new DialogPrompt();
    private static boolean checking;

    private DiskChanges() {
    }

    /** For tests: answers instead of dialogs. Returns the previous prompt. */
    public static Prompt usePrompt(Prompt replacement) {
        Prompt previous = prompt;
        prompt = replacement;
        return previous;
    }

    /** Checks every open model against its file; runs in the UI thread. */
    public static void check(IWorkbenchWindow window) {
        if (checking || window == null || window.getActivePage() == null) {
            return; // a dialog of this check activates the shell again
        }
        checking = true;
        try {
            for (ModelDocument document : OpenModels.get().documents()) {
                DiskState.Change change = document.diskChange();
                if (change != DiskState.Change.NONE) {
                    settle(window, document, change);
                }
            }
        } finally {
            checking = false;
        }
    }

    private static void settle(IWorkbenchWindow window, ModelDocument document, DiskState.Change change) {
        Shell shell = window.getShell();
        if (prompt.changed(shell, document, change) == Answer.KEEP) {
            document.keepDespiteDiskChange();
            return;
        }
        if (change == DiskState.Change.DELETED) {
            close(window.getActivePage(), document);
            return;
        }
        try {
            new ModelStore().load(document.file()); // read first: a broken file must not cost the open model
        } catch (ModelLoadException problem) {
            prompt.unreadable(shell, document, problem);
            document.keepDespiteDiskChange();
            return;
        }
        Path file = document.file();
        List<Reopenable> editors = close(window.getActivePage(), document);
        ModelOpener.open(window.getActivePage(), file);
        reopen(window.getActivePage(), editors);
    }

    /** An editor of a reloaded model, remembered the way the workbench remembers editors between sessions. */
    private record Reopenable(String editorId, String factoryId, XMLMemento memento) {
    }

    /** Reopens the model's other editors (its diagrams) on the reloaded model, through their element factories. */
    private static void reopen(IWorkbenchPage page, List<Reopenable> editors) {
        for (Reopenable editor : editors) {
            IElementFactory factory = PlatformUI.getWorkbench().getElementFactory(editor.factoryId());
            IAdaptable input = factory == null ? null : factory.createElement(editor.memento());
            if (input instanceof IEditorInput editorInput) {
                try {
                    page.openEditor(editorInput, editor.editorId(), false);
                } catch (PartInitException e) {
                    System.getLogger(DiskChanges.class.getName()).log(System.Logger.Level.WARNING,
                            "not reopened after the reload: " + editorInput.getName() + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
        }
    }

    /** Closes the model and its editors; returns what is needed to reopen the editors. */
    private static List<Reopenable> close(IWorkbenchPage page, ModelDocument document) {
        List<IEditorReference> editors = new ArrayList<>();
        List<Reopenable> reopenable = new ArrayList<>();
        for (IEditorReference reference : page.getEditorReferences()) {
            try {
                IEditorInput input = reference.getEditorInput();
                if (input.getAdapter(ModelDocument.class) == document) {
                    editors.add(reference);
                    IPersistableElement persistable = input.getPersistable();
                    if (persistable != null) {
                        XMLMemento memento = XMLMemento.createWriteRoot("editor"); //$NON-NLS-1$
                        persistable.saveState(memento);
                        reopenable.add(new Reopenable(reference.getId(), persistable.getFactoryId(), memento));
                    }
                }
            } catch (PartInitException unrestored) {
                // an editor that cannot give its input does not hold this model
            }
        }
        page.closeEditors(editors.toArray(IEditorReference[]::new), false);
        OpenModels.get().close(document);
        return reopenable;
    }

    /**
     * Before saving: true when the save may go ahead (the file is unchanged, or the user said overwrite);
     * otherwise the save is cancelled ({@code monitor}, when given, says so to the workbench).
     */
    public static boolean confirmSave(Shell shell, ModelDocument document, IProgressMonitor monitor) {
        if (document.diskChange() == DiskState.Change.NONE) {
            return true;
        }
        if (prompt.overwrite(shell, document)) {
            document.keepDespiteDiskChange();
            return true;
        }
        if (monitor != null) {
            monitor.setCanceled(true);
        }
        return false;
    }

    /** The dialogs a user sees. */
    private static final class DialogPrompt implements Prompt {
        @Override
        public Answer changed(Shell shell, ModelDocument document, DiskState.Change change) {
            if (change == DiskState.Change.DELETED) {
                int choice = new MessageDialog(shell, Messages.DiskChanges_removedTitle, null,
                        NLS.bind(document.isDirty() ? Messages.DiskChanges_removedUnsaved : Messages.DiskChanges_removed, document.name(),
                                document.file()), MessageDialog.WARNING, 0, Messages.DiskChanges_keepOpen, Messages.DiskChanges_close)
                        .open();
                return choice == 1 ? Answer.RELOAD : Answer.KEEP;
            }
            String[] buttons = {Messages.DiskChanges_reload, Messages.DiskChanges_keepMine};
            int choice = new MessageDialog(shell, Messages.DiskChanges_changedTitle, null,
                    NLS.bind(document.isDirty() ? Messages.DiskChanges_changedUnsaved : Messages.DiskChanges_changed, document.name(),
                            document.file()),
                    MessageDialog.QUESTION, document.isDirty() ? 1 : 0, buttons).open();
            return choice == 0 ? Answer.RELOAD : Answer.KEEP;
        }

        @Override
        public boolean overwrite(Shell shell, ModelDocument document) {
            return new MessageDialog(shell, Messages.DiskChanges_overwriteTitle, null,
                    NLS.bind(Messages.DiskChanges_overwriteQuestion, document.name()), MessageDialog.WARNING, 1,
                    Messages.DiskChanges_overwrite, IDialogConstants.CANCEL_LABEL).open() == 0;
        }

        @Override
        public void unreadable(Shell shell, ModelDocument document, ModelLoadException problem) {
            MessageDialog.openWarning(shell, Messages.DiskChanges_unreadableTitle,
                    NLS.bind(Messages.DiskChanges_unreadable, document.name(), problem.getMessage()));
        }
    }
}
