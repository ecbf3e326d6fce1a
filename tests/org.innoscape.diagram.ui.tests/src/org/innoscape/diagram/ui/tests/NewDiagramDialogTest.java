package org.innoscape.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.innoscape.diagram.DiagramTypes;
import org.innoscape.diagram.ui.NewDiagramDialog;
import org.innoscape.examples.EnglandHealthInnovation2021;
import org.junit.jupiter.api.Test;

/** The New Diagram dialog names diagram plugins that could not be installed. */
class NewDiagramDialogTest {

    @Test
    void pluginProblemsAreShownAndASoundInstallShowsNone() {
        String problem = "org.example.broken: extending 'org.innoscape.diagram.stakeholderNetwork' failed: boom";
        assertTrue(texts(problem).stream().anyMatch(text -> text.contains(problem)), texts(problem).toString());
        assertEquals(List.of(), DiagramTypes.installed().problems());
        assertTrue(texts(null).stream().noneMatch(text -> text.contains("could not be installed")));
    }

    @Test
    void theDialogSaysWhichModelTheDiagramGoesInto() {
        String model = EnglandHealthInnovation2021.build().getName();
        assertTrue(texts(null).stream().anyMatch(text -> text.contains(model)), texts(null).toString());
    }

    /** The labels of the dialog, opened with this problem (or none), then closed. */
    private static List<String> texts(String problem) {
        Shell shell = new Shell(Display.getCurrent());
        NewDiagramDialog dialog = new NewDiagramDialog(shell, DiagramTypes.installed().all(),
                EnglandHealthInnovation2021.build(), problem == null ? List.of() : List.of(problem));
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            List<String> texts = new ArrayList<>();
            collect(dialog.getShell(), texts);
            return texts;
        } finally {
            dialog.close();
            shell.dispose();
        }
    }

    private static void collect(Control control, List<String> texts) {
        if (control instanceof Label label) {
            texts.add(label.getText());
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, texts);
            }
        }
    }
}
