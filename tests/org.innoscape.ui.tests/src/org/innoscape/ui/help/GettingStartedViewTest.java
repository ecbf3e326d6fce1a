package org.innoscape.ui.help;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.innoscape.tests.support.Workbenches;
import org.innoscape.ui.model.OpenModels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The getting-started page: every link names a command the product has, and the first one works. */
class GettingStartedViewTest {
    private static final Pattern LINK = Pattern.compile("<a href=\"([^\"]+)\">");

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

    @AfterEach
    void close() {
        Workbenches.closeEverything();
    }

    @Test
    void everyLinkRunsADefinedCommand() {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        int links = 0;
        for (GettingStartedView.Step step : GettingStartedView.STEPS) {
            Matcher matcher = LINK.matcher(step.text());
            while (matcher.find()) {
                links++;
                assertTrue(commands.getCommand(matcher.group(1)).isDefined(), "no command " + matcher.group(1) + " in: " + step.heading());
            }
        }
        assertTrue(links >= 5, "the steps link to the commands they describe");
    }

    @Test
    void theHelpCommandShowsThePageAndItsFirstLinkOpensTheExample() throws Exception {
        PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class)
                .executeCommand("org.innoscape.ui.commands.gettingStarted", null);
        GettingStartedView view = (GettingStartedView) page.findView(GettingStartedView.ID);
        assertTrue(view != null, "Help > Getting Started shows the page");
        assertFalse(OpenModels.get().documents().stream().anyMatch(d -> d.name().contains("england")), "nothing open yet");
        view.run("org.innoscape.ui.commands.openExample");
        assertTrue(OpenModels.get().documents().stream().anyMatch(d -> d.system().getInitiatives().size() > 50), "the example is open");
        page.hideView(view);
    }
}
