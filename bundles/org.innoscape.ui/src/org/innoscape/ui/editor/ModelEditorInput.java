package org.innoscape.ui.editor;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;
import org.innoscape.ui.model.ModelDocument;

/** Editor input for an open model; two inputs are equal when they stand for the same document. */
public record ModelEditorInput(ModelDocument document) implements IEditorInput {

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
        return ImageDescriptor.createFromURL(ModelEditorInput.class.getResource("/icons/innoscape16.png")); //$NON-NLS-1$
    }

    @Override
    public String getName() {
        return document.name();
    }

    @Override
    public IPersistableElement getPersistable() {
        // The workbench remembers open model editors by file and reopens them at the next start.
        return new IPersistableElement() {
            @Override
            public String getFactoryId() {
                return ModelEditorInputFactory.ID;
            }

            @Override
            public void saveState(IMemento memento) {
                memento.putString(ModelEditorInputFactory.FILE, document.file().toString());
            }
        };
    }

    @Override
    public String getToolTipText() {
        return document.file().toString();
    }
}
