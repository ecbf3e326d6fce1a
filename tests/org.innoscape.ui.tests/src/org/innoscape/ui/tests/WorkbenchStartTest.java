package org.innoscape.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.innoscape.ui.InnoscapeUi;
import org.junit.jupiter.api.Test;

/** The product starts into the Innoscape perspective with its views open. */
class WorkbenchStartTest {

    @Test
    void workbenchOpensTheInnoscapePerspectiveWithItsViews() {
        assertTrue(PlatformUI.isWorkbenchRunning(), "the workbench should be running");
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "an Innoscape window should be open");
        IWorkbenchPage page = window.getActivePage();
        assertEquals(InnoscapeUi.PERSPECTIVE_ID, page.getPerspective().getId());
        assertTrue(window.getShell().getText().startsWith(InnoscapeUi.WINDOW_TITLE),
                "window title was '" + window.getShell().getText() + "'");

        var openViews = Arrays.stream(page.getViewReferences()).map(IViewReference::getId).toList();
        assertTrue(openViews.contains(InnoscapeUi.MODEL_EXPLORER_VIEW_ID), "open views: " + openViews);
        assertTrue(openViews.contains(IPageLayout.ID_PROP_SHEET), "open views: " + openViews);
        assertTrue(openViews.contains(IPageLayout.ID_OUTLINE), "open views: " + openViews);
        assertTrue(openViews.contains(InnoscapeUi.FINDINGS_VIEW_ID), "open views: " + openViews);
        assertTrue(openViews.contains(InnoscapeUi.NETWORK_METRICS_VIEW_ID), "open views: " + openViews);
        assertTrue(openViews.contains(InnoscapeUi.LANDSCAPE_VIEW_ID), "open views: " + openViews);
        assertNotNull(page.findView(InnoscapeUi.MODEL_EXPLORER_VIEW_ID), "the model explorer should be created");
    }

    @Test
    void windowShowViewListsTheViewsSoAClosedOneCanComeBack() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Menu windowMenu = submenu(window.getShell().getMenuBar(), "Window");
        Menu showView = submenu(windowMenu, "Show View");
        List<String> views = texts(showView);
        assertTrue(views.containsAll(List.of("Model Explorer", "Findings", "Network Metrics", "Landscape", "Other...")),
                "Show View offers " + views);
    }

    /** The submenu of the item whose text (mnemonics aside) starts with {@code label}, filled as when it opens. */
    private static Menu submenu(Menu menu, String label) {
        for (MenuItem item : menu.getItems()) {
            if (item.getText().replace("&", "").startsWith(label) && item.getMenu() != null) {
                item.getMenu().notifyListeners(SWT.Show, new Event());
                return item.getMenu();
            }
        }
        throw new AssertionError("no menu " + label + " in " + texts(menu));
    }

    private static List<String> texts(Menu menu) {
        return Arrays.stream(menu.getItems()).map(item -> item.getText().replace("&", "").split("\t")[0]).toList();
    }

    @Test
    void productDefinesNameAndAboutText() {
        var product = org.eclipse.core.runtime.Platform.getProduct();
        assertNotNull(product, "the Innoscape product should be active");
        assertEquals("Innoscape", product.getName());
        String about = product.getProperty("aboutText");
        assertNotNull(about);
        assertTrue(about.contains("Version: {0}"), about);
    }

    @Test
    void aboutMappingsNameTheBundleVersion() throws Exception {
        var bundle = org.eclipse.core.runtime.Platform.getBundle(InnoscapeUi.PLUGIN_ID);
        var properties = new java.util.Properties();
        try (var in = bundle.getEntry("about.mappings").openStream()) {
            properties.load(in);
        }
        var version = bundle.getVersion();
        assertEquals(version.getMajor() + "." + version.getMinor() + "." + version.getMicro(), properties.getProperty("0"));
    }
}
