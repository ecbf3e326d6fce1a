package org.innoscape.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.innoscape.ui.InnoscapeUi;
import org.innoscape.ui.help.GettingStartedView;

/**
 * The Innoscape perspective: the model explorer on the left, the editor area (models and diagrams)
 * in the middle, properties below, and the outline on the right. Views added by later bundles
 * place themselves through perspective extensions.
 */
public class InnoscapePerspective implements IPerspectiveFactory {
    public static final String LEFT_FOLDER = "org.innoscape.ui.folders.left"; //$NON-NLS-1$
    public static final String BOTTOM_FOLDER = "org.innoscape.ui.folders.bottom"; //$NON-NLS-1$
    public static final String RIGHT_FOLDER = "org.innoscape.ui.folders.right"; //$NON-NLS-1$

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(true);

        IFolderLayout left = layout.createFolder(LEFT_FOLDER, IPageLayout.LEFT, 0.22f, editorArea);
        left.addView(InnoscapeUi.MODEL_EXPLORER_VIEW_ID);

        IFolderLayout bottom = layout.createFolder(BOTTOM_FOLDER, IPageLayout.BOTTOM, 0.70f, editorArea);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addView(InnoscapeUi.FINDINGS_VIEW_ID);
        bottom.addView(InnoscapeUi.NETWORK_METRICS_VIEW_ID);
        bottom.addView(org.innoscape.ui.table.ElementTableView.ID);

        IFolderLayout right = layout.createFolder(RIGHT_FOLDER, IPageLayout.RIGHT, 0.74f, editorArea);
        // First start (no saved layout): Getting Started is what the user sees first; once closed it stays closed.
        right.addView(GettingStartedView.ID);
        right.addView(IPageLayout.ID_OUTLINE);
        right.addView(InnoscapeUi.LANDSCAPE_VIEW_ID);

        layout.addShowViewShortcut(InnoscapeUi.MODEL_EXPLORER_VIEW_ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(InnoscapeUi.FINDINGS_VIEW_ID);
        layout.addShowViewShortcut(InnoscapeUi.NETWORK_METRICS_VIEW_ID);
        layout.addShowViewShortcut(InnoscapeUi.LANDSCAPE_VIEW_ID);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        layout.addShowViewShortcut(org.innoscape.ui.log.LogView.ID);
        layout.addShowViewShortcut(org.innoscape.ui.table.ElementTableView.ID);
    }
}
