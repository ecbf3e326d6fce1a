package org.innoscape.diagram.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.innoscape.diagram.description.DiagramDescription;
import org.innoscape.diagram.description.EdgeCreationTool;
import org.innoscape.diagram.description.NodeCreationTool;
import org.innoscape.diagram.ui.internal.Messages;
import org.innoscape.model.values.Wording;

/** The tool palette of a diagram type: Select, then its creation and connection tools. */
public final class DiagramPalette {
    private final ToolBar toolBar;
    private final List<ToolItem> items = new ArrayList<>();
    private final List<PaletteTool> tools = new ArrayList<>();

    DiagramPalette(Composite parent, DiagramDescription description) {
        toolBar = new ToolBar(parent, SWT.VERTICAL | SWT.FLAT | SWT.RIGHT);
        add(Messages.DiagramPalette_select, Messages.DiagramPalette_selectTooltip, PaletteTool.SELECT);
        for (NodeCreationTool tool : description.getNodeTools()) {
            add(NLS.bind(Messages.DiagramPalette_create, tool.getLabel()),
                    NLS.bind(Messages.DiagramPalette_createTooltip, Wording.inSentence(tool.getLabel())),
                    new PaletteTool.CreateNode(tool));
        }
        for (EdgeCreationTool tool : description.getEdgeTools()) {
            add(NLS.bind(Messages.DiagramPalette_connect, tool.getLabel()), Messages.DiagramPalette_connectTooltip,
                    new PaletteTool.Connect(tool));
        }
        items.get(0).setSelection(true);
    }

    private void add(String label, String tooltip, PaletteTool tool) {
        ToolItem item = new ToolItem(toolBar, SWT.RADIO);
        item.setText(label);
        item.setToolTipText(tooltip);
        items.add(item);
        tools.add(tool);
    }

    public PaletteTool activeTool() {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).getSelection()) {
                return tools.get(i);
            }
        }
        return PaletteTool.SELECT;
    }

    /** Picks the tool with this label (as a click on it would). */
    public void choose(String label) {
        for (int i = 0; i < items.size(); i++) {
            items.get(i).setSelection(items.get(i).getText().endsWith(label));
        }
    }

    public void reset() {
        for (int i = 0; i < items.size(); i++) {
            items.get(i).setSelection(i == 0);
        }
    }

    public List<String> labels() {
        return items.stream().map(ToolItem::getText).toList();
    }

    ToolBar control() {
        return toolBar;
    }
}
