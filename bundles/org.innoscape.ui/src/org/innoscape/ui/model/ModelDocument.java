package org.innoscape.ui.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EventObject;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.persistence.ModelLoadException;
import org.innoscape.model.persistence.ModelStore;
import org.innoscape.model.provider.InnoscapeItemProviderAdapterFactory;

/**
 * One open model file: its resource, and the editing domain whose command stack is the single
 * undo history shared by the explorer, the properties view and every editor of this model.
 */
public final class ModelDocument {
    private Path file;
    private final ComposedAdapterFactory adapterFactory;
    private final AdapterFactoryEditingDomain editingDomain;
    private final Resource resource;
    private final CopyOnWriteArrayList<Runnable> changeListeners = new CopyOnWriteArrayList<>();
    private final ModelStore store = new ModelStore();
    /** The file's content as this document last read or wrote it (or as the user last accepted it). */
    private DiskState known;

    private ModelDocument(Path file, ComposedAdapterFactory adapterFactory, AdapterFactoryEditingDomain editingDomain,
            Resource resource) {
        this.file = file;
        this.adapterFactory = adapterFactory;
        this.editingDomain = editingDomain;
        this.resource = resource;
        CommandStackListener listener = (EventObject event) -> changeListeners.forEach(Runnable::run);
        editingDomain.getCommandStack().addCommandStackListener(listener);
    }

    /** Loads {@code file}; nothing is kept when it cannot be read. */
    public static ModelDocument open(Path file) throws ModelLoadException {
        ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory();
        adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new InnoscapeItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        BasicCommandStack commandStack = new BasicCommandStack();
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack,
                ModelStore.newResourceSet());
        Resource resource = new ModelStore().load(domain.getResourceSet(), file.toAbsolutePath());
        ModelDocument document = new ModelDocument(file.toAbsolutePath(), adapterFactory, domain, resource);
        document.known = DiskState.of(document.file);
        return document;
    }

    public Path file() {
        return file;
    }

    public String name() {
        return file.getFileName().toString();
    }

    public InnovationSystem system() {
        return (InnovationSystem) resource.getContents().get(0);
    }

    public Resource resource() {
        return resource;
    }

    /**
     * A copy of the model for a background job (analyses, diagram overlays and metrics), in a resource
     * of the document's file: analyses keep their caches beside it, and an element without an id yet is
     * known by the same key as here. {@code copier} maps each original to its copy.
     */
    public InnovationSystem backgroundCopy(EcoreUtil.Copier copier) {
        InnovationSystem copy = (InnovationSystem) copier.copy(system());
        copier.copyReferences();
        new XMIResourceImpl(URI.createFileURI(file.toAbsolutePath().toString())).getContents().add(copy);
        return copy;
    }

    public AdapterFactoryEditingDomain editingDomain() {
        return editingDomain;
    }

    public ComposedAdapterFactory adapterFactory() {
        return adapterFactory;
    }

    public boolean isDirty() {
        return ((BasicCommandStack) editingDomain.getCommandStack()).isSaveNeeded();
    }

    /** Saves atomically; on failure the file on disk is unchanged and the model stays dirty. */
    public void save() throws IOException {
        store.save(resource, file);
        known = DiskState.of(file);
        ((BasicCommandStack) editingDomain.getCommandStack()).saveIsDone();
        changeListeners.forEach(Runnable::run);
    }

    /** Saves to another file, which this document then stands for. */
    public void saveAs(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        store.save(resource, absolute);
        file = absolute;
        known = DiskState.of(file);
        RecentModels.opened(file);
        resource.setURI(org.eclipse.emf.common.util.URI.createFileURI(absolute.toString()));
        ((BasicCommandStack) editingDomain.getCommandStack()).saveIsDone();
        changeListeners.forEach(Runnable::run);
    }

    /** Whether another program changed or removed the file since this document read or wrote it. */
    public DiskState.Change diskChange() {
        return known.compareWith(file);
    }

    /** The user keeps this document as it is: the file's present content no longer counts as a change. */
    public void keepDespiteDiskChange() {
        known = DiskState.of(file);
    }

    /** Called after every command, undo, redo and save. */
    public void addChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    public void removeChangeListener(Runnable listener) {
        changeListeners.remove(listener);
    }

    public void dispose() {
        changeListeners.clear();
        adapterFactory.dispose();
        resource.unload();
    }
}
