package org.innoscape.ui.internal;

import org.eclipse.swt.events.ShellAdapter;
import org.eclipse.swt.events.ShellEvent;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.innoscape.ui.InnoscapeUi;
import org.innoscape.ui.model.DiskChanges;

/** Window title, size and the pieces of chrome an Innoscape window shows. */
public class InnoscapeWindowAdvisor extends WorkbenchWindowAdvisor {

    public InnoscapeWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new InnoscapeActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(new Point(1280, 800));
        configurer.setShowCoolBar(true);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setShowPerspectiveBar(false);
        configurer.setTitle(InnoscapeUi.WINDOW_TITLE);
    }

    /** Open models are compared with their files whenever the user comes back to the window or an editor. */
    @Override
    public void postWindowOpen() {
        IWorkbenchWindow window = getWindowConfigurer().getWindow();
        Shell shell = window.getShell();
        shell.addShellListener(new ShellAdapter() {
            @Override
            public void shellActivated(ShellEvent event) {
                shell.getDisplay().asyncExec(() -> DiskChanges.check(window));
            }
        });
        window.getPartService().addPartListener(new IPartListener2() {
            @Override
            public void partActivated(IWorkbenchPartReference reference) {
                if (reference instanceof IEditorReference) {
                    shell.getDisplay().asyncExec(() -> DiskChanges.check(window));
                }
            }
        });
    }
}
