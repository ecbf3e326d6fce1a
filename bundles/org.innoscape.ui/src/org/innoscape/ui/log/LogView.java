package org.innoscape.ui.log;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.innoscape.ui.CoalescedRefresh;
import org.innoscape.ui.TableColumns;
import org.innoscape.ui.internal.Messages;

/**
 * Warnings and errors logged in this session, newest first: plug-ins that could not be installed,
 * libraries' warnings, failures of background work. Like Eclipse's Error Log, but for Innoscape users.
 */
public class LogView extends ViewPart {
    public static final String ID = "org.innoscape.ui.views.log"; //$NON-NLS-1$
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT).withZone(ZoneId.systemDefault()); //$NON-NLS-1$

    private TableViewer viewer;
    private final CoalescedRefresh refreshSoon = new CoalescedRefresh(() -> viewer == null ? null : viewer.getControl(), this::refresh);
    private final Runnable onLogged = refreshSoon::request;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.MULTI);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        TableColumns.add(viewer, LoggedProblems.Entry.class, Messages.LogView_time, 80, entry -> TIME.format(entry.time()));
        TableColumns.add(viewer, LoggedProblems.Entry.class, Messages.LogView_level, 80, entry -> entry.level().getName());
        TableColumns.add(viewer, LoggedProblems.Entry.class, Messages.LogView_message, 700,
                entry -> entry.message() + (entry.thrown() == null ? "" : " (" + entry.thrown() + ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        TableColumns.add(viewer, LoggedProblems.Entry.class, Messages.LogView_source, 260, LoggedProblems.Entry::source);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        getViewSite().getActionBars().getToolBarManager().add(new Action(Messages.LogView_clear) {
            @Override
            public void run() {
                LoggedProblems.get().clear();
            }
        });
        LoggedProblems.get().addListener(onLogged);
        refresh();
    }

    private void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        List<LoggedProblems.Entry> entries = new java.util.ArrayList<>(LoggedProblems.get().entries());
        java.util.Collections.reverse(entries);
        viewer.setInput(entries);
    }

    /** The rows as shown, newest first (for tests). */
    public List<String> messages() {
        return java.util.Arrays.stream(viewer.getTable().getItems()).map(item -> item.getText(2)).toList();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        LoggedProblems.get().removeListener(onLogged);
        super.dispose();
    }
}
