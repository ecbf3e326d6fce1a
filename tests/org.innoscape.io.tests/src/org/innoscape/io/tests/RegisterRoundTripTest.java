package org.innoscape.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.innoscape.examples.EnglandHealthInnovation2021;
import org.innoscape.io.ImportResult;
import org.innoscape.io.RegisterExporter;
import org.innoscape.io.RegisterImporter;
import org.innoscape.io.RegisterReader;
import org.innoscape.io.RegisterTable;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.ModelElement;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.Relationship;
import org.innoscape.model.build.DefaultTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** model -> registers -> model keeps every register column. */
class RegisterRoundTripTest {
    @TempDir
    Path folder;

    static ImportResult importInto(InnovationSystem target, List<Path> files, boolean createUnknown) {
        return new RegisterImporter(new RegisterImporter.Options(createUnknown)).apply(target,
                RegisterReader.readAll(files));
    }

    @Test
    void exampleSurvivesExportAndImport() throws Exception {
        InnovationSystem original = EnglandHealthInnovation2021.build();
        List<Path> files = RegisterExporter.writeCsv(original, folder);
        ImportResult result = importInto(DefaultTemplate.create("Round trip"), files, false);
        assertTrue(result.succeeded(), result.fatalProblems().toString());
        assertSameRegisters(original, result.model());
    }

    /** Export then import into the very model exported: nothing is created, nothing changes (relationships included). */
    @Test
    void exportImportedIntoTheSameModelChangesNothing() throws Exception {
        InnovationSystem original = EnglandHealthInnovation2021.build();
        List<List<Path>> exports = List.of(RegisterExporter.writeCsv(original, folder.resolve("csv")),
                List.of(RegisterExporter.writeXlsx(original, folder.resolve("registers.xlsx"))));
        for (List<Path> files : exports) {
            ImportResult result = importInto(original, files, false);
            assertTrue(result.succeeded(), result.fatalProblems().toString());
            assertEquals(0, result.created(), "nothing new from " + files);
            assertEquals(original.getRelationships().size(), result.model().getRelationships().size());
            assertEquals(original.getActors().size(), result.model().getActors().size());
            assertEquals(original.getInitiatives().size(), result.model().getInitiatives().size());
            assertSameRegisters(original, result.model());
        }
    }

    /** Everything the registers carry is equal: every column of the three registers and the properties. */
    static void assertSameRegisters(InnovationSystem original, InnovationSystem copy) {
        assertEquals(describeActors(original), describeActors(copy));
        assertEquals(describeInitiatives(original), describeInitiatives(copy));
        assertEquals(describeRelationships(original), describeRelationships(copy));
        assertEquals(describeProperties(original), describeProperties(copy));
    }

    @Test
    void importingTheSameRegistersAgainUpdatesInsteadOfDuplicating() throws Exception {
        List<Path> files = RegisterExporter.writeCsv(EnglandHealthInnovation2021.build(), folder);
        ImportResult first = importInto(DefaultTemplate.create("Twice"), files, false);
        ImportResult second = importInto(first.model(), files, false);
        assertTrue(second.succeeded());
        assertEquals(first.model().getInitiatives().size(), second.model().getInitiatives().size());
        assertEquals(first.model().getActors().size(), second.model().getActors().size());
        assertEquals(first.model().getRelationships().size(), second.model().getRelationships().size());
        assertEquals(0, second.created(), "nothing new the second time");
        assertEquals(0, second.updated(), "registers imported again as they were change nothing");
        assertEquals(second.model().getActors().size() + second.model().getInitiatives().size()
                + second.model().getRelationships().size(), second.unchanged(), "every row found its element, unchanged");
        assertTrue(org.eclipse.emf.ecore.util.EcoreUtil.equals(first.model(), second.model()), "the model as it was");
    }

    @Test
    void formulasAreNeutralisedInExportAndRestoredOnImport() throws Exception {
        InnovationSystem model = DefaultTemplate.create("Formulas");
        PolicyInitiative risky = org.innoscape.model.InnoscapeFactory.eINSTANCE.createPolicyInitiative();
        risky.setId("6c1a1b52-0000-3000-8000-000000000001");
        risky.setName("=HYPERLINK(\"http://example.invalid\")");
        risky.setDescription("+1 for adopters");
        model.getInitiatives().add(risky);
        List<Path> files = RegisterExporter.writeCsv(model, folder);
        String csv = Files.readString(folder.resolve("initiatives.csv"));
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://example.invalid\"\")\""), csv);
        assertTrue(csv.contains("'+1 for adopters"), csv);
        InnovationSystem back = importInto(DefaultTemplate.create("Back"), files, false).model();
        assertEquals("=HYPERLINK(\"http://example.invalid\")", back.getInitiatives().get(0).getName());
        assertEquals("+1 for adopters", back.getInitiatives().get(0).getDescription());
    }

    private static String describeActors(InnovationSystem model) {
        return model.getActors().stream().map(a -> String.join("|", a.getId(), a.getName(), a.getKind().getName(), a.getLevel().getName(),
                String.valueOf(a.getDescription()), names(a.getMemberOf()))).sorted().collect(Collectors.joining("\n"));
    }

    private static String describeInitiatives(InnovationSystem model) {
        return model.getInitiatives().stream().map(RegisterRoundTripTest::describe).sorted().collect(Collectors.joining("\n"));
    }

    private static String describe(PolicyInitiative p) {
        return String.join("|", p.getId(), p.getName(), String.valueOf(p.getDescription()), names(p.getOwners()), names(p.getPartners()),
                p.getActivityTypes().toString(), p.getInstrumentType().getName(), p.getFocus().getName(),
                p.getProductivityFocus().getName(), p.getOffersFunding().getName(), p.getFundingRecipients().getName(),
                names(p.getStagesSupported()), names(p.getDriversAddressed()), names(p.getTargetGroups()),
                String.valueOf(p.getTechnologyArea()),
                p.getBudget() == null ? "no budget" : p.getBudget().getAmount() + "-" + p.getBudget().getUpperAmount() + " "
                        + p.getBudget().getCurrency() + " " + p.getBudget().getPeriod(),
                String.valueOf(p.getStartDate()), String.valueOf(p.getEndDate()), p.getStatus().getName(), p.getEvaluated().getName(),
                p.getRapidEvaluation().getName());
    }

    private static String describeRelationships(InnovationSystem model) {
        return model.getRelationships().stream().map((Relationship r) -> String.join("|", r.getSource().getName(), r.getKind().getName(),
                r.getTarget().getName(), String.valueOf(r.getStrength()), String.valueOf(r.getEvidence()))).sorted()
                .collect(Collectors.joining("\n"));
    }

    private static String describeProperties(InnovationSystem model) {
        return java.util.stream.Stream.of(model.getActors(), model.getInitiatives(), model.getRelationships()).flatMap(List::stream)
                .flatMap(e -> e.getProperties().stream().map(p -> e.getName() + "." + p.getKey() + "=" + p.getValue())).sorted()
                .collect(Collectors.joining("\n"));
    }

    private static String names(List<? extends ModelElement> elements) {
        return elements.stream().map(ModelElement::getName).sorted().collect(Collectors.joining(";"));
    }

}
