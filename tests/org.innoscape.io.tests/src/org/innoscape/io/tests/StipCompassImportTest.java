package org.innoscape.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.innoscape.io.ImportResult;
import org.innoscape.io.RegisterKind;
import org.innoscape.model.InstrumentType;
import org.innoscape.model.ModelElement;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.Property;
import org.innoscape.model.Tristate;
import org.innoscape.model.build.DefaultTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The EC-OECD STIP Compass flat CSV export maps onto initiatives. */
class StipCompassImportTest {
    static final String HEADER = "InitiativeID|CountryCode|CoutryLabel|NameEnglish|Tags|TH1|TH3|TG1|TG2|InstrumentTypeLabel|YearlyBudgetRange|HasBeenEvaluated\n"
            + "Initiative ID|Country code|Country|Name|Keywords|Governance|Innovation in firms and innovative entrepreneurship"
            + "|Firms of any age|Researchers, teachers and students|Instrument|Budget|Evaluated\n";

    @TempDir
    Path folder;

    private Path export(String rows) throws Exception {
        return Files.writeString(folder.resolve("STIP-Data-Flatcsv.csv"), HEADER + rows, StandardCharsets.UTF_8);
    }

    @Test
    void rowsOfOneInitiativeMergeIntoOneWithThemesGroupsBudgetAndInstrument() throws Exception {
        Path file = export("""
                101|GBR|United Kingdom|Small Business Research Initiative|procurement¬SMEs|0|1|1|0|Procurement programmes for R&D and innovation|20M-50M|1
                101|GBR|United Kingdom|Small Business Research Initiative|procurement|1|0|0|1|Innovation vouchers|20M-50M|1
                202|GBR|United Kingdom|AI in health award|AI|0|1|1|0|Science and innovation challenges, prizes and awards|More than 500M|0
                """);
        assertEquals(RegisterKind.INITIATIVES, MalformedRegisterTest.readOne(file).kind());
        ImportResult result = RegisterRoundTripTest.importInto(DefaultTemplate.create("STIP"), List.of(file), true);
        assertTrue(result.succeeded(), result.problems().toString());
        List<PolicyInitiative> initiatives = result.model().getInitiatives();
        assertEquals(2, initiatives.size(), "one initiative per InitiativeID");

        PolicyInitiative sbri = initiatives.get(0);
        assertEquals("Small Business Research Initiative", sbri.getName());
        assertEquals(InstrumentType.PROCUREMENT_FOR_RND_AND_INNOVATION, sbri.getInstrumentType(), "the first instrument");
        assertEquals(List.of("Firms of any age", "Researchers, teachers and students"),
                sbri.getTargetGroups().stream().map(ModelElement::getName).toList());
        assertEquals(0, new BigDecimal("20000000").compareTo(sbri.getBudget().getAmount()));
        assertEquals(0, new BigDecimal("50000000").compareTo(sbri.getBudget().getUpperAmount()));
        assertEquals("EUR", sbri.getBudget().getCurrency());
        assertEquals("year", sbri.getBudget().getPeriod());
        assertEquals(Tristate.YES, sbri.getEvaluated());
        Map<String, String> properties = properties(sbri);
        assertEquals("Innovation in firms and innovative entrepreneurship; Governance", properties.get("stip_themes"));
        assertEquals("procurement; SMEs", properties.get("stip_tags"));
        assertEquals("United Kingdom", properties.get("stip_country"));
        assertEquals("Procurement programmes for R&D and innovation; Innovation vouchers", properties.get("stip_instruments"));
        assertEquals("United Kingdom", result.model().getJurisdiction(), "a one-country export sets an empty jurisdiction");

        PolicyInitiative award = initiatives.get(1);
        assertEquals(InstrumentType.CHALLENGES_PRIZES_AND_AWARDS, award.getInstrumentType());
        assertEquals(null, award.getBudget(), "an open range is not a budget");
        assertEquals("More than 500M", properties(award).get("stip_budget_range"));
        assertEquals(Tristate.NO, award.getEvaluated());
    }

    @Test
    void reimportingTheExportUpdatesTheSameInitiatives() throws Exception {
        Path file = export("303|GBR|United Kingdom|Catalyst|x|1|0|0|1|Equity financing|BR10|1\n");
        ImportResult first = RegisterRoundTripTest.importInto(DefaultTemplate.create("STIP"), List.of(file), true);
        ImportResult second = RegisterRoundTripTest.importInto(first.model(), List.of(file), true);
        assertTrue(second.succeeded());
        assertEquals(1, second.model().getInitiatives().size());
        assertEquals(0, second.created());
        assertEquals(0, new BigDecimal("5000000").compareTo(second.model().getInitiatives().get(0).getBudget().getUpperAmount()));
    }

    @Test
    void brokenExportsAreReportedWithRowsAndImportNothing() throws Exception {
        Path ragged = export("404|GBR|United Kingdom|Short row|x|1\n|GBR|United Kingdom|No id|x|1|0|0|1|Equity financing|BR10|1\n");
        ImportResult result = RegisterRoundTripTest.importInto(DefaultTemplate.create("STIP"), List.of(ragged), true);
        assertFalse(result.succeeded());
        List<String> problems = result.fatalProblems().stream().map(Object::toString).toList();
        assertTrue(problems.stream().anyMatch(p -> p.contains("row 3") && p.contains("the row has 6 cells")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("row 4, column InitiativeID") && p.contains("required")), problems.toString());

        Path headerOnly = Files.writeString(folder.resolve("header-only.csv"), HEADER.lines().findFirst().get() + "\n");
        ImportResult missingLabels = RegisterRoundTripTest.importInto(DefaultTemplate.create("STIP"), List.of(headerOnly), true);
        assertTrue(missingLabels.fatalProblems().get(0).reason().contains("no initiative rows"));
    }

    @Test
    void unknownTargetGroupsAreRefusedWhenAsked() throws Exception {
        Path file = export("505|GBR|United Kingdom|Strict|x|0|0|1|0|Equity financing|BR9|0\n");
        ImportResult result = RegisterRoundTripTest.importInto(DefaultTemplate.create("STIP"), List.of(file), false);
        assertFalse(result.succeeded());
        assertTrue(result.fatalProblems().get(0).toString().contains("column target_groups, value 'Firms of any age'"),
                result.fatalProblems().toString());
    }

    private static Map<String, String> properties(ModelElement element) {
        return element.getProperties().stream().collect(Collectors.toMap(Property::getKey, Property::getValue));
    }
}
