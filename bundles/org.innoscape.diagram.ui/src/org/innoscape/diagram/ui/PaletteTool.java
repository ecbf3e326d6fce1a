package org.innoscape.diagram.ui;

import org.innoscape.diagram.description.EdgeCreationTool;
import org.innoscape.diagram.description.NodeCreationTool;

/** What a click on the canvas does: select, create a node, or connect two nodes. */
public sealed interface PaletteTool {

    record Select() implements PaletteTool {
    }

    record CreateNode(NodeCreationTool tool) implements PaletteTool {
    }

    record Connect(EdgeCreationTool tool) implements PaletteTool {
    }

    PaletteTool SELECT = new Select();
}
