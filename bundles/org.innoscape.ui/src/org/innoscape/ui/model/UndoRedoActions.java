package org.innoscape.ui.model;

import java.util.function.Supplier;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.innoscape.ui.internal.Messages;

/**
 * Undo and redo for whichever model a part currently shows, registered as the part's handlers for
 * the workbench's Edit > Undo/Redo (Ctrl+Z / Ctrl+Y).
 */
public final class UndoRedoActions {
    private final Supplier<ModelDocument> current;
    private final Action undo = new Action() {
        @Override
        public void run() {
            stack().ifPresent(CommandStack::undo);
        }
    };
    private final Action redo = new Action() {
        @Override
        public void run() {
            stack().ifPresent(CommandStack::redo);
        }
    };

    public UndoRedoActions(Supplier<ModelDocument> current) {
        this.current = current;
    }

    public void register(IActionBars bars) {
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        update();
    }

    /** Refreshes enablement and labels ("Undo Set"…); call after changes or a new selection. */
    public void update() {
        var stack = stack();
        undo.setEnabled(stack.map(CommandStack::canUndo).orElse(false));
        redo.setEnabled(stack.map(CommandStack::canRedo).orElse(false));
        undo.setText(NLS.bind(Messages.UndoRedoActions_undo,
                stack.map(s -> s.getUndoCommand() == null ? "" : s.getUndoCommand().getLabel()).orElse(""))); //$NON-NLS-1$ //$NON-NLS-2$
        redo.setText(NLS.bind(Messages.UndoRedoActions_redo,
                stack.map(s -> s.getRedoCommand() == null ? "" : s.getRedoCommand().getLabel()).orElse(""))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private java.util.Optional<CommandStack> stack() {
        ModelDocument document = current.get();
        return java.util.Optional.ofNullable(document).map(d -> d.editingDomain().getCommandStack());
    }
}
