package org.innoscape.engines.spark;

/** The engine's version, as the build wrote it in the jar's manifest; "development" when run from classes. */
final class Version {
    static final String OF_ENGINE = find();

    private Version() {
    }

    private static String find() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
