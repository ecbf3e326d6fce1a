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

    /** Grant databases saved as CSV write a time after the day, the day first, or the month in words (a 360Giving file did). */
    @Test
    void datesAsGrantDatabasesWriteThemAreReadDayFirst() throws Exception {
        Path file = register("""
                id,name,start_date,end_date
                D1,Time after the day,26/03/2001 00:00,2001-09-30T00:00:00+00:00
                D2,Dots and words,1.4.2019,30 April 2021
                D3,Month and year,04/2019,Sept 2020
                D4,Already ours,2019-04,2020
                D5,Seconds and a zone,2019-04-01 09:30:00,2019-12-31T23:59:59Z
                D6,An export's day,26/03/2001 00:00:00.000,30-Apr-2021
                D7,Twelve hours,26/03/2001 12:00 AM,2001-03-26 00:00:00 +00:00
                D8,Dotted month,04.2019,30 April 2021 00:00
                """);
        ImportResult result = RegisterRoundTripTest.importInto(DefaultTemplate.create("Dates"), List.of(file), true);
        assertTrue(result.succeeded(), result.problems().toString());
        List<PolicyInitiative> read = result.model().getInitiatives();
        assertEquals(List.of("2001-03-26", "2019-04-01", "2019-04", "2019-04", "2019-04-01", "2001-03-26", "2001-03-26", "2019-04"),
                read.stream().map(PolicyInitiative::getStartDate).toList());
        assertEquals(List.of("2001-09-30", "2021-04-30", "2020-09", "2020", "2019-12-31", "2021-04-30", "2001-03-26", "2021-04-30"),
                read.stream().map(PolicyInitiative::getEndDate).toList());

        Path monthFirst = register("id,name,start_date\nU1,Month first,04/30/2021\nU2,No such day,31/02/2021\nU3,A season,Spring 2021\n"
                + "U4,Two separators,1/4.2019\n");
        ImportResult refused = RegisterRoundTripTest.importInto(DefaultTemplate.create("Dates"), List.of(monthFirst), true);
        assertFalse(refused.succeeded(), "never read the other way round");
        assertEquals(List.of("04/30/2021", "31/02/2021", "Spring 2021", "1/4.2019"), refused.fatalProblems().stream().map(ImportProblem::value).toList());
        assertTrue(refused.fatalProblems().get(0).reason().contains("dd/mm/yyyy (day first)"), refused.fatalProblems().get(0).reason());

        // NHS registers often give a financial year: refused (it is no date), saying what to write instead.
        Path financial = register("id,name,start_date,end_date\nF1,One year,2019/20,FY 2021-22\nF2,Not consecutive,2019/21,\n");
        List<ImportProblem> years = RegisterRoundTripTest.importInto(DefaultTemplate.create("Years"), List.of(financial), true).fatalProblems();
        assertEquals(List.of("2019/20", "FY 2021-22", "2019/21"), years.stream().map(ImportProblem::value).toList());
        assertTrue(years.get(0).reason().startsWith("a financial year (April to March) is not a date: write the year or month"), years.get(0).reason());
        assertTrue(years.get(1).reason().startsWith("a financial year"), years.get(1).reason());
        assertTrue(years.get(2).reason().startsWith("not a date; expected"), "two years not in a row are no financial year: " + years.get(2).reason());
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
