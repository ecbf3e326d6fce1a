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
import org.innoscape.model.Relationship;
import org.innoscape.model.Tristate;
import org.innoscape.model.persistence.AtomicFiles;

/**
 * Writes a model as the three registers (initiatives.csv, actors.csv, relationships.csv) in the format
 * the importer reads, so that export then import gives the same model. References are written by
 * name when the name is unique, by id otherwise.
 */
public final class RegisterExporter {

    private RegisterExporter() {
    }

    public static List<Path> write(InnovationSystem model, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        written.add(write(folder.resolve(RegisterKind.ACTORS.fileName()), RegisterKind.ACTORS, actorRows(model)));
        written.add(write(folder.resolve(RegisterKind.INITIATIVES.fileName()), RegisterKind.INITIATIVES, initiativeRows(model)));
        written.add(write(folder.resolve(RegisterKind.RELATIONSHIPS.fileName()), RegisterKind.RELATIONSHIPS, relationshipRows(model)));
        return written;
    }

    private static Path write(Path file, RegisterKind kind, List<List<String>> rows) throws IOException {
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(kind.columns());
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(CsvCells::neutralise).toList());
            }
        }
        AtomicFiles.write(file, text.toString());
        return file;
    }

    private static List<List<String>> actorRows(InnovationSystem model) {
        List<List<String>> rows = new ArrayList<>();
        for (Actor a : model.getActors()) {
            rows.add(List.of(a.getId(), text(a.getName()), literal(a.getKind()), literal(a.getLevel()),
                    refs(a.getMemberOf(), model.getActors()), text(a.getDescription()), ""));
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
            rows.add(List.of(p.getId(), text(p.getName()), refs(p.getOwners(), model.getActors()), refs(p.getPartners(), model.getActors()),
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
        for (Relationship r : model.getRelationships()) {
            if (r.getSource() == null || r.getTarget() == null) {
                continue;
            }
            rows.add(List.of(ref(r.getSource(), model.getActors()), ref(r.getTarget(), model.getActors()), literal(r.getKind()),
                    r.getStrength() == null ? "" : r.getStrength().toString(), text(r.getEvidence()), ""));
        }
        return rows;
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
