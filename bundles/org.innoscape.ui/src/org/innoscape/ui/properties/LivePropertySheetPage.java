package org.innoscape.ui.properties;

import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.innoscape.ui.model.OpenModels;

/**
 * The Properties view's page for Innoscape's parts. The standard page refreshes only when the
 * selection changes, so a rename in a diagram, an undo or an import left it showing old values;
 * this one also refreshes after every change to any open model (once per burst of changes).
 */
public final class LivePropertySheetPage extends PropertySheetPage {
    private final Runnable modelsChanged = this::refreshSoon;
    private boolean refreshPending;

    public LivePropertySheetPage() {
        OpenModels.get().addListener(modelsChanged);
    }

    /** What a part's {@code getAdapter} returns for {@code adapter}: a new page, or null when it asks for something else. */
    public static <T> T adapt(Class<T> adapter) {
        return adapter == IPropertySheetPage.class ? adapter.cast(new LivePropertySheetPage()) : null;
    }

    private void refreshSoon() {
        Control control = getControl();
        if (refreshPending || control == null || control.isDisposed()) {
            return;
        }
        refreshPending = true;
        control.getDisplay().asyncExec(() -> {
            refreshPending = false;
            if (!control.isDisposed()) {
                refresh();
            }
        });
    }

    @Override
    public void dispose() {
        OpenModels.get().removeListener(modelsChanged);
        super.dispose();
    }
}
