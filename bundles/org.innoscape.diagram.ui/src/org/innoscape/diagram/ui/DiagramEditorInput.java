package org.innoscape.diagram.ui;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;
import org.innoscape.diagram.ui.internal.Messages;
import org.innoscape.model.Diagram;
import org.innoscape.ui.model.ModelDocument;

/** One diagram of an open model; equal inputs open the same editor. */
public record DiagramEditorInput(ModelDocument document, Diagram diagram) implements IEditorInput {

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter == ModelDocument.class ? adapter.cast(document) : null;
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ImageDescriptor.createFromURL(DiagramEditorInput.class.getResource("/icons/diagram16.png")); //$NON-NLS-1$
    }

    @Override
    public String getName() {
        return diagram.getName() == null ? Messages.DiagramEditorInput_unnamed : diagram.getName();
    }

    @Override
    public IPersistableElement getPersistable() {
        if (diagram.getId() == null) {
            return null;
        }
        return new IPersistableElement() {
            @Override
            public String getFactoryId() {
                return DiagramEditorInputFactory.ID;
            }

            @Override
            public void saveState(IMemento memento) {
                memento.putString(DiagramEditorInputFactory.FILE, document.file().toString());
                memento.putString(DiagramEditorInputFactory.DIAGRAM, diagram.getId());
            }
        };
    }

    @Override
    public String getToolTipText() {
        return NLS.bind(Messages.DiagramEditorInput_tooltip, getName(), document.file());
    }
}
