package org.innoscape.ui.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.innoscape.model.persistence.ModelLoadException;

/** The models open in this workbench. Opening a file that is already open returns its document. */
public final class OpenModels {
    private static final OpenModels INSTANCE = new OpenModels();

    private final List<ModelDocument> documents = new ArrayList<>();
    private final CopyOnWriteArrayList<Runnable> listeners = new CopyOnWriteArrayList<>();

    public static OpenModels get() {
        return INSTANCE;
    }

    public synchronized List<ModelDocument> documents() {
        return List.copyOf(documents);
    }

    public ModelDocument open(Path file) throws ModelLoadException {
        Path absolute = file.toAbsolutePath().normalize();
        synchronized (this) {
            Optional<ModelDocument> existing = documents.stream().filter(d -> d.file().equals(absolute)).findFirst();
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        ModelDocument document = ModelDocument.open(absolute);
        synchronized (this) {
            documents.add(document);
        }
        document.addChangeListener(this::fireChanged);
        fireChanged();
        return document;
    }

    public void close(ModelDocument document) {
        boolean removed;
        synchronized (this) {
            removed = documents.remove(document);
        }
        if (removed) {
            document.dispose();
            fireChanged();
        }
    }

    /** The document an element belongs to. */
    public synchronized Optional<ModelDocument> documentOf(EObject element) {
        Resource resource = element.eResource();
        return documents.stream().filter(d -> d.resource() == resource).findFirst();
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void fireChanged() {
        listeners.forEach(Runnable::run);
    }
}
