package org.innoscape.model.persistence;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/** Creates {@link InnoscapeResource}s for {@code .innoscape} files. */
public class InnoscapeResourceFactory extends ResourceFactoryImpl {
    public static final String FILE_EXTENSION = "innoscape";

    @Override
    public Resource createResource(URI uri) {
        return new InnoscapeResource(uri);
    }
}
