package org.innoscape.examples;

import java.net.URL;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Where the shipped example models are, for the workbench's "Open example" and for tests. */
public final class ExampleModels {
    public static final String ENGLAND_2021 = "models/" + EnglandHealthInnovation2021.FILE_NAME;

    private ExampleModels() {
    }

    /** The England 2021 example inside this bundle, or null when not running in OSGi. */
    public static URL england2021() {
        Bundle bundle = FrameworkUtil.getBundle(ExampleModels.class);
        return bundle == null ? null : bundle.getEntry(ENGLAND_2021);
    }
}
