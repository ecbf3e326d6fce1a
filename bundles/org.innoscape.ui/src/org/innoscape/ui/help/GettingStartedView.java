package org.innoscape.ui.help;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
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

/**
 * Help > Getting Started: the first ten minutes, as steps whose links run the commands they name
 * (so the page never drifts from what the product does).
 */
public class GettingStartedView extends ViewPart {
    public static final String ID = "org.innoscape.ui.views.gettingStarted";

    /** One step: a heading, and text in which {@code <a href="command id">words</a>} runs a command. */
    record Step(String heading, String text) {
    }

    static final List<Step> STEPS = List.of(
            new Step("1. Open the example (1 minute)",
                    "<a href=\"org.innoscape.ui.commands.openExample\">Open the England 2021 example</a>: the national programmes "
                            + "of the source blog post and the report's actors, relationships, drivers and recommendations. The Model Explorer groups "
                            + "them by kind; type in its filter box to find one."),
            new Step("2. Look at one element (1 minute)",
                    "Select an initiative in the explorer. The Properties view shows and edits every attribute: owners, "
                            + "stages, drivers, funding recipients. Edit > Undo takes any change back."),
            new Step("3. Check the system (2 minutes)",
                    "<a href=\"org.innoscape.ui.commands.runAnalyses\">Run Analyses</a> (in the toolbar too): the analyses report gaps (no support for adopters, no rapid evaluation, "
                            + "drivers nobody addresses) and duplication between initiatives. Double-click a finding to select "
                            + "its element. Choose which analyses run in <a href=\"org.eclipse.ui.window.preferences\">Preferences</a>."),
            new Step("4. Draw it (3 minutes)",
                    "<a href=\"org.innoscape.diagram.ui.newDiagram\">Create a diagram</a>: a stakeholder network, the "
                            + "innovation pathway landscape or the driver coverage map. Arrange lays it out; the toolbar adds "
                            + "finding badges, duplicate links and centrality as overlays; export as PNG or SVG."),
            new Step("5. Bring your own data (3 minutes)",
                    "<a href=\"org.innoscape.ui.commands.newModel\">Start a new model</a> from the default template, then "
                            + "<a href=\"org.innoscape.io.ui.import\">import your programme register</a> (CSV, Excel or a STIP "
                            + "Compass export). The import checks every row first and imports nothing until it is clean. "
                            + "Templates of the registers are in plugins/org.innoscape.examples_*/registers/ of the installation."),
            new Step("Without the desktop",
                    "The same analyses run headless: ./innoscape analyze MODEL --format html --output report.html. "
                            + "./innoscape help lists every command."));

    @Override
    public void createPartControl(Composite parent) {
        ScrolledComposite scrolled = new ScrolledComposite(parent, SWT.V_SCROLL);
        Composite page = new Composite(scrolled, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(16, 12).spacing(6, 4).applyTo(page);
        Font bold = boldFont(parent);
        List<Link> paragraphs = new ArrayList<>();
        Label title = new Label(page, SWT.NONE);
        title.setText("Getting started with Innoscape");
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
            getViewSite().getActionBars().getStatusLineManager().setErrorMessage("This step needs a part of Innoscape that is not installed.");
        } catch (Exception e) {
            getViewSite().getActionBars().getStatusLineManager().setErrorMessage(e.getMessage() == null
                    ? "That step cannot run now; open a model first." : e.getMessage());
        }
    }

    @Override
    public void setFocus() {
        // nothing to focus; the links take focus when clicked
    }
}
