package org.innoscape.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.innoscape.analysis.AnalysisResult;
import org.innoscape.analysis.AnalysisRunner;
import org.innoscape.analysis.alignment.FocusRule;
import org.innoscape.analysis.alignment.MeasurementRule;
import org.innoscape.analysis.alignment.StructureRule;
import org.innoscape.analysis.landscape.LandscapeCalculator;
import org.innoscape.analysis.report.AnalysisReport;
import org.innoscape.analysis.report.ReportFormat;
import org.innoscape.io.RegisterImporter;
import org.innoscape.io.RegisterReader;
import org.innoscape.io.RegisterTable;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.build.DefaultTemplate;
import org.innoscape.model.build.InnovationSystemBuilder;
import org.innoscape.model.persistence.ModelLoadException;
import org.innoscape.model.persistence.ModelStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz targets for every entry point that reads what a user or an attacker hands us. The contract is
 * the same everywhere: bad input gives problems or a load error with a message, never an exception
 * of another kind, a hang or a crash. Inputs that once failed are kept under
 * src/test/resources/org/innoscape/fuzz/EntryPointFuzzTestInputs/ and replayed by every build.
 */
class EntryPointFuzzTest {
    private static Path folder;

    @BeforeAll
    static void folder() throws Exception {
        folder = Files.createTempDirectory("innoscape-fuzz");
    }

    @AfterAll
    static void clean() throws Exception {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(folder);
    }

    /** Reads a register file (any bytes) and applies it to the default template: problems, never exceptions. */
    private static void readAndApply(String name, byte[] bytes) throws Exception {
        Path file = folder.resolve(name);
        Files.write(file, bytes);
        List<RegisterTable> tables = RegisterReader.read(file);
        new RegisterImporter(new RegisterImporter.Options(true)).apply(DefaultTemplate.create("Fuzz"), tables);
    }

    @FuzzTest(maxDuration = "10s")
    void csvRegisters(byte[] bytes) throws Exception {
        readAndApply("register.csv", bytes);
    }

    @FuzzTest(maxDuration = "10s")
    void excelRegisters(byte[] bytes) throws Exception {
        readAndApply("register.xlsx", bytes);
    }

    /** A STIP Compass export's header, then fuzzed rows: labels, flags, ids, organisations, years. */
    @FuzzTest(maxDuration = "10s")
    void stipCompassExports(FuzzedDataProvider data) throws Exception {
        String header = "InitiativeID|CountryCode|CountryLabel|NameEnglish|NameResponsibleOrganisation|TG9|TH13|InstrumentTypeLabel"
                + "|YearlyBudgetRange|StartDateYear|Objectives1\n";
        String labels = data.consumeBoolean() ? "Initiative|Code|Country|Name|Organisation|Firms|Strategy|Instrument|Budget|Start|Objective\n" : "";
        readAndApply("stip.csv", (header + labels + data.consumeRemainingAsString()).getBytes(StandardCharsets.UTF_8));
    }

    /** Any bytes as a model file: a model or a load error with a message. */
    @FuzzTest(maxDuration = "10s")
    void modelFiles(byte[] bytes) throws Exception {
        Path file = folder.resolve("model.innoscape");
        Files.write(file, bytes);
        try {
            new ModelStore().load(file);
        } catch (ModelLoadException expected) {
            assertFalse(expected.getMessage() == null || expected.getMessage().isBlank(), "a load error says what is wrong");
        }
    }

    /**
     * A valid model with fuzzed attribute values, element names and lines: random bytes rarely get
     * past the XML parser, this reaches the model's own checks. A model that loads must also save and
     * load again (nothing a load accepts may break the next save).
     */
    @FuzzTest(maxDuration = "10s")
    void modelsWithFuzzedValues(FuzzedDataProvider data) throws Exception {
        String text = ModelMutations.mutate(validModel(), data);
        Path file = folder.resolve("mutated.innoscape");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        InnovationSystem loaded;
        try {
            loaded = new ModelStore().load(file);
        } catch (ModelLoadException expected) {
            assertFalse(expected.getMessage() == null || expected.getMessage().isBlank(), "a load error says what is wrong");
            return;
        }
        Path copy = folder.resolve("saved-again.innoscape");
        new ModelStore().save(loaded, copy);
        new ModelStore().load(copy);
    }

    private static String validModelText;

    /** A small model with every kind of element the file format has, as the product writes it. */
    private static synchronized String validModel() throws Exception {
        if (validModelText == null) {
            InnovationSystemBuilder builder = new InnovationSystemBuilder("fuzz-seed", "Seed");
            var document = builder.document("d", "A report", "report.txt");
            var funder = builder.actor("a", "Funder", org.innoscape.model.ActorKind.RESEARCH_FUNDER, org.innoscape.model.ActorLevel.NATIONAL);
            var network = builder.actor("b", "Network", org.innoscape.model.ActorKind.NETWORK, org.innoscape.model.ActorLevel.REGIONAL);
            InnovationSystemBuilder.cite(builder.relationship("r", funder, org.innoscape.model.RelationshipKind.FUNDS, network), document, "2.1");
            var driver = builder.driver("dr", "Funding", org.innoscape.model.DriverKind.DRIVER);
            builder.subFactor(driver, "sf", "Budgets");
            builder.stage("s", "Adoption", org.innoscape.model.PathwaySide.ADOPTION);
            builder.group("g", "Patients", org.innoscape.model.PathwaySide.ADOPTION);
            PolicyInitiative initiative = builder.initiative("i", "Spread programme");
            initiative.setDescription("Helps adopters & evaluators <fast>.");
            initiative.getOwners().add(funder);
            builder.recommendation("rec", 1, "Fund adoption", "Fund it.");
            builder.indicator("ind", "Uptake", org.innoscape.model.IndicatorCategory.OUTCOME);
            Path seed = folder.resolve("seed.innoscape");
            new ModelStore().save(builder.system(), seed);
            validModelText = Files.readString(seed, StandardCharsets.UTF_8);
        }
        return validModelText;
    }

    /** Arbitrary names and descriptions in every report format: reports are written, Markdown never carries raw HTML. */
    @FuzzTest(maxDuration = "10s")
    void reportsOfArbitraryNames(FuzzedDataProvider data) throws Exception {
        InnovationSystemBuilder builder = new InnovationSystemBuilder("fuzz", data.consumeString(40));
        for (int i = 0; i < 3; i++) {
            PolicyInitiative initiative = builder.initiative("i" + i, data.consumeString(60));
            initiative.setDescription(data.consumeString(80));
        }
        InnovationSystem model = builder.system();
        AnalysisResult result = AnalysisRunner.run(model, List.of(new MeasurementRule(), new FocusRule(), new StructureRule()), Map.of(),
                new NullProgressMonitor());
        AnalysisReport report = new AnalysisReport(model.getName(), "fuzz.innoscape", "fuzz", LandscapeCalculator.summarise(model), result);
        for (ReportFormat format : ReportFormat.values()) {
            StringWriter out = new StringWriter();
            format.writer().write(report, out);
            if (format == ReportFormat.MARKDOWN) {
                assertFalse(out.toString().contains("<script"), "raw HTML in Markdown");
            }
        }
    }
}
