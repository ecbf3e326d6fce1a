package org.innoscape.ui.table;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.innoscape.ui.internal.Messages;

/**
 * One value given to several rows at once as one command, so that one Undo takes the whole edit back
 * (an analyst setting the status of forty initiatives expects one step, not forty).
 */
final class RowEdit {
    private RowEdit() {
    }

    /**
     * @param column the column's name, for the command's label ("Undo Set Status on 3 rows")
     * @return the command, or null when every row holds the value already
     */
    static Command of(EditingDomain domain, List<? extends EObject> rows, EStructuralFeature feature, Object value, String column) {
        List<? extends EObject> changed = rows.stream().filter(row -> !Objects.equals(row.eGet(feature), value)).toList();
        if (changed.isEmpty()) {
            return null;
        }
        if (changed.size() == 1) {
            return SetCommand.create(domain, changed.get(0), feature, value);
        }
        CompoundCommand all = new CompoundCommand(NLS.bind(Messages.ElementTable_setOnRows, column, changed.size()));
        changed.forEach(row -> all.append(SetCommand.create(domain, row, feature, value)));
        return all;
    }
}
