package org.innoscape.ui.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.innoscape.ui.InnoscapeUi;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The models opened most recently, newest first, kept in the workspace preferences so that
 * File > Open Recent lists them after a restart. Files that no longer exist are left out.
 */
public final class RecentModels {
    static final int KEPT = 8;
    private static final String KEY = "recentModels"; //$NON-NLS-1$

    private RecentModels() {
    }

    /** Puts {@code file} first. */
    public static void opened(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> paths = new ArrayList<>(stored());
        paths.remove(absolute);
        paths.add(0, absolute);
        store(paths.subList(0, Math.min(KEPT, paths.size())));
    }

    /** The recent models that still exist, newest first. */
    public static List<Path> list() {
        return stored().stream().filter(Files::isRegularFile).toList();
    }

    private static List<Path> stored() {
        String value = preferences().get(KEY, ""); //$NON-NLS-1$
        List<Path> paths = new ArrayList<>();
        for (String line : value.split("\n")) { //$NON-NLS-1$
            if (!line.isBlank()) {
                try {
                    paths.add(Path.of(line));
                } catch (RuntimeException notAPath) {
                    // a hand-edited preference: skip the line
                }
            }
        }
        return paths;
    }

    private static void store(List<Path> paths) {
        IEclipsePreferences preferences = preferences();
        preferences.put(KEY, String.join("\n", paths.stream().map(Path::toString).toList())); //$NON-NLS-1$
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            // kept for this session; the list is a convenience, not data
        }
    }

    private static IEclipsePreferences preferences() {
        return InstanceScope.INSTANCE.getNode(InnoscapeUi.PLUGIN_ID);
    }
}
