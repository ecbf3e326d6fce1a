package org.innoscape.publish.internal;

import java.util.Map;

/** How the site names the kinds of element: "PolicyInitiative" is "Initiative", "Initiatives". */
public final class KindNames {
    private static final Map<String, String[]> NAMES = Map.ofEntries(
            Map.entry("PolicyInitiative", new String[] { "Initiative", "Initiatives" }),
            Map.entry("PathwayStage", new String[] { "Pathway stage", "Pathway stages" }),
            Map.entry("StakeholderGroup", new String[] { "Stakeholder group", "Stakeholder groups" }),
            Map.entry("SourceDocument", new String[] { "Source document", "Source documents" }),
            Map.entry("SubFactor", new String[] { "Sub-factor", "Sub-factors" }),
            Map.entry("InnovationSystem", new String[] { "Model", "Models" }));

    private KindNames() {
    }

    public static String singular(String kind) {
        String[] names = NAMES.get(kind);
        return names != null ? names[0] : kind;
    }

    public static String plural(String kind) {
        String[] names = NAMES.get(kind);
        return names != null ? names[1] : kind + "s";
    }
}
