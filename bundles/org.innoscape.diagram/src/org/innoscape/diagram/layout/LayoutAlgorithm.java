package org.innoscape.diagram.layout;

import java.util.function.Supplier;

import org.eclipse.elk.alg.force.options.ForceMetaDataProvider;
import org.eclipse.elk.alg.force.options.ForceOptions;
import org.eclipse.elk.alg.force.options.StressMetaDataProvider;
import org.eclipse.elk.alg.force.options.StressOptions;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.mrtree.options.MrTreeMetaDataProvider;
import org.eclipse.elk.alg.mrtree.options.MrTreeOptions;
import org.eclipse.elk.core.data.ILayoutMetaDataProvider;

/**
 * The ELK algorithms Arrange offers. Layered suits flows with a direction (who funds whom); stress
 * and force suit stakeholder networks, where distance should mean closeness; tree suits hierarchies
 * such as memberships. (ELK's radial layout is left out: it needs a tree and fails on a network with
 * cycles.)
 */
public enum LayoutAlgorithm {
    LAYERED(LayeredOptions.ALGORITHM_ID, LayeredMetaDataProvider::new, true),
    STRESS(StressOptions.ALGORITHM_ID, StressMetaDataProvider::new, false),
    FORCE(ForceOptions.ALGORITHM_ID, ForceMetaDataProvider::new, false),
    TREE(MrTreeOptions.ALGORITHM_ID, MrTreeMetaDataProvider::new, true);

    private final String elkId;
    private final Supplier<ILayoutMetaDataProvider> metadata;
    private final boolean directed;

    LayoutAlgorithm(String elkId, Supplier<ILayoutMetaDataProvider> metadata, boolean directed) {
        this.elkId = elkId;
        this.metadata = metadata;
        this.directed = directed;
    }

    /** ELK's id of the algorithm. */
    public String elkId() {
        return elkId;
    }

    ILayoutMetaDataProvider metadata() {
        return metadata.get();
    }

    /** Whether the layout follows the diagram's direction (left to right, top to bottom). */
    public boolean usesDirection() {
        return directed;
    }
}
