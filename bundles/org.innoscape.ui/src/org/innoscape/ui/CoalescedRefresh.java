package org.innoscape.ui;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Control;

/**
 * Runs a refresh on the UI thread once after a burst of requests from any thread (model changes and
 * log records come many at a time), and never once its control is disposed. The one way our views and
 * pages follow changes.
 */
public final class CoalescedRefresh {
    private final Supplier<Control> control;
    private final Runnable refresh;
    private final AtomicBoolean pending = new AtomicBoolean();

    /** @param control the control the refresh draws on; may be null until it is created */
    public CoalescedRefresh(Supplier<Control> control, Runnable refresh) {
        this.control = control;
        this.refresh = refresh;
    }

    /** Asks for a refresh; does nothing when one is already pending or there is no control (yet or any more). */
    public void request() {
        Control target = control.get();
        if (target == null || target.isDisposed() || !pending.compareAndSet(false, true)) {
            return;
        }
        try {
            target.getDisplay().asyncExec(() -> {
                pending.set(false);
                if (!target.isDisposed()) {
                    refresh.run();
                }
            });
        } catch (SWTException disposedMeanwhile) {
            pending.set(false);
        }
    }
}
