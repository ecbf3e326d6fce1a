package org.innoscape.examples;

import static org.innoscape.model.IndicatorCategory.IMPACT;
import static org.innoscape.model.IndicatorCategory.INPUT;
import static org.innoscape.model.IndicatorCategory.OUTCOME;
import static org.innoscape.model.IndicatorCategory.OUTPUT;

import org.innoscape.model.Indicator;
import org.innoscape.model.IndicatorCategory;
import org.innoscape.model.PathwayStage;
import org.innoscape.model.build.InnovationSystemBuilder;
import org.innoscape.examples.EnglandHealthInnovation2021.Sources;

/** The report's four indicator types (R Ch 11, Box 8, Tables 3-9), with the indicators it names for each. */
final class EnglandIndicators {
    static final String PROGRESSION = "Pathway progression";
    static final String UPTAKE = "Adoption and diffusion";
    static final String IMPACTS = "Impact";
    static final String CAPACITY = "Capacity for innovating";

    private EnglandIndicators() {
    }

    static void add(InnovationSystemBuilder b, Sources s) {
        indicator(b, s, "regulatory-approval", "Regulatory approvals achieved (e.g. EAMS, CE marking)", OUTPUT, PROGRESSION, "testing", "R Tables 3-5");
        indicator(b, s, "reimbursement-approval", "Reimbursement approvals (e.g. NICE appraisal and recommendation)", OUTPUT, PROGRESSION, "adoption", "R Tables 3-4");
        indicator(b, s, "commissioning-agreements", "Purchasing and commissioning agreements", OUTPUT, PROGRESSION, "adoption", "R Tables 3-6");
        indicator(b, s, "prototype", "Prototype developed and tested", OUTPUT, PROGRESSION, "development", "R Tables 4-6");
        indicator(b, s, "uptake-amount", "Amount of uptake (adoption)", OUTCOME, UPTAKE, "adoption", "R Table 7");
        indicator(b, s, "uptake-spread", "Spread of uptake (diffusion)", OUTCOME, UPTAKE, "spread", "R Table 7");
        indicator(b, s, "scale-up-encouragement", "Encouragement to scale up", OUTCOME, UPTAKE, "spread", "R Table 7");
        indicator(b, s, "scale-up-pace", "Pace of scale-up", OUTCOME, UPTAKE, "spread", "R Table 7");
        indicator(b, s, "impact-patients", "Impact on patients", IMPACT, IMPACTS, null, "R Tables 8-9");
        indicator(b, s, "impact-population", "Impact on population health", IMPACT, IMPACTS, null, "R Tables 8-9");
        indicator(b, s, "impact-system", "Impact on the health and care system", IMPACT, IMPACTS, null, "R Tables 8-9");
        indicator(b, s, "impact-economy", "Impact on the wider economy and society", IMPACT, IMPACTS, null, "R Tables 8-9");
        indicator(b, s, "capacity", "System capacity for innovating", INPUT, CAPACITY, null, "R Ch 11; Box 8 (details in Annex F, not in the source)");
    }

    private static void indicator(InnovationSystemBuilder b, Sources s, String key, String name, IndicatorCategory category,
            String group, String stageKey, String section) {
        Indicator indicator = InnovationSystemBuilder.cite(b.indicator(key, name, category), s.report(), section);
        indicator.setGroup(group);
        if (stageKey != null) {
            indicator.setStage(b.get(PathwayStage.class, stageKey));
        }
    }
}
