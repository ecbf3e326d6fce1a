package org.innoscape.diagram.ui;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;
import org.innoscape.ui.editor.ModelEditorInputFactory;
import org.innoscape.ui.model.ModelDocument;

/** Reopens, at start-up, the diagrams that were open: by model file and diagram id. */
public final class DiagramEditorInputFactory implements IElementFactory {
    public static final String ID = "org.innoscape.diagram.ui.editorInputFactory"; //$NON-NLS-1$
    static final String FILE = "file"; //$NON-NLS-1$
    static final String DIAGRAM = "diagram"; //$NON-NLS-1$

    @Override
    public IAdaptable createElement(IMemento memento) {
        ModelDocument document = ModelEditorInputFactory.reopen(memento.getString(FILE));
        String id = memento.getString(DIAGRAM);
        if (document == null || id == null) {
            return null;
        }
        return document.system().getDiagrams().stream().filter(d -> id.equals(d.getId())).findFirst()
                .map(diagram -> new DiagramEditorInput(document, diagram)).orElse(null);
    }
}
