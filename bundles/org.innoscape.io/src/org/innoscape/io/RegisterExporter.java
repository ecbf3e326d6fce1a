package org.innoscape.io;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.emf.common.util.Enumerator;
import org.innoscape.model.Actor;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.ModelElement;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.Property;
import org.innoscape.model.Relationship;
import org.innoscape.model.Tristate;
import org.innoscape.model.persistence.AtomicFiles;
import org.innoscape.model.values.SpreadsheetCells;

/**
 * Writes a model as the three registers in the format the importer reads, so that export then import
 * gives the same model: as CSV files (initiatives.csv, actors.csv, relationships.csv) or as one Excel
 * workbook with a sheet per register. References are written by name when the name is unique, by id
 * otherwise. Element properties become extra columns after the register's own.
 */
public final class RegisterExporter {

    /** One register as a header and rows of text, ready to be written in any format. */
    public record Sheet(RegisterKind kind, List<String> header, List<List<String>> rows) {
    }

    private RegisterExporter() {
    }

    public static List<Sheet> sheets(InnovationSystem model) {
        return List.of(sheet(RegisterKind.ACTORS, model.getActors(), actorRows(model)),
                sheet(RegisterKind.INITIATIVES, model.getInitiatives(), initiativeRows(model)),
                sheet(RegisterKind.RELATIONSHIPS, exportedRelationships(model), relationshipRows(model)));
    }

    public static List<Path> writeCsv(InnovationSystem model, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (Sheet sheet : sheets(model)) {
            written.add(writeCsv(folder.resolve(sheet.kind().fileName()), sheet));
        }
        return written;
    }

    public static Path writeXlsx(InnovationSystem model, Path file) throws IOException {
        XlsxRegisterWriter.write(sheets(model), file);
        return file;
    }

    private static Path writeCsv(Path file, Sheet sheet) throws IOException {
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(sheet.header().stream().map(SpreadsheetCells::neutralise).toList());
            for (List<String> row : sheet.rows()) {
                printer.printRecord(row.stream().map(SpreadsheetCells::neutralise).toList());
            }
        }
        AtomicFiles.write(file, text.toString());
        return file;
    }

    /** The register's columns, then one column per property key its elements have (sorted). */
    private static Sheet sheet(RegisterKind kind, List<? extends ModelElement> elements, List<List<String>> rows) {
        List<String> keys = elements.stream().flatMap(e -> e.getProperties().stream()).map(Property::getKey)
                .filter(key -> key != null && !key.isBlank() && !kind.columns().contains(key.toLowerCase(Locale.ROOT)))
                .distinct().sorted().toList();
        if (keys.isEmpty()) {
            return new Sheet(kind, kind.columns(), rows);
        }
        List<String> header = new ArrayList<>(kind.columns());
        header.addAll(keys);
        List<List<String>> extended = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = new ArrayList<>(rows.get(i));
            ModelElement element = elements.get(i);
            for (String key : keys) {
                row.add(element.getProperties().stream().filter(p -> key.equals(p.getKey())).map(Property::getValue)
                        .filter(v -> v != null).findFirst().orElse(""));
            }
            extended.add(row);
        }
        return new Sheet(kind, List.copyOf(header), extended);
    }

    private static List<Relationship> exportedRelationships(InnovationSystem model) {
        return model.getRelationships().stream().filter(r -> r.getSource() != null && r.getTarget() != null).toList();
    }

    private static List<List<String>> actorRows(InnovationSystem model) {
        List<List<String>> rows = new ArrayList<>();
        for (Actor a : model.getActors()) {
            rows.add(List.of(registerId(a), text(a.getName()), literal(a.getKind()), literal(a.getLevel()),
                    refs(a.getMemberOf(), model.getActors()), text(a.getDescription()), "", text(a.getAcronym())));
        }
        return rows;
    }

    private static List<List<String>> initiativeRows(InnovationSystem model) {
        List<List<String>> rows = new ArrayList<>();
        for (PolicyInitiative p : model.getInitiatives()) {
            BigDecimal amount = p.getBudget() == null ? null : p.getBudget().getAmount();
            BigDecimal upper = p.getBudget() == null ? null : p.getBudget().getUpperAmount();
            String budget = amount == null ? (upper == null ? "" : "up to " + upper.toPlainString())
                    : amount.toPlainString() + (upper == null ? "" : " - " + upper.toPlainString());
            rows.add(List.of(registerId(p), text(p.getName()), refs(p.getOwners(), model.getActors()), refs(p.getPartners(), model.getActors()),
                    text(p.getDescription()), String.join(";", p.getActivityTypes().stream().map(RegisterExporter::literal).toList()),
                    literal(p.getInstrumentType()), literal(p.getFocus()), yesNo(p.getProductivityFocus()), yesNo(p.getOffersFunding()),
                    literal(p.getFundingRecipients()), refs(p.getStagesSupported(), model.getStages()),
                    refs(p.getDriversAddressed(), model.getDrivers()), refs(p.getTargetGroups(), model.getStakeholderGroups()),
                    text(p.getTechnologyArea()), budget, p.getBudget() == null ? "" : text(p.getBudget().getCurrency()),
                    p.getBudget() == null ? "" : text(p.getBudget().getPeriod()), text(p.getStartDate()), text(p.getEndDate()),
                    literal(p.getStatus()), yesNo(p.getEvaluated()), yesNo(p.getRapidEvaluation()), ""));
        }
        return rows;
    }

    private static List<List<String>> relationshipRows(InnovationSystem model) {
        List<List<String>> rows = new ArrayList<>();
        for (Relationship r : exportedRelationships(model)) {
            rows.add(List.of(ref(r.getSource(), model.getActors()), ref(r.getTarget(), model.getActors()), literal(r.getKind()),
                    r.getStrength() == null ? "" : r.getStrength().toString(), text(r.getEvidence()), "", registerId(r)));
        }
        return rows;
    }

    /** The id the register knows the element by: its external id where it has one, else its own. */
    private static String registerId(ModelElement element) {
        String external = element.getExternalId();
        return external != null && !external.isBlank() ? external : element.getId();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String literal(Enumerator value) {
        if (value == null || value.getValue() == 0 && ("UNKNOWN".equals(value.getName()))) {
            return "";
        }
        return value.getName().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String yesNo(Tristate value) {
        return switch (value) {
            case YES -> "yes";
            case NO -> "no";
            case PARTLY -> "partly";
            default -> "";
        };
    }

    private static <T extends ModelElement> String refs(List<T> elements, List<T> all) {
        return String.join(";", elements.stream().map(e -> ref(e, all)).toList());
    }

    /** The element's name when no other element of its kind has it (and it has no ';'), else its id. */
    private static <T extends ModelElement> String ref(T element, List<T> all) {
        String name = element.getName();
        Function<T, String> nameOf = ModelElement::getName;
        boolean unique = name != null && !name.isBlank() && !name.contains(";")
                && all.stream().filter(e -> name.equalsIgnoreCase(nameOf.apply(e))).count() == 1;
        return unique ? name : element.getId();
    }
}
