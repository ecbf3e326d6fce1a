package org.innoscape.analysis.landscape;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

import org.innoscape.analysis.landscape.LandscapeSummary.Row;
import org.innoscape.analysis.landscape.LandscapeSummary.Section;
import org.innoscape.model.Actor;
import org.innoscape.model.Driver;
import org.innoscape.model.Focus;
import org.innoscape.model.FundingRecipients;
import org.innoscape.model.InitiativeStatus;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.PathwayStage;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.Tristate;

/** Computes the {@link LandscapeSummary} of a model. */
public final class LandscapeCalculator {

    private LandscapeCalculator() {
    }

    public static LandscapeSummary summarise(InnovationSystem model) {
        List<PolicyInitiative> all = model.getInitiatives();
        List<PolicyInitiative> funding = all.stream().filter(i -> i.getOffersFunding() == Tristate.YES).toList();
        List<Section> sections = new ArrayList<>();

        sections.add(new Section("overview", "Overview", "Counts of initiatives; 'not stated' where the model leaves a fact unknown.",
                List.of(row("Initiatives", all, i -> true),
                        row("Directly supporting innovation", all, i -> i.getSupportsInnovation() == Tristate.YES),
                        row("Offering funding", all, i -> i.getOffersFunding() == Tristate.YES),
                        row("Explicit productivity focus", all, i -> i.getProductivityFocus() == Tristate.YES),
                        row("Evaluated", all, i -> i.getEvaluated() == Tristate.YES),
                        row("Offering rapid evaluation", all, i -> i.getRapidEvaluation() == Tristate.YES),
                        row("With no owner", all, i -> i.getOwners().isEmpty()))));

        sections.add(new Section("funding-recipients", "Funding recipients (initiatives offering funding)",
                "Who receives the funding, among the " + funding.size() + " initiatives that offer it.",
                byEnum(funding, PolicyInitiative::getFundingRecipients, FundingRecipients.VALUES)));
        sections.add(new Section("focus", "Clinical and non-clinical focus", null,
                byEnum(all, PolicyInitiative::getFocus, Focus.VALUES)));
        sections.add(new Section("status", "Status", null, byEnum(all, PolicyInitiative::getStatus, InitiativeStatus.VALUES)));

        List<Row> stages = new ArrayList<>();
        for (PathwayStage stage : model.getStages()) {
            stages.add(row(stage.getName(), all, i -> i.getStagesSupported().contains(stage)));
        }
        stages.add(row("(no stage stated)", all, i -> i.getStagesSupported().isEmpty()));
        sections.add(new Section("stages", "By pathway stage", "An initiative supporting several stages counts in each.", stages));

        List<Row> drivers = new ArrayList<>();
        for (Driver driver : model.getDrivers()) {
            drivers.add(row(driver.getName(), all, i -> i.getDriversAddressed().contains(driver)));
        }
        drivers.add(row("(no driver stated)", all, i -> i.getDriversAddressed().isEmpty()));
        sections.add(new Section("drivers", "By driver and theme", "An initiative addressing several drivers counts in each.", drivers));

        Map<Actor, List<PolicyInitiative>> byOwner = new LinkedHashMap<>();
        for (PolicyInitiative initiative : all) {
            for (Actor owner : initiative.getOwners()) {
                byOwner.computeIfAbsent(owner, o -> new ArrayList<>()).add(initiative);
            }
        }
        List<Row> owners = new ArrayList<>();
        byOwner.entrySet().stream()
                .sorted((a, b) -> a.getValue().size() != b.getValue().size() ? b.getValue().size() - a.getValue().size()
                        : String.valueOf(a.getKey().getName()).compareTo(String.valueOf(b.getKey().getName())))
                .forEach(e -> owners.add(new Row(e.getKey().getName(), e.getValue().size(), budget(e.getValue()))));
        owners.add(row("(no owner)", all, i -> i.getOwners().isEmpty()));
        sections.add(new Section("owners", "By owner organisation", "Jointly owned initiatives count for each owner.", owners));

        return new LandscapeSummary(model.getName(), all.size(), sections);
    }

    private static <E extends Enum<E>> List<Row> byEnum(List<PolicyInitiative> initiatives, Function<PolicyInitiative, E> value,
            List<E> literals) {
        List<Row> rows = new ArrayList<>();
        for (E literal : literals) {
            String label = literal.name().equals("UNKNOWN") ? "not stated" : literal.name().toLowerCase(Locale.ROOT).replace('_', '-');
            rows.add(row(label, initiatives, i -> value.apply(i) == literal));
        }
        return rows;
    }

    private static Row row(String label, List<PolicyInitiative> initiatives, Predicate<PolicyInitiative> test) {
        List<PolicyInitiative> matching = initiatives.stream().filter(test).toList();
        return new Row(label, matching.size(), budget(matching));
    }

    /** Sums of the known lower budget amounts per currency (GBP where none is stated); empty when none is known. */
    private static SortedMap<String, BigDecimal> budget(List<PolicyInitiative> initiatives) {
        SortedMap<String, BigDecimal> sums = new TreeMap<>();
        for (PolicyInitiative initiative : initiatives) {
            if (initiative.getBudget() != null && initiative.getBudget().getAmount() != null) {
                String currency = initiative.getBudget().getCurrency() == null || initiative.getBudget().getCurrency().isBlank() ? "GBP"
                        : initiative.getBudget().getCurrency().strip().toUpperCase(Locale.ROOT);
                sums.merge(currency, initiative.getBudget().getAmount(), BigDecimal::add);
            }
        }
        return sums;
    }
}
