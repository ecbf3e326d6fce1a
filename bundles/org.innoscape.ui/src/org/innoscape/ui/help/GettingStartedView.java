package org.innoscape.ui.help;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;
import org.innoscape.ui.internal.Messages;

/**
 * Help > Getting Started: the first ten minutes, as steps whose links run the commands they name
 * (so the page never drifts from what the product does).
 */
public class GettingStartedView extends ViewPart {
    public static final String ID = "org.innoscape.ui.views.gettingStarted"; //$NON-NLS-1$

    /** One step: a heading, and text in which {@code <a href="command id">words</a>} runs a command. */
    record Step(String heading, String text) {
    }

    static final List<Step> STEPS = List.of(
            new Step(Messages.GettingStartedView_step1,
                    NLS.bind(Messages.GettingStartedView_step1Text, "org.innoscape.ui.commands.openExample")), //$NON-NLS-1$
            new Step(Messages.GettingStartedView_step2, Messages.GettingStartedView_step2Text),
            new Step(Messages.GettingStartedView_step3, NLS.bind(Messages.GettingStartedView_step3Text,
                    "org.innoscape.ui.commands.runAnalyses", "org.eclipse.ui.window.preferences")), //$NON-NLS-1$ //$NON-NLS-2$
            new Step(Messages.GettingStartedView_step4,
                    NLS.bind(Messages.GettingStartedView_step4Text, "org.innoscape.diagram.ui.newDiagram")), //$NON-NLS-1$
            new Step(Messages.GettingStartedView_step5, NLS.bind(Messages.GettingStartedView_step5Text,
                    "org.innoscape.ui.commands.newModel", "org.innoscape.io.ui.import")), //$NON-NLS-1$ //$NON-NLS-2$
            new Step(Messages.GettingStartedView_step6, Messages.GettingStartedView_step6Text));

    @Override
    public void createPartControl(Composite parent) {
        ScrolledComposite scrolled = new ScrolledComposite(parent, SWT.V_SCROLL);
        Composite page = new Composite(scrolled, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(16, 12).spacing(6, 4).applyTo(page);
        Font bold = boldFont(parent);
        List<Link> paragraphs = new ArrayList<>();
        Label title = new Label(page, SWT.NONE);
        title.setText(Messages.GettingStartedView_title);
        title.setFont(bold);
        for (Step step : STEPS) {
            Label heading = new Label(page, SWT.NONE);
            heading.setText(step.heading());
            heading.setFont(bold);
            GridDataFactory.fillDefaults().indent(0, 8).applyTo(heading);
            Link text = new Link(page, SWT.WRAP);
            text.setText(step.text());
            GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(text);
            paragraphs.add(text);
            text.addListener(SWT.Selection, event -> run(event.text));
        }
        scrolled.setContent(page);
        scrolled.setExpandHorizontal(true);
        scrolled.setExpandVertical(true);
        // The text wraps to the view's width (it often opens in a narrow column), scrolling only vertically.
        scrolled.addListener(SWT.Resize, event -> reflow(scrolled, page, paragraphs));
        reflow(scrolled, page, paragraphs);
        parent.addDisposeListener(e -> bold.dispose());
    }

    private static void reflow(ScrolledComposite scrolled, Composite page, List<Link> paragraphs) {
        int width = Math.max(220, scrolled.getClientArea().width);
        for (Link paragraph : paragraphs) {
            ((GridData) paragraph.getLayoutData()).widthHint = width - 64; // the page margins and a scroll bar
        }
        scrolled.setMinSize(page.computeSize(width, SWT.DEFAULT));
        page.layout(true);
    }

    private static Font boldFont(Composite parent) {
        FontData[] data = parent.getFont().getFontData();
        for (FontData each : data) {
            each.setStyle(SWT.BOLD);
        }
        return new Font(parent.getDisplay(), data);
    }

    /** Runs the command a link names; a command that is not available says so in the status line. */
    void run(String commandId) {
        IHandlerService handlers = getSite().getService(IHandlerService.class);
        try {
            handlers.executeCommand(commandId, null);
        } catch (NotDefinedException e) {
            getViewSite().getActionBars().getStatusLineManager().setErrorMessage(Messages.GettingStartedView_notInstalled);
        } catch (Exception e) {
            getViewSite().getActionBars().getStatusLineManager().setErrorMessage(e.getMessage() == null
                    ? Messages.GettingStartedView_cannotRun : e.getMessage());
        }
    }

    @Override
    public void setFocus() {
        // nothing to focus; the links take focus when clicked
    }
}
