package org.innoscape.io.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.innoscape.analysis.Analysis;
import org.innoscape.analysis.AnalysisRegistry;
import org.innoscape.analysis.AnalysisResult;
import org.innoscape.analysis.AnalysisRunner;
import org.innoscape.diagram.DiagramTypes;
import org.innoscape.model.InnovationSystem;
import org.innoscape.publish.PublishedSite;
import org.innoscape.publish.SitePublisher;
import org.innoscape.ui.model.CurrentModel;
import org.innoscape.ui.model.ModelDocument;
import org.innoscape.ui.model.ModelFolders;

/**
 * File > Publish as Web Site...: the current model as a static site in a folder beside it, written
 * in the background (with progress and cancel) from a copy taken when the command runs, so editing
 * can go on meanwhile. When it is done, the site can be opened in the system's browser.
 */
public final class PublishSiteHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        Shell shell = window.getShell();
        ModelDocument document = CurrentModel.of(window.getActivePage());
        if (document == null) {
            MessageDialog.openInformation(shell, Messages.PublishSiteHandler_title, Messages.PublishSiteHandler_noModel);
            return null;
        }
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText(Messages.PublishSiteHandler_title);
        dialog.setMessage(NLS.bind(Messages.PublishSiteHandler_where, siteName(document)));
        Path suggested = ModelFolders.suggested(window.getActivePage());
        if (suggested != null) {
            dialog.setFilterPath(suggested.toString());
        }
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        Path site = Path.of(chosen).resolve(siteName(document));
        if (document.file().toAbsolutePath().normalize().startsWith(site.toAbsolutePath().normalize())) {
            MessageDialog.openError(shell, Messages.PublishSiteHandler_title, NLS.bind(Messages.PublishSiteHandler_modelInside, site));
            return null;
        }
        Display display = shell.getDisplay();
        schedule(document, site, published -> display.asyncExec(() -> {
            if (!shell.isDisposed() && MessageDialog.openQuestion(shell, Messages.PublishSiteHandler_publishedTitle,
                    NLS.bind(Messages.PublishSiteHandler_published, published.pages(), published.folder()))) {
                Program.launch(published.home().toString());
            }
        }));
        return null;
    }

    private static String siteName(ModelDocument document) {
        String file = document.file().getFileName().toString();
        return (file.endsWith(".innoscape") ? file.substring(0, file.length() - ".innoscape".length()) : file) + "-site"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** Publishes a copy of the document's model into {@code folder} in a background job. */
    public static Job schedule(ModelDocument document, Path folder, Consumer<PublishedSite> onDone) {
        InnovationSystem copy = EcoreUtil.copy(document.system());
        String footer = NLS.bind(Messages.PublishSiteHandler_footer, document.file().getFileName());
        Job job = new Job(NLS.bind(Messages.PublishSiteHandler_job, document.file().getFileName())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                SubMonitor progress = SubMonitor.convert(monitor, 10);
                try {
                    List<Analysis> analyses = AnalysisRegistry.installed().enabledByDefault().stream().map(AnalysisRegistry.Entry::analysis)
                            .toList();
                    AnalysisResult findings = AnalysisRunner.run(copy, analyses, Map.of(), progress.split(4));
                    PublishedSite site = SitePublisher.publish(copy, findings, DiagramTypes.installed(), folder, footer, progress.split(6));
                    onDone.accept(site);
                    return Status.OK_STATUS;
                } catch (OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                } catch (IOException e) {
                    return Status.error(NLS.bind(Messages.PublishSiteHandler_failed, folder, e.getMessage()), e);
                }
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }
}
