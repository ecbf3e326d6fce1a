package org.innoscape.analysis.ui.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.innoscape.analysis.AnalysisRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Preferences > Analyses: choices are checked, stored, and decide what the Findings view runs. */
class AnalysisPreferencesTest {
    private static final String STRUCTURE = "alignment.structure";
    private static final String FUNDING = "alignment.funding-recipients";

    private final IEclipsePreferences node = InstanceScope.INSTANCE.getNode("org.innoscape.ui.tests.analysis-preferences");
    private final AnalysisRegistry registry = AnalysisRegistry.fromExtensions();
    private final AnalysisPreferences preferences = new AnalysisPreferences(node);
    private Shell shell;

    @AfterEach
    void clean() throws Exception {
        if (shell != null) {
            shell.dispose();
        }
        node.removeNode();
    }

    @Test
    void aDisabledAnalysisIsNotRunAndParametersArePassedOn() throws Exception {
        AnalysisPreferencePage page = new AnalysisPreferencePage(registry, preferences);
        shell = new Shell(Display.getCurrent());
        page.createControl(shell);

        page.type(FUNDING, "max-innovator-only-share", "1.5");
        assertFalse(page.isValid(), "out of range");
        assertTrue(page.getErrorMessage().contains("expected a value from 0.0 to 1.0, got 1.5"), page.getErrorMessage());
        page.type(FUNDING, "max-innovator-only-share", "0.3");
        assertTrue(page.isValid());
        page.check(STRUCTURE, false);
        assertTrue(page.performOk());

        AnalysisPreferences reread = new AnalysisPreferences(node);
        assertFalse(reread.enabledAnalyses(registry).stream().anyMatch(a -> a.descriptor().id().equals(STRUCTURE)));
        assertTrue(reread.enabledAnalyses(registry).stream().anyMatch(a -> a.descriptor().id().equals(FUNDING)));
        assertEquals(Map.of(FUNDING, Map.of("max-innovator-only-share", "0.3")), reread.parameters(registry));

        page.performDefaults();
        assertTrue(page.performOk());
        assertTrue(new AnalysisPreferences(node).enabledAnalyses(registry).stream().anyMatch(a -> a.descriptor().id().equals(STRUCTURE)));
        assertEquals(Map.of(), new AnalysisPreferences(node).parameters(registry), "defaults store nothing");
    }

    @Test
    void anAnalysisWithManyParametersKeepsTheListAndShowsEveryParameter() {
        AnalysisPreferencePage page = new AnalysisPreferencePage(registry, preferences);
        shell = new Shell(Display.getCurrent());
        shell.setLayout(new org.eclipse.swt.layout.FillLayout());
        page.createControl(shell);
        shell.setSize(640, 560); // about what the preference dialog gives a page
        shell.layout(true, true);
        int before = page.listHeight();
        page.select("duplication.initiatives");
        shell.layout(true, true);
        // Only the description (a few lines longer) may take some room; fifteen parameters must not.
        assertTrue(page.listHeight() >= 150, "the list keeps most of its height: " + before + " -> " + page.listHeight());
        int expected = registry.find("duplication.initiatives").orElseThrow().descriptor().parameters().size();
        assertEquals(expected, page.parameterFields(), "every parameter has a field (they scroll)");
    }
}
