package org.innoscape.ui.handlers;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.innoscape.ui.model.ModelOpener;
import org.innoscape.ui.model.NewModels;

/** File > New Model…: a new model file, from the default template or empty, then opened. */
public class NewModelHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        FileDialog dialog = new FileDialog(window.getShell(), SWT.SAVE);
        dialog.setText("New Innoscape model");
        dialog.setFilterExtensions(new String[] {"*.innoscape"});
        dialog.setFileName("new-model.innoscape");
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        Path file = Path.of(chosen.endsWith(".innoscape") ? chosen : chosen + ".innoscape");
        boolean template = MessageDialog.openQuestion(window.getShell(), "New Innoscape model",
                "Start from the default template: the six drivers of innovation, the two cross-cutting themes, the pathway "
                        + "stages and the usual target groups?\n\n(Choose No for an empty model.)");
        String name = file.getFileName().toString().replaceFirst("\\.innoscape$", "");
        try {
            NewModels.create(file, name, template);
        } catch (IOException e) {
            MessageDialog.openError(window.getShell(), "Cannot create the model", e.getMessage());
            return null;
        }
        ModelOpener.open(window.getActivePage(), file);
        return null;
    }
}
