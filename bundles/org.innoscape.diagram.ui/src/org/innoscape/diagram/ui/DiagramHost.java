package org.innoscape.diagram.ui;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.innoscape.diagram.view.ViewNode;

/** What canvas interaction needs from the editor around it. */
interface DiagramHost {

    EditingDomain editingDomain();

    /** Runs a command on the model's command stack; false (and nothing changed) when it cannot run. */
    boolean execute(Command command);

    PaletteTool activeTool();

    /** Back to the selection tool after a creation, as palette tools do by default. */
    void toolDone();

    void deleteSelection();

    void directEdit(ViewNode node);

    /** Puts the keyboard in the diagram's Find box (Ctrl+F). */
    void focusFind();
}
