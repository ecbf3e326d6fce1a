package org.innoscape.diagram.ui;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;
import org.innoscape.diagram.view.ViewNode;

/** In-place editing of a node's label: Enter or clicking away commits, Esc cancels. */
final class DirectEdit {
    private final DiagramCanvas canvas;
    private final ViewNode node;
    private final Consumer<String> commit;
    private boolean done;

    DirectEdit(DiagramCanvas canvas, ViewNode node, Consumer<String> commit) {
        this.canvas = canvas;
        this.node = node;
        this.commit = commit;
    }

    Text open() {
        Text text = new Text(canvas, SWT.BORDER | SWT.MULTI | SWT.WRAP);
        Object current = node.element().eGet(node.mapping().getLabelFeature());
        text.setText(current == null ? "" : current.toString()); //$NON-NLS-1$
        int[] topLeft = canvas.toScreen(node.bounds().x(), node.bounds().y());
        int width = (int) Math.max(120, node.bounds().width() * canvas.zoom());
        int height = (int) Math.max(40, node.bounds().height() * canvas.zoom());
        text.setBounds(topLeft[0], topLeft[1], width, height);
        text.selectAll();
        text.setFocus();
        text.addListener(SWT.KeyDown, event -> {
            if (event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR) {
                event.doit = false;
                finish(text, true);
            } else if (event.keyCode == SWT.ESC) {
                finish(text, false);
            }
        });
        text.addListener(SWT.FocusOut, event -> finish(text, true));
        return text;
    }

    private void finish(Text text, boolean keep) {
        if (done) {
            return;
        }
        done = true;
        String value = text.getText();
        text.dispose();
        if (keep && !value.isBlank()) {
            commit.accept(value);
        }
        canvas.setFocus();
    }
}
