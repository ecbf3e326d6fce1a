package org.innoscape.diagram.types;

import static org.innoscape.diagram.description.Descriptions.rule;

import org.innoscape.diagram.description.NodeMapping;
import org.innoscape.model.FundingRecipients;
import org.innoscape.model.PolicyInitiative;

/** Initiatives coloured by whom they fund: one conditional rule per kind of recipient. */
final class FundingRecipientStyles {

    private FundingRecipientStyles() {
    }

    static void apply(NodeMapping mapping) {
        for (FundingRecipients recipients : FundingRecipients.values()) {
            if (recipients == FundingRecipients.UNKNOWN) {
                continue;
            }
            mapping.getStyleRules().add(rule(label(recipients),
                    e -> ((PolicyInitiative) e).getFundingRecipients() == recipients,
                    InnoscapeStyles.initiative(InnoscapeStyles.recipientsColour(recipients))));
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
