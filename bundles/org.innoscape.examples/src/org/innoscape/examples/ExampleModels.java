package org.innoscape.examples;

import java.net.URL;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Where the shipped example models and registers are, for the workbench's "Open example", wizards and tests. */
public final class ExampleModels {
    public static final String ENGLAND_2021 = "models/" + EnglandHealthInnovation2021.FILE_NAME;
    /** The England 2021 example as the three CSV registers (actors.csv, initiatives.csv, relationships.csv). */
    public static final String ENGLAND_2021_REGISTERS = "registers/england-health-innovation-2021/";
    /** The England 2021 example as one Excel workbook, a sheet per register. */
    public static final String ENGLAND_2021_WORKBOOK = "registers/england-health-innovation-2021.xlsx";
    /** Empty registers (headers only) to fill in: CSV files and one workbook. */
    public static final String TEMPLATE_WORKBOOK = "registers/registers-template.xlsx";

    private ExampleModels() {
    }

    /** The England 2021 example inside this bundle, or null when not running in OSGi. */
    public static URL england2021() {
        return entry(ENGLAND_2021);
    }

    /** A file of this bundle by its path (one of the constants above), or null when not running in OSGi. */
    public static URL entry(String path) {
        Bundle bundle = FrameworkUtil.getBundle(ExampleModels.class);
        return bundle == null ? null : bundle.getEntry(path);
    }
}
