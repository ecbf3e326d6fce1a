package org.innoscape.diagram.appearance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.innoscape.model.NodeAppearance;

/** Of a diagram's appearances, those that count: the last one per mapping and channel (a hand-edited file may hold more). */
public final class EffectiveAppearances {

    private EffectiveAppearances() {
    }

    /** The last appearance of each mapping and channel, in the order those last ones stand. */
    public static List<NodeAppearance> of(List<NodeAppearance> appearances) {
        Map<String, NodeAppearance> lastOfEach = new LinkedHashMap<>();
        for (NodeAppearance appearance : appearances) {
            String key = appearance.getMapping() + "|" + appearance.getChannel();
            lastOfEach.remove(key);
            lastOfEach.put(key, appearance);
        }
        return List.copyOf(lastOfEach.values());
    }
}
