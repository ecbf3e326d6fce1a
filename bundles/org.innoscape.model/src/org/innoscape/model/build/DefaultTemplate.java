package org.innoscape.model.build;

import org.innoscape.model.DriverKind;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.PathwaySide;

/**
 * The content a new model starts from: the six drivers of innovation and the two cross-cutting
 * themes of the RAND Europe / Manchester report, the default pathway stages, and the usual target
 * groups. All of it is ordinary, editable model content.
 */
public final class DefaultTemplate {

    private DefaultTemplate() {
    }

    public static InnovationSystem create(String name) {
        InnovationSystemBuilder builder = new InnovationSystemBuilder("template/" + name, name);
        addTo(builder);
        return builder.system();
    }

    /** Adds the template content to a model being built; keys are those listed here. */
    public static void addTo(InnovationSystemBuilder b) {
        b.driver("skills", "Skills, capabilities and leadership", DriverKind.DRIVER);
        b.driver("motivations", "Motivations and accountabilities", DriverKind.DRIVER);
        b.driver("information", "Information and evidence", DriverKind.DRIVER);
        b.driver("networks", "Relationships and networks", DriverKind.DRIVER);
        b.driver("ppie", "Patient and public involvement and engagement", DriverKind.DRIVER);
        b.driver("funding", "Funding and commissioning", DriverKind.DRIVER);
        b.driver("alignment", "Aligning policy design with implementation", DriverKind.CROSS_CUTTING_THEME);
        b.driver("metrics", "Metrics for outputs, outcomes and impacts", DriverKind.CROSS_CUTTING_THEME);

        b.stage("need", "Need identification", PathwaySide.INNOVATION);
        b.stage("idea", "Idea generation", PathwaySide.INNOVATION);
        b.stage("development", "Development", PathwaySide.INNOVATION);
        b.stage("testing", "Testing and evaluation", PathwaySide.CROSS_CUTTING);
        b.stage("adoption", "Adoption", PathwaySide.ADOPTION);
        b.stage("spread", "Spread and scale-up", PathwaySide.ADOPTION);

        b.group("innovators", "Innovators", PathwaySide.INNOVATION);
        b.group("adopters", "Adopters", PathwaySide.ADOPTION);
        b.group("clinicians", "Clinicians", PathwaySide.ADOPTION);
        b.group("managers", "Managers", PathwaySide.ADOPTION);
        b.group("patients", "Patients and the public", PathwaySide.CROSS_CUTTING);
    }
}
