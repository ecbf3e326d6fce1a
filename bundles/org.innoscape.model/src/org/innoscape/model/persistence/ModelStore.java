package org.innoscape.model.persistence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalInt;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.ContentHandler;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.FileURIHandlerImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.innoscape.model.InnoscapePackage;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.validation.ModelValidation;
import org.innoscape.model.values.XmlCharacters;
import org.xml.sax.SAXParseException;

/**
 * Loads and saves {@code .innoscape} files. Loading is all or nothing: a file that cannot be read
 * completely gives a {@link ModelLoadException} and leaves the resource set as it was. Saving
 * writes a temporary file beside the target and renames it over the target, so a failed save
 * leaves the old file intact.
 */
public final class ModelStore {
    private final ModelMigrations migrations;

    public ModelStore() {
        this(ModelMigrations.standard());
    }

    public ModelStore(ModelMigrations migrations) {
        this.migrations = migrations;
    }

    /**
     * A resource set that knows the Innoscape package and file extension, also outside OSGi, and
     * opens local files only (never the network: see {@link LocalOnlyUriHandler}).
     */
    public static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.setURIConverter(new ExtensibleURIConverterImpl(List.of(new FileURIHandlerImpl(), new LocalOnlyUriHandler()),
                ContentHandler.Registry.INSTANCE.contentHandlers()));
        resourceSet.getPackageRegistry().put(InnoscapePackage.eNS_URI, InnoscapePackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(InnoscapeResourceFactory.FILE_EXTENSION, new InnoscapeResourceFactory());
        return resourceSet;
    }

    /** Loads a model into a new resource set. */
    public InnovationSystem load(Path file) throws ModelLoadException {
        return (InnovationSystem) load(newResourceSet(), file).getContents().get(0);
    }

