package org.innoscape.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.innoscape.io.ImportProblem;
import org.innoscape.io.ImportResult;
import org.innoscape.model.ActivityType;
import org.innoscape.model.Focus;
import org.innoscape.model.InitiativeStatus;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.ModelElement;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.build.DefaultTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Registers written in the product's own words, with &, mixed case and the template's names spelt differently. */
class RegistersAsPeopleWriteThemTest {
    @TempDir
    Path folder;

    private Path register(String text) throws Exception {
        return Files.writeString(folder.resolve("initiatives.csv"), text);
    }

    @Test
    void theProductsOwnWordsImportWithoutNearTwins() throws Exception {
        Path file = register("""
                ID,Name,Activity Types,Stages,Drivers,Focus,Status,Target groups
                H01,Skills academy,training & skills; Evaluation & Evidence,spread & scale-up; TESTING AND EVALUATION,funding & commissioning,Non clinical,Ongoing,patients & the public
                H02,Evidence hub,evaluation-and-evidence,Spread and Scale Up,Funding and Commissioning; Skills & leadership,administrative,concluded,innovators
                """);
        InnovationSystem template = DefaultTemplate.create("Words");
        ImportResult result = RegisterRoundTripTest.importInto(template, List.of(file), true);
        assertTrue(result.succeeded(), result.problems().toString());
        InnovationSystem model = result.model();
        assertEquals(template.getStages().size(), model.getStages().size(), "no second stage");
        assertEquals(template.getDrivers().size(), model.getDrivers().size(), "no second driver");
        assertEquals(template.getStakeholderGroups().size(), model.getStakeholderGroups().size(), "no second group");
        PolicyInitiative academy = model.getInitiatives().get(0);
        assertEquals(List.of(ActivityType.TRAINING_AND_SKILLS, ActivityType.EVALUATION_AND_EVIDENCE), academy.getActivityTypes());
        assertEquals(List.of("Spread and scale-up", "Testing and evaluation"), names(academy.getStagesSupported()));
        assertEquals(List.of("Funding and commissioning"), names(academy.getDriversAddressed()));
        assertEquals(List.of("Patients and the public"), names(academy.getTargetGroups()));
        assertEquals(Focus.NON_CLINICAL, academy.getFocus());
        assertEquals(InitiativeStatus.ACTIVE, academy.getStatus());
        PolicyInitiative hub = model.getInitiatives().get(1);
        assertEquals(List.of("Funding and commissioning", "Skills, capabilities and leadership"), names(hub.getDriversAddressed()));
        assertTrue(result.problems().stream().anyMatch(p -> !p.fatal() && p.reason().contains("taken as 'Skills, capabilities and leadership'")),
                result.problems().toString());
        assertEquals("H01", academy.getExternalId(), "the register's own id is kept");
    }

    @Test
    void aMisspeltStageIsCreatedWithAWarningThatNamesItsTwin() throws Exception {
        Path file = register("id,name,stages\nX1,Typo,Developmentt\n");
        ImportResult created = RegisterRoundTripTest.importInto(DefaultTemplate.create("Twin"), List.of(file), true);
        assertTrue(created.succeeded());
        ImportProblem warning = created.problems().stream().filter(p -> "stages".equals(p.column())).findFirst().orElseThrow();
        assertFalse(warning.fatal());
        assertTrue(warning.reason().contains("resembles the existing stage 'Development'"), warning.reason());

        ImportResult refused = RegisterRoundTripTest.importInto(DefaultTemplate.create("Twin"), List.of(file), false);
        assertFalse(refused.succeeded());
        assertTrue(refused.fatalProblems().get(0).reason().contains("did you mean 'Development'?"), refused.fatalProblems().toString());
    }

    @Test
    void eachBadValueOfAMultiValuedCellIsReportedOnItsOwn() throws Exception {
        Path file = register("id,name,activity_types\nX1,Two bad,funding; traning; nonsense\n");
        ImportResult result = RegisterRoundTripTest.importInto(DefaultTemplate.create("Bad"), List.of(file), true);
        assertFalse(result.succeeded());
        List<String> values = result.fatalProblems().stream().map(ImportProblem::value).toList();
        assertEquals(List.of("traning", "nonsense"), values);
        assertTrue(result.fatalProblems().get(0).reason().contains("did you mean 'training and skills'?"));
    }

    private static List<String> names(List<? extends ModelElement> elements) {
        return elements.stream().map(ModelElement::getName).toList();
    }
}
