package org.innoscape.diagram.description;

import org.eclipse.emf.ecore.EObject;

/** A node style computed from the element, for styles that combine several attributes. */
@FunctionalInterface
public interface NodeStyleFunction {
    NodeStyle styleOf(EObject element);

    static NodeStyleFunction always(NodeStyle style) {
        return element -> style;
    }
}
