package org.innoscape.diagram.types;

import org.innoscape.diagram.description.ConditionalStyles;
import org.innoscape.diagram.description.NodeStyle;
import org.innoscape.model.FundingRecipients;
import org.innoscape.model.PolicyInitiative;

/** Initiatives coloured by whom they fund: one conditional rule per kind of recipient. */
final class FundingRecipientStyles {

    private FundingRecipientStyles() {
    }

    static void apply(ConditionalStyles<NodeStyle> styles) {
        for (FundingRecipients recipients : FundingRecipients.values()) {
            if (recipients == FundingRecipients.UNKNOWN) {
                continue;
            }
            styles.when(label(recipients), e -> ((PolicyInitiative) e).getFundingRecipients() == recipients,
                    InnoscapeStyles.initiative(InnoscapeStyles.recipientsColour(recipients)));
        }
    }

    static String label(FundingRecipients recipients) {
        return switch (recipients) {
            case INNOVATORS -> "funds innovators";
            case ADOPTERS -> "funds adopters";
            case BOTH -> "funds innovators and adopters";
            case NONE -> "offers no funding";
            case UNKNOWN -> "funding not known";
        };
    }
}
