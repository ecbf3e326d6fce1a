package org.innoscape.ui.log;

import org.eclipse.jface.action.ContributionItem;
import org.eclipse.jface.action.StatusLineLayoutData;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.events.MouseAdapter;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.innoscape.ui.CoalescedRefresh;
import org.innoscape.ui.internal.Messages;

/**
 * The status line's count of logged warnings and errors: empty when there are none, a double-click
 * (or a click) opens the Log view.
 */
public final class LogStatusItem extends ContributionItem {
    public static final String ID = "org.innoscape.ui.status.log"; //$NON-NLS-1$
    private final IWorkbenchWindow window;
    private final CoalescedRefresh updateSoon = new CoalescedRefresh(() -> this.label, () -> {
        text = describe();
        show();
    });
    private final Runnable onLogged = updateSoon::request;
    private CLabel label;
    private String text = ""; //$NON-NLS-1$

    public LogStatusItem(IWorkbenchWindow window) {
        super(ID);
        this.window = window;
        LoggedProblems.get().addListener(onLogged);
        text = describe();
    }

    @Override
    public void fill(Composite parent) {
        label = new CLabel(parent, SWT.SHADOW_NONE);
        StatusLineLayoutData layout = new StatusLineLayoutData();
        GC gc = new GC(parent);
        layout.widthHint = gc.textExtent(NLS.bind(Messages.LogStatusItem_many, 999)).x + 12;
        gc.dispose();
        label.setLayoutData(layout);
        text = describe();
        label.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseUp(MouseEvent event) {
                showLog();
            }
        });
        show();
    }

    private void showLog() {
        try {
            if (window.getActivePage() != null) {
                window.getActivePage().showView(LogView.ID);
            }
        } catch (PartInitException e) {
            // the view is part of this bundle; nothing else to show it in
        }
    }

    private void show() {
        if (label != null && !label.isDisposed()) {
            label.setText(text);
            label.setToolTipText(text.isEmpty() ? null : Messages.LogStatusItem_tooltip);
        }
    }

    private static String describe() {
        int count = LoggedProblems.get().entries().size();
        return count == 0 ? "" : NLS.bind(count == 1 ? Messages.LogStatusItem_one : Messages.LogStatusItem_many, count); //$NON-NLS-1$
    }

    /** The text shown (for tests). */
    public String shownText() {
        return text;
    }

    @Override
    public void dispose() {
        LoggedProblems.get().removeListener(onLogged);
        super.dispose();
    }
}
