package org.innoscape.io.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.innoscape.io.ImportResult;
import org.innoscape.io.RegisterExporter;
import org.innoscape.io.RegisterImporter;
import org.innoscape.io.RegisterReader;
import org.innoscape.io.RegisterTable;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.ModelElement;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.build.DefaultTemplate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;

/** For any model: model → registers (CSV or Excel) → model keeps every register value; no input makes a reader throw. */
class RegisterRoundTripPropertyTest {
    private Path folder;

    @BeforeTry
    void createFolder() throws IOException {
        folder = Files.createTempDirectory("innoscape-properties");
    }

    @AfterTry
    void deleteFolder() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    @Provide
    Arbitrary<InnovationSystem> models() {
        return RegisterModels.models();
    }

    @Property(tries = 60)
    void csvRoundTripKeepsEveryRegisterValue(@ForAll("models") InnovationSystem model) throws IOException {
        assertSameRegisters(model, importInto(RegisterExporter.writeCsv(model, folder)));
    }

    @Property(tries = 30)
    void excelRoundTripKeepsEveryRegisterValue(@ForAll("models") InnovationSystem model) throws IOException {
        assertSameRegisters(model, importInto(List.of(RegisterExporter.writeXlsx(model, folder.resolve("registers.xlsx")))));
    }

    @Property(tries = 40)
    void importingTwiceChangesNothing(@ForAll("models") InnovationSystem model) throws IOException {
        List<Path> files = RegisterExporter.writeCsv(model, folder);
        InnovationSystem once = importInto(files);
        ImportResult twice = new RegisterImporter(new RegisterImporter.Options(false)).apply(once, RegisterReader.readAll(files));
        assertEquals(0, twice.created(), "re-importing creates nothing");
        assertSameRegisters(once, twice.model());
    }

    @Property(tries = 200)
    void noCsvContentMakesTheReaderThrow(@ForAll("anyCsv") String content) throws IOException {
        Path file = Files.writeString(folder.resolve("any.csv"), content);
        List<RegisterTable> tables = RegisterReader.read(file);
        assertEquals(1, tables.size());
        RegisterTable table = tables.get(0);
        assertTrue(table.kind() != null || table.hasFatalProblems(), "an unrecognised file is a fatal problem");
        ImportResult result = new RegisterImporter(new RegisterImporter.Options(true)).apply(DefaultTemplate.create("Any"), tables);
        assertTrue(result.succeeded() || !result.fatalProblems().isEmpty());
    }

    @Property(tries = 100)
    void noBytesMakeTheWorkbookReaderThrow(@ForAll("anyBytes") byte[] content) throws IOException {
        Path file = Files.write(folder.resolve("any.xlsx"), content);
        List<RegisterTable> tables = RegisterReader.read(file);
        assertTrue(tables.stream().allMatch(RegisterTable::hasFatalProblems));
    }

    @Provide
    Arbitrary<String> anyCsv() {
        Arbitrary<String> header = Arbitraries.of("id,name,kind,level", "id;name;owner;focus", "source\ttarget\tkind", "colour,size", "",
                "InitiativeID|NameEnglish|TG1");
        Arbitrary<String> body = Arbitraries.strings().withChars("abc,;\t|\"\n\r=1 ").ofMaxLength(200);
        return header.flatMap(h -> body.map(b -> h + "\n" + b));
    }

    @Provide
    Arbitrary<byte[]> anyBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(400);
    }

    private static InnovationSystem importInto(List<Path> files) {
        ImportResult result = new RegisterImporter(new RegisterImporter.Options(false)).apply(DefaultTemplate.create("Back"),
                RegisterReader.readAll(files));
        assertTrue(result.succeeded(), () -> result.fatalProblems().toString());
        assertNotNull(result.model());
        return result.model();
    }

    private static void assertSameRegisters(InnovationSystem expected, InnovationSystem actual) {
        assertEquals(describe(expected), describe(actual));
    }

    /** Every value the registers carry, by element id, in a stable order. */
    static String describe(InnovationSystem model) {
        Stream<String> actors = model.getActors().stream().map(a -> String.join("|", a.getId(), a.getName(), a.getKind().getName(),
                a.getLevel().getName(), String.valueOf(a.getDescription()), names(a.getMemberOf()), properties(a)));
        Stream<String> initiatives = model.getInitiatives().stream().map(RegisterRoundTripPropertyTest::describe);
        Stream<String> relationships = model.getRelationships().stream().map(r -> String.join("|", r.getSource().getId(),
                r.getKind().getName(), r.getTarget().getId(), String.valueOf(r.getStrength()), String.valueOf(r.getEvidence()), properties(r)));
        return Stream.of(actors, initiatives, relationships).flatMap(s -> s).sorted().collect(Collectors.joining("\n"));
    }

    private static String describe(PolicyInitiative p) {
        return String.join("|", p.getId(), p.getName(), String.valueOf(p.getDescription()), ids(p.getOwners()), names(p.getStagesSupported()),
                names(p.getDriversAddressed()), p.getFocus().getName(), p.getOffersFunding().getName(), p.getFundingRecipients().getName(),
                p.getBudget() == null ? "-" : p.getBudget().getAmount().stripTrailingZeros().toPlainString() + " " + p.getBudget().getCurrency(),
                String.valueOf(p.getStartDate()), String.valueOf(p.getEndDate()), p.getStatus().getName(), p.getEvaluated().getName(),
                properties(p));
    }

    private static String properties(ModelElement element) {
        return element.getProperties().stream().map(p -> p.getKey() + "=" + p.getValue()).collect(Collectors.joining(","));
    }

    private static String ids(List<? extends ModelElement> elements) {
        return elements.stream().map(ModelElement::getId).sorted().collect(Collectors.joining(";"));
    }

    private static String names(List<? extends ModelElement> elements) {
        return elements.stream().map(ModelElement::getName).sorted().collect(Collectors.joining(";"));
    }
}
