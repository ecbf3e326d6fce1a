package org.innoscape.io.values;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;
import org.innoscape.model.ActivityType;
import org.innoscape.model.ActorKind;
import org.innoscape.model.ActorLevel;
import org.innoscape.model.Focus;
import org.innoscape.model.FundingRecipients;
import org.innoscape.model.InitiativeStatus;
import org.innoscape.model.InstrumentType;
import org.innoscape.model.RelationshipKind;

/**
 * Other words analysts use for enumeration values (docs/register-format.md lists them). Only words
 * that cannot mean another value of the same enumeration are here: "funded by" is not "funds",
 * because it reverses the direction.
 */
final class Synonyms {

    private Synonyms() {
    }

    @SuppressWarnings("unchecked")
    static <E extends Enumerator> Map<String, E> of(List<E> values) {
        if (values.isEmpty()) {
            return Map.of();
        }
        Enumerator any = values.get(0);
        Map<String, Enumerator> words = new LinkedHashMap<>();
        if (any instanceof ActivityType) {
            put(words, ActivityType.FUNDING, "grants", "grant funding", "finance", "financial support");
            put(words, ActivityType.TRAINING_AND_SKILLS, "training", "skills", "education", "fellowships", "leadership development");
            put(words, ActivityType.NETWORKING_AND_BROKERAGE, "networking", "brokerage", "brokering", "convening");
            put(words, ActivityType.EVALUATION_AND_EVIDENCE, "evaluation", "evidence", "evidence generation", "real world evaluation");
            put(words, ActivityType.REGULATORY_ADVICE, "regulatory support", "regulation advice", "regulatory guidance");
            put(words, ActivityType.INFORMATION_AND_SIGNPOSTING, "information", "signposting", "advice and guidance");
            put(words, ActivityType.PROCUREMENT_AND_COMMISSIONING, "procurement", "commissioning", "purchasing");
            put(words, ActivityType.INFRASTRUCTURE, "facilities", "test beds", "testbeds");
        } else if (any instanceof Focus) {
            put(words, Focus.NON_CLINICAL, "administrative", "operational", "back office", "nonclinical", "non clinical");
            put(words, Focus.BOTH, "clinical and non clinical", "clinical and administrative", "mixed");
        } else if (any instanceof FundingRecipients) {
            put(words, FundingRecipients.INNOVATORS, "innovators only", "innovator", "developers", "suppliers");
            put(words, FundingRecipients.ADOPTERS, "adopters only", "adopter", "nhs organisations", "health and care providers");
            put(words, FundingRecipients.BOTH, "innovators and adopters", "adopters and innovators");
            put(words, FundingRecipients.NONE, "no funding", "neither", "not funded");
        } else if (any instanceof InitiativeStatus) {
            put(words, InitiativeStatus.ACTIVE, "ongoing", "underway", "under way", "live", "running", "open", "current", "in progress");
            put(words, InitiativeStatus.CONCLUDED, "closed", "ended", "completed", "finished", "complete");
            put(words, InitiativeStatus.PLANNED, "upcoming", "forthcoming", "announced");
            put(words, InitiativeStatus.PROPOSED, "proposal", "draft");
        } else if (any instanceof ActorKind) {
            put(words, ActorKind.GOVERNMENT_DEPARTMENT, "government", "department", "ministry", "govt department");
            put(words, ActorKind.ARMS_LENGTH_BODY, "alb", "arms length", "non departmental public body", "ndpb", "public body");
            put(words, ActorKind.RESEARCH_FUNDER, "funder", "funding body");
            put(words, ActorKind.HEALTHCARE_PROVIDER, "provider", "nhs provider", "nhs trust", "trust", "health care provider");
            put(words, ActorKind.COMMISSIONER, "commissioning body", "ccg", "integrated care board", "icb");
            put(words, ActorKind.INDUSTRY, "company", "business", "firm", "sme", "private sector");
            put(words, ActorKind.ACADEMIA, "university", "academic", "higher education");
            put(words, ActorKind.CHARITY, "third sector", "voluntary sector", "foundation", "non profit");
            put(words, ActorKind.PATIENT_PUBLIC_GROUP, "patient group", "patients and public", "patient and public group", "public");
        } else if (any instanceof ActorLevel) {
            put(words, ActorLevel.NATIONAL, "nationwide", "country");
            put(words, ActorLevel.REGIONAL, "region", "sub national");
            put(words, ActorLevel.LOCAL, "locality", "place");
            put(words, ActorLevel.INTERNATIONAL, "global", "supranational");
        } else if (any instanceof RelationshipKind) {
            put(words, RelationshipKind.FUNDS, "funding", "finances");
            put(words, RelationshipKind.COMMISSIONS, "commissioning");
            put(words, RelationshipKind.REGULATES, "regulation", "oversees");
            put(words, RelationshipKind.EVALUATES, "evaluation");
            put(words, RelationshipKind.BROKERS, "brokerage", "connects");
            put(words, RelationshipKind.PARTNERS_WITH, "partners", "partnership", "collaborates with", "collaboration");
            put(words, RelationshipKind.SUPPLIES, "supplier", "provides to");
            put(words, RelationshipKind.ACCOUNTABLE_TO, "reports to", "accountability");
            put(words, RelationshipKind.ADVISES, "advice", "advisory");
            put(words, RelationshipKind.REPRESENTS, "representation", "speaks for");
        } else if (any instanceof InstrumentType) {
            StipInstrumentLabels.all().forEach((label, type) -> words.put(label, type));
        }
        return (Map<String, E>) (Map<String, ?>) words;
    }

    private static void put(Map<String, Enumerator> words, Enumerator value, String... synonyms) {
        for (String synonym : synonyms) {
            words.put(synonym, value);
        }
    }
}
