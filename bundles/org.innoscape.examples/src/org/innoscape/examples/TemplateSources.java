package org.innoscape.examples;

import static org.innoscape.model.build.InnovationSystemBuilder.cite;

import org.innoscape.model.Driver;
import org.innoscape.model.PathwayStage;
import org.innoscape.model.StakeholderGroup;
import org.innoscape.model.build.InnovationSystemBuilder;
import org.innoscape.examples.EnglandHealthInnovation2021.Sources;

/** Sources, descriptions and sub-factors for the drivers, stages and groups of the default template. */
final class TemplateSources {

    private TemplateSources() {
    }

    static void describe(InnovationSystemBuilder b, Sources s) {
        driver(b, s, "skills", "R Ch 4; Box 1", "Social and technical skills, capabilities and leadership for innovating, on the supply and demand sides.",
                "Leadership arrangements", "Organisational capacities (finance, staffing, information systems, working practices)",
                "Individual skills and roles");
        driver(b, s, "motivations", "R Ch 5; Box 2", "Incentives, motivations and accountabilities of individuals and organisations to innovate and to adopt.",
                "Performance management", "Career-related factors", "Individual and professional identities", "Policy and regulation");
        driver(b, s, "information", "R Ch 6; Box 3", "The information, evidence and resources environment: needs, sources and evidence standards.",
                "Information and evidence on existing innovative solutions", "Information and evidence on impacts of innovation",
                "The business case", "Implementation guidelines", "Available financial resources");
        driver(b, s, "networks", "R Ch 7; Box 4", "Relationships and networks that connect innovators and adopters, and their alignment.",
                "Involving diverse stakeholders at local, regional, national and international levels");
        driver(b, s, "ppie", "R Ch 8; Box 5", "Patient and public involvement and engagement with innovation across the pathway.",
                "The landscape for public and patient involvement and engagement with innovation");
        driver(b, s, "funding", "R Ch 9; Box 6", "Funding, commissioning and procurement environments for developing and adopting innovations.",
                "Innovation push (research and development funding)", "Innovation pull (adoption funding, procurement, commissioning)",
                "Coordination across the whole pathway", "Risk- and reward-sharing agreements");
        driver(b, s, "alignment", "R Ch 10; Box 7", "Cross-cutting theme: aligning policy design with implementation requirements and success criteria.");
        driver(b, s, "metrics", "R Ch 11; Box 8", "Cross-cutting theme: metrics for outputs, outcomes and impacts across the pathway.");

        for (String key : new String[] {"need", "idea", "development", "testing", "adoption", "spread"}) {
            cite(b.get(PathwayStage.class, key), s.report(), "R Ch 3; Ch 11 (pathway stages)");
        }
        for (String key : new String[] {"innovators", "adopters"}) {
            cite(b.get(StakeholderGroup.class, key), s.blog(), "B observation 1 (funding for innovators and adopters)");
        }
        cite(b.get(StakeholderGroup.class, "clinicians"), s.report(), "R Ch 4 (healthcare professionals)");
        cite(b.get(StakeholderGroup.class, "managers"), s.report(), "R Ch 5 (executive leadership and middle management)");
        cite(b.get(StakeholderGroup.class, "patients"), s.report(), "R Ch 8 (patients and the public)");
    }

    private static void driver(InnovationSystemBuilder b, Sources s, String key, String section, String description, String... subFactors) {
        Driver driver = b.get(Driver.class, key);
        driver.setDescription(description);
        InnovationSystemBuilder.cite(driver, s.report(), section);
        int i = 0;
        for (String name : subFactors) {
            InnovationSystemBuilder.cite(b.subFactor(driver, key + "-" + (++i), name), s.report(), section);
        }
    }
}
