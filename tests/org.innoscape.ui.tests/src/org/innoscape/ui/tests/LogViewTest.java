package org.innoscape.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.internal.WorkbenchWindow;
import org.innoscape.analysis.AnalysisRegistry;
import org.innoscape.tests.support.Workbenches;
import org.innoscape.ui.log.LogStatusItem;
import org.innoscape.ui.log.LogView;
import org.innoscape.ui.log.LoggedProblems;
import org.junit.jupiter.api.Test;

/** Plug-in problems and other warnings reach the desktop: the Log view and the status line show them. */
class LogViewTest {

    @Test
    void aBrokenAnalysisPluginIsSkippedLoggedAndShown() throws Exception {
        // This test fragment contributes an analysis whose class does not exist (fragment.xml).
        AnalysisRegistry registry = AnalysisRegistry.fromExtensions();
        assertTrue(registry.problems().stream().anyMatch(p -> p.contains("test.broken")), registry.problems().toString());
        assertTrue(registry.find("test.broken").isEmpty(), "the broken analysis is not installed");
        List<String> logged = LoggedProblems.get().entries().stream().map(LoggedProblems.Entry::message).toList();
        assertTrue(logged.stream().anyMatch(m -> m.startsWith("analysis plug-in problem:") && m.contains("test.broken")),
                "logged: " + logged);

        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        LogView view = (LogView) page.showView(LogView.ID);
        Workbenches.processEvents();
        assertTrue(view.messages().stream().anyMatch(m -> m.contains("test.broken")), "shown: " + view.messages());
    }

    @Test
    void anyWarningReachesTheStatusLine() throws Exception {
        System.getLogger("org.innoscape.test").log(System.Logger.Level.WARNING, "a warning for the status line");
        Workbenches.processEvents();
        WorkbenchWindow window = (WorkbenchWindow) PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IContributionItem item = window.getActionBars().getStatusLineManager().find(LogStatusItem.ID);
        assertTrue(item instanceof LogStatusItem, "the status line has the log item");
        String text = ((LogStatusItem) item).shownText();
        assertTrue(text.matches("\\d+ problems? logged"), text);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        LogView view = (LogView) page.showView(LogView.ID);
        Workbenches.processEvents();
        assertTrue(view.messages().get(0).equals("a warning for the status line"), "newest first: " + view.messages());
    }
}
