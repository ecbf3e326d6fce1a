package org.innoscape.analysis.ui.preferences;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.innoscape.analysis.Analysis;
import org.innoscape.analysis.AnalysisRegistry;
import org.innoscape.analysis.ParameterDefinition;
import org.innoscape.ui.InnoscapeUi;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Which analyses the workbench runs and with which parameters, kept in the user's instance
 * preferences. Nothing stored means the analysis's own default (enabled or not, default values), so
 * a plugin installed later starts with its defaults.
 */
public final class AnalysisPreferences {
    private final IEclipsePreferences node;

    /** The workbench's preferences: the node keeps the workbench bundle's name, where they were kept before this bundle. */
    public AnalysisPreferences() {
        this(InstanceScope.INSTANCE.getNode(InnoscapeUi.PLUGIN_ID));
    }

    AnalysisPreferences(IEclipsePreferences node) {
        this.node = node;
    }

    private static String enabledKey(String analysisId) {
        return "analysis." + analysisId + ".enabled"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String parameterKey(String analysisId, String parameter) {
        return "analysis." + analysisId + ".parameter." + parameter; //$NON-NLS-1$ //$NON-NLS-2$
    }

    public boolean isEnabled(AnalysisRegistry.Entry entry) {
        return node.getBoolean(enabledKey(entry.id()), entry.enabledByDefault());
    }

    public void setEnabled(AnalysisRegistry.Entry entry, boolean enabled) {
        if (enabled == entry.enabledByDefault()) {
            node.remove(enabledKey(entry.id()));
        } else {
            node.putBoolean(enabledKey(entry.id()), enabled);
        }
    }

    /** The stored text of a parameter, or its default as text. */
    public String parameter(AnalysisRegistry.Entry entry, ParameterDefinition definition) {
        return node.get(parameterKey(entry.id(), definition.key()), String.valueOf(definition.defaultValue()));
    }

    /** Stores a parameter; the caller has checked it with {@link ParameterDefinition#parse}. */
    public void setParameter(AnalysisRegistry.Entry entry, ParameterDefinition definition, String text) {
        if (text.strip().equals(String.valueOf(definition.defaultValue()))) {
            node.remove(parameterKey(entry.id(), definition.key()));
        } else {
            node.put(parameterKey(entry.id(), definition.key()), text.strip());
        }
    }

    /** The analyses to run: the enabled ones, in registry order. */
    public List<Analysis> enabledAnalyses(AnalysisRegistry registry) {
        return registry.all().stream().filter(this::isEnabled).map(AnalysisRegistry.Entry::analysis).toList();
    }

    /** Stored parameters by analysis id and key, as {@code AnalysisRunner} takes them; defaults are left out. */
    public Map<String, Map<String, String>> parameters(AnalysisRegistry registry) {
        Map<String, Map<String, String>> all = new HashMap<>();
        for (AnalysisRegistry.Entry entry : registry.all()) {
            for (ParameterDefinition definition : entry.descriptor().parameters()) {
                String stored = node.get(parameterKey(entry.id(), definition.key()), null);
                if (stored != null) {
                    all.computeIfAbsent(entry.id(), id -> new HashMap<>()).put(definition.key(), stored);
                }
            }
        }
        return all;
    }

    /** Forgets every choice: all analyses back to their defaults. */
    public void restoreDefaults(AnalysisRegistry registry) {
        for (AnalysisRegistry.Entry entry : registry.all()) {
            node.remove(enabledKey(entry.id()));
            entry.descriptor().parameters().forEach(definition -> node.remove(parameterKey(entry.id(), definition.key())));
        }
    }

    public void save() throws BackingStoreException {
        node.flush();
    }
}
