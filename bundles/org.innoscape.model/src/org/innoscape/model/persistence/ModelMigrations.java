package org.innoscape.model.persistence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.innoscape.model.InnovationSystem;

/**
 * Brings models written by older Innoscape versions up to {@link #CURRENT_VERSION}. Each change of
 * the metamodel bumps the version (a test compares the metamodel with the fingerprint recorded for
 * each version) and says how older files are read: renamed classes, features and literals as
 * {@link LegacyNames.Rename}s, applied while parsing; anything else as a {@link Step} on the loaded
 * model.
 */
public final class ModelMigrations {
    /** The model version this Innoscape writes (InnovationSystem.modelVersion). */
    public static final int CURRENT_VERSION = 2;

    /** One migration step: turns a model of version {@code from()} into version {@code from() + 1}. */
    public interface Step {
        int from();

        void migrate(InnovationSystem system);
    }

    private final List<Step> steps = new ArrayList<>();
    private final List<LegacyNames.Rename> renames;
    private final int currentVersion;

    public ModelMigrations(int currentVersion, List<Step> steps) {
        this(currentVersion, List.of(), steps);
    }

    public ModelMigrations(int currentVersion, List<LegacyNames.Rename> renames, List<Step> steps) {
        this.currentVersion = currentVersion;
        this.renames = List.copyOf(renames);
        this.steps.addAll(steps);
        this.steps.sort(Comparator.comparingInt(Step::from));
    }

    /** The renames and steps of this Innoscape version. */
    public static ModelMigrations standard() {
        return new ModelMigrations(CURRENT_VERSION, List.of(), List.of(new InfluenceSizeMigration()));
    }

    public int currentVersion() {
        return currentVersion;
    }

    /** The old names a file of {@code fileVersion} may use: every rename made after that version. */
    public LegacyNames legacyNames(int fileVersion) {
        return new LegacyNames(renames.stream().filter(rename -> rename.renamedIn() > fileVersion).toList());
    }

    /** What to tell a user whose file comes from a newer Innoscape. */
    public String newerVersionMessage(int fileVersion) {
        return "the file was written by a newer Innoscape (model version " + fileVersion
                + "); this Innoscape reads model versions up to " + currentVersion + ": open it with a newer Innoscape";
    }

    /**
     * Migrates in place.
     *
     * @return the version the model had before
     * @throws IllegalStateException when the model is newer than this Innoscape, or a step is missing
     */
    public int migrate(InnovationSystem system) {
        int original = system.getModelVersion();
        if (original > currentVersion) {
            throw new IllegalStateException(newerVersionMessage(original));
        }
        if (original < 1) {
            throw new IllegalStateException("the model version " + original + " is not valid (expected 1 to "
                    + currentVersion + ")");
        }
        for (int version = original; version < currentVersion; version++) {
            int from = version;
            Step step = steps.stream().filter(s -> s.from() == from).findFirst().orElseThrow(
                    () -> new IllegalStateException("no migration from model version " + from));
            step.migrate(system);
            system.setModelVersion(from + 1);
        }
        return original;
    }
}
