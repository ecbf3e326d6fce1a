package org.innoscape.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.innoscape.ui.InnoscapeUi;
import org.innoscape.ui.log.LoggedProblems;
import org.innoscape.ui.model.ExampleModelCopy;
import org.innoscape.ui.model.FirstDiagram;
import org.innoscape.ui.model.ModelOpener;

/** Opens Innoscape windows in the Innoscape perspective and remembers the layout between sessions. */
public class InnoscapeWorkbenchAdvisor extends WorkbenchAdvisor {

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        configurer.setSaveAndRestore(true);
        LoggedProblems.install(Platform.getLog(InnoscapeWorkbenchAdvisor.class));
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return InnoscapeUi.PERSPECTIVE_ID;
    }

    /** Opens what the command line asked for: {@code --open FILE} and/or {@code --example}. */
    @Override
    public void postStartup() {
        StartupArguments arguments = StartupArguments.parse(Platform.getApplicationArgs());
        var window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
        if (window == null) {
            return;
        }
        if (arguments.example()) {
            try {
                FirstDiagram.show(window, ModelOpener.open(window.getActivePage(), ExampleModelCopy.england2021()));
            } catch (java.io.IOException e) {
                MessageDialog.openError(window.getShell(), Messages.InnoscapeWorkbenchAdvisor_exampleTitle,
                        NLS.bind(Messages.InnoscapeWorkbenchAdvisor_example, e.getMessage()));
            }
        }
        for (Path file : arguments.files()) {
            ModelOpener.open(window.getActivePage(), file);
        }
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new InnoscapeWindowAdvisor(configurer);
    }
}