    /** Loads a model into {@code resourceSet}; on failure nothing is added to it. */
    public Resource load(ResourceSet resourceSet, Path file) throws ModelLoadException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ModelLoadException(file, -1, -1, "cannot read the file: " + describe(e), e);
        }
        if (bytes.length == 0) {
            throw new ModelLoadException(file, "the file is empty; expected an Innoscape model (XMI)");
        }
        OptionalInt fileVersion = ModelVersionReader.read(bytes);
        if (fileVersion.isPresent() && fileVersion.getAsInt() > migrations.currentVersion()) {
            // Before parsing: a newer file may use names this version does not know.
            throw new ModelLoadException(file, migrations.newerVersionMessage(fileVersion.getAsInt()));
        }
        InnoscapeResource resource = new InnoscapeResource(URI.createFileURI(file.toAbsolutePath().toString()));
        resource.setLegacyNames(migrations.legacyNames(fileVersion.orElse(migrations.currentVersion())));
        resourceSet.getResources().add(resource);
        boolean loaded = false;
        try {
            resource.load(new ByteArrayInputStream(bytes), null);
            InnovationSystem system = checkContents(file, resource);
            migrations.migrate(system);
            loaded = true;
            return resource;
        } catch (ModelLoadException e) {
            throw e;
        } catch (IllegalStateException e) {
            throw new ModelLoadException(file, -1, -1, e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw translate(file, e);
        } finally {
            if (!loaded) {
                resource.unload();
                resourceSet.getResources().remove(resource);
            }
        }
    }

    private static InnovationSystem checkContents(Path file, Resource resource) throws ModelLoadException {
        if (!resource.getErrors().isEmpty()) {
            throw translate(file, (Exception) resource.getErrors().get(0));
        }
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof InnovationSystem)) {
            EObject first = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
            throw new ModelLoadException(file, "not an Innoscape model: expected one InnovationSystem root element, found "
                    + (first == null ? "nothing" : first.eClass().getName()));
        }
        checkCharacters(file, resource);
        checkReferencesStayInside(file, resource);
        return (InnovationSystem) resource.getContents().get(0);
    }

    /**
     * Refuses references to other files ({@code href="other.innoscape#id"}): a model is one file, such a
     * reference would be followed later (reading another file the user never opened) and the model
     * could not be saved. Checked without resolving anything.
     */
    private static void checkReferencesStayInside(Path file, Resource resource) throws ModelLoadException {
        for (Iterator<EObject> it = resource.getAllContents(); it.hasNext();) {
            EObject object = it.next();
            for (EReference reference : object.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || reference.isDerived() || !object.eIsSet(reference)) {
                    continue;
                }
                Object value = object.eGet(reference, false);
                @SuppressWarnings("unchecked")
                List<EObject> targets = reference.isMany() ? ((InternalEList<EObject>) value).basicList() : List.of((EObject) value);
                for (EObject target : targets) {
                    if (target.eIsProxy() || target.eResource() != resource) {
                        URI where = ((InternalEObject) target).eProxyURI();
                        throw new ModelLoadException(file, "the " + reference.getName() + " of " + ModelValidation.label(object)
                                + " refers to '" + (where == null ? "an element of another model" : where)
                                + "', outside this file; a model refers only to its own elements, by id");
                    }
                }
            }
        }
    }

    /**
     * Refuses text that XML 1.0 cannot hold (an XML 1.1 file may carry control characters): such a
     * model would load, validate and then fail at its next save.
     */
    private static void checkCharacters(Path file, Resource resource) throws ModelLoadException {
        for (Iterator<EObject> it = resource.getAllContents(); it.hasNext();) {
            EObject object = it.next();
            for (EAttribute attribute : object.eClass().getEAllAttributes()) {
                if (attribute.getEAttributeType().getInstanceClass() != String.class || !object.eIsSet(attribute)) {
                    continue;
                }
                Object value = object.eGet(attribute);
                for (Object text : value instanceof List<?> list ? list : List.of(value)) {
                    int bad = text instanceof String string ? XmlCharacters.firstForbidden(string) : -1;
                    if (bad >= 0) {
                        throw new ModelLoadException(file, String.format(java.util.Locale.ROOT,
                                "%s: its %s holds the control character U+%04X, which a model file cannot hold; remove it",
                                ModelValidation.label(object), attribute.getName(), (int) ((String) text).charAt(bad)));
                    }
                }
            }
        }
    }

    private static ModelLoadException translate(Path file, Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PackageNotFoundException notFound) {
                return new ModelLoadException(file, notFound.getLine(), notFound.getColumn(),
                        "not an Innoscape model: the root element's namespace is '" + notFound.uri()
                                + "', expected '" + InnoscapePackage.eNS_URI + "'", failure);
            }
            if (cause instanceof IllegalValueException illegal && illegal.getValue() instanceof EObject value) {
                return new ModelLoadException(file, illegal.getLine(), illegal.getColumn(), "the " + illegal.getFeature().getName()
                        + " of " + ModelValidation.label(illegal.getObject()) + " refers to " + ModelValidation.label(value)
                        + ", which is not " + article(illegal.getFeature().getEType().getName()), failure);
            }
            if (cause instanceof XMIException xmi) {
                return new ModelLoadException(file, xmi.getLine(), xmi.getColumn(), clean(xmi.getMessage()), failure);
            }
            if (cause instanceof SAXParseException sax) {
                // The parser names the feature that refuses a DOCTYPE by its URL; say what it means instead.
                String said = sax.getMessage() != null && sax.getMessage().contains("DOCTYPE is disallowed")
                        ? "a model file has no DOCTYPE (entities and external references are never read)" : clean(sax.getMessage());
                return new ModelLoadException(file, sax.getLineNumber(), sax.getColumnNumber(),
                        "the XML is not well-formed or not allowed: " + said, failure);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return new ModelLoadException(file, -1, -1, describe(failure), failure);
    }

    private static String article(String kind) {
        return ("AEIOU".indexOf(kind.isEmpty() ? 'x' : kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
    }

    private static String clean(String message) {
        if (message == null) {
            return "unknown problem";
        }
        // EMF appends "(file:..., line, column)"; the exception names the place itself.
        int at = message.indexOf(" (file:");
        return at > 0 ? message.substring(0, at) : message;
    }

    private static String describe(Throwable e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /**
     * The bytes {@link #save} would write: deterministic for the same model. The file says it was written
     * by this version (a model made in memory starts at version 1, and may hold what later versions added).
     */
    public byte[] toBytes(Resource resource) throws IOException {
        for (EObject root : resource.getContents()) {
            ElementIds.assignMissing(root);
            if (root instanceof InnovationSystem system && system.getModelVersion() < migrations.currentVersion()) {
                system.setModelVersion(migrations.currentVersion());
            }
        }
        checkNoDanglingReferences(resource);
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        resource.save(out, InnoscapeResource.saveOptions());
        return out.toByteArray();
    }

    /**
     * Refuses references to elements outside the resource: XMI would write their ids, and the file
     * would not load again.
     */
    private static void checkNoDanglingReferences(Resource resource) throws IOException {
        for (Iterator<EObject> it = resource.getAllContents(); it.hasNext();) {
            EObject object = it.next();
            for (EObject target : object.eCrossReferences()) {
                if (target.eResource() != resource) {
                    throw new IOException("cannot save: " + ModelValidation.label(object) + " refers to "
                            + ModelValidation.label(target) + ", which is not part of the model");
                }
            }
        }
    }

    /**
     * Saves {@code resource} to {@code file} atomically under the model's {@link ModelLock}; the old
     * file is untouched if anything fails.
     */
    public void save(Resource resource, Path file) throws IOException {
        byte[] bytes = toBytes(resource);
        try (ModelLock lock = ModelLock.acquire(file, ModelLock.WAIT)) {
            AtomicFiles.write(file, bytes);
        }
    }

    /** Saves a model that is not yet in a resource (it is put in one at {@code file}). */
    public void save(InnovationSystem system, Path file) throws IOException {
        Resource resource = system.eResource();
        if (resource == null) {
            resource = newResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
            resource.getContents().add(system);
        }
        save(resource, file);
    }
}
