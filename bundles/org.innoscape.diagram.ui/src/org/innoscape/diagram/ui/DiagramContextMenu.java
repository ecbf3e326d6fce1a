package org.innoscape.diagram.ui;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.Separator;
import org.innoscape.diagram.description.Arrangement;
import org.innoscape.diagram.edit.DiagramCommands;
import org.innoscape.diagram.ui.internal.Messages;

/** The canvas context menu, built fresh for the current selection each time it opens. */
final class DiagramContextMenu {
    private final DiagramEditor editor;

    DiagramContextMenu(DiagramEditor editor) {
        this.editor = editor;
    }

    void fill(IMenuManager menu) {
        DiagramCanvas canvas = editor.canvas();
        boolean hasSelection = !canvas.selection().isEmpty();
        boolean free = editor.description().getArrangement() == Arrangement.FREE;
        menu.add(item(Messages.DiagramContextMenu_rename, canvas.selectedNodes().size() == 1
                && canvas.selectedNodes().get(0).mapping().getLabelFeature() != null,
                () -> editor.directEdit(canvas.selectedNodes().get(0))));
        menu.add(new Separator());
        menu.add(item(Messages.DiagramContextMenu_removeFromDiagram, hasSelection, editor::removeFromDiagram));
        menu.add(item(Messages.DiagramContextMenu_deleteFromModel, hasSelection, editor::deleteSelection));
        menu.add(new Separator());
        menu.add(item(Messages.DiagramContextMenu_copy, !canvas.selectedNodes().isEmpty() && free, editor::copy));
        menu.add(item(Messages.DiagramContextMenu_paste, editor.canPaste(), editor::paste));
        menu.add(item(Messages.DiagramContextMenu_selectAll, true, editor::selectAll));
        menu.add(new Separator());
        menu.add(item(Messages.DiagramContextMenu_arrangeSelection, free && canvas.selectedNodes().size() > 1, () -> editor.arrange(true)));
        menu.add(item(Messages.DiagramContextMenu_arrangeAll, free, () -> editor.arrange(false)));
        menu.add(item(Messages.DiagramContextMenu_showHidden, !editor.diagram().getHiddenElements().isEmpty(),
                () -> editor.execute(DiagramCommands.showHidden(editor.editingDomain(), editor.diagram()))));
        menu.add(new Separator());
        menu.add(item(Messages.DiagramContextMenu_exportPng, true, () -> editor.exportImage(false)));
        menu.add(item(Messages.DiagramContextMenu_exportSvg, true, () -> editor.exportImage(true)));
    }

    private static Action item(String label, boolean enabled, Runnable run) {
        Action action = new Action(label) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setEnabled(enabled);
        return action;
    }
}
