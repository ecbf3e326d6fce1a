package org.innoscape.ui.table;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.innoscape.model.InnoscapePackage;
import org.innoscape.model.InnovationSystem;
import org.innoscape.ui.internal.Messages;

/** What the element table lists: one kind of a model's elements, a row each. */
public enum TableRows {
    INITIATIVES(InnoscapePackage.Literals.INNOVATION_SYSTEM__INITIATIVES, Messages.ElementTable_initiatives),
    ACTORS(InnoscapePackage.Literals.INNOVATION_SYSTEM__ACTORS, Messages.ElementTable_actors),
    RELATIONSHIPS(InnoscapePackage.Literals.INNOVATION_SYSTEM__RELATIONSHIPS, Messages.ElementTable_relationships);

    private final EReference containment;
    private final String label;

    TableRows(EReference containment, String label) {
        this.containment = containment;
        this.label = label;
    }

    String label() {
        return label;
    }

    EClass rowClass() {
        return containment.getEReferenceType();
    }

    @SuppressWarnings("unchecked")
    List<EObject> of(InnovationSystem system) {
        return (List<EObject>) system.eGet(containment);
    }
}
