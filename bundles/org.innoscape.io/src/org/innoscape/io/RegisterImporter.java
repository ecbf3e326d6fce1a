package org.innoscape.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.innoscape.io.CellValues.BadValue;
import org.innoscape.io.values.ElementIndex;
import org.innoscape.io.values.RegisterVocabularies;
import org.innoscape.model.Actor;
import org.innoscape.model.Budget;
import org.innoscape.model.Driver;
import org.innoscape.model.FundingRecipients;
import org.innoscape.model.InnoscapeFactory;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.ModelElement;
import org.innoscape.model.PathwaySide;
import org.innoscape.model.PathwayStage;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.Property;
import org.innoscape.model.Relationship;
import org.innoscape.model.RelationshipKind;
import org.innoscape.model.SourceDocument;
import org.innoscape.model.SourceReference;
import org.innoscape.model.StakeholderGroup;
import org.innoscape.model.Tristate;
import org.innoscape.model.persistence.ElementIds;
import org.innoscape.model.values.PartialDate;

/**
 * Applies registers to a copy of a model: actors first, then initiatives, then relationships.
 * Rows update the element with the same id (re-importing a register does not duplicate anything).
 * Any fatal problem in any register means nothing is imported; the caller gets every problem.
 */
public final class RegisterImporter {
    private static final InnoscapeFactory FACTORY = InnoscapeFactory.eINSTANCE;

    /** @param createUnknown create owners, stages, drivers and groups that the model lacks (reported as warnings), or refuse them */
    public record Options(boolean createUnknown) {
    }

    private final Options options;
    private InnovationSystem model;
    private final Map<String, ModelElement> byId = new HashMap<>();
    private final Map<String, Relationship> relationshipsByEnds = new HashMap<>();
    /** "kind\0id" to "file\0row" of the first row that gave it, in this import. */
    private final Map<String, String> firstRowOfId = new HashMap<>();
    /** Each table's extra columns, computed once (a register may have thousands). */
    private final Map<RegisterTable, List<String>> extraColumns = new IdentityHashMap<>();
    private ElementIndex<Actor> actors;
    private ElementIndex<PathwayStage> stages;
    private ElementIndex<Driver> drivers;
    private ElementIndex<StakeholderGroup> groups;
    private final List<ImportProblem> problems = new ArrayList<>();
    private int created;
    /** Each existing element a row describes, as it was before the import: those that differ after it were updated. */
    private final Map<EObject, EObject> before = new java.util.IdentityHashMap<>();

    public RegisterImporter(Options options) {
        this.options = options;
    }

    /** Checks and applies the registers to a copy of {@code original}, which is never changed. */
    public ImportResult apply(InnovationSystem original, List<RegisterTable> tables) {
        return applyTo(EcoreUtil.copy(original), tables);
    }

    /**
     * Applies the registers to {@code target} itself, for callers that record the change (an undoable
     * command). Only call it after {@link #apply} found no fatal problem: on a fatal problem the target
     * is left half-updated.
     */
    public ImportResult applyInPlace(InnovationSystem target, List<RegisterTable> tables) {
        return applyTo(target, tables);
    }

    private ImportResult applyTo(InnovationSystem target, List<RegisterTable> tables) {
        model = target;
        byId.clear();
        relationshipsByEnds.clear();
        firstRowOfId.clear();
        extraColumns.clear();
        problems.clear();
        created = 0;
        before.clear();
        for (Iterator<EObject> it = model.eAllContents(); it.hasNext();) {
            if (it.next() instanceof ModelElement element && element.getId() != null) {
                byId.put(element.getId(), element);
            }
        }
        actors = new ElementIndex<>(model.getActors());
        stages = new ElementIndex<>(model.getStages());
        drivers = new ElementIndex<>(model.getDrivers());
        groups = new ElementIndex<>(model.getStakeholderGroups());
        model.getRelationships().forEach(r -> relationshipsByEnds.putIfAbsent(endsKey(r.getSource(), r.getKind(), r.getTarget()), r));
        tables.forEach(t -> problems.addAll(t.problems()));
        // Actors first, so initiatives and relationships can refer to them.
        for (RegisterKind kind : List.of(RegisterKind.ACTORS, RegisterKind.INITIATIVES, RegisterKind.RELATIONSHIPS)) {
            for (RegisterTable table : tables) {
                if (table.kind() != kind) {
                    continue;
                }
                extraColumnWarnings(table, kind);
                if (headerUnusable(table)) {
                    continue; // its rows would only repeat the header's problem, once per row
                }
                SourceDocument document = registerDocument(table);
                for (RegisterTable.Row row : table.rows()) {
                    if (repeatedId(kind, table, row)) {
                        continue;
                    }
                    switch (kind) {
                        case ACTORS -> actor(table, row, document);
                        case INITIATIVES -> initiative(table, row, document);
                        case RELATIONSHIPS -> relationship(table, row, document);
                    }
                }
                if (kind == RegisterKind.ACTORS) {
                    // A second pass, so that an actor may be a member of one listed further down.
                    table.rows().forEach(row -> memberships(table, row));
                }
            }
        }
        jurisdictionFromCountry(tables);
        boolean fatal = problems.stream().anyMatch(ImportProblem::fatal);
        int updated = (int) before.entrySet().stream().filter(e -> !EcoreUtil.equals(e.getKey(), e.getValue())).count();
        return new ImportResult(fatal ? null : model, List.copyOf(problems), fatal ? 0 : created, fatal ? 0 : updated,
                fatal ? 0 : before.size() - updated);
    }

    /** Whether the header has a problem that stops the import (a required column missing, say): then its rows are not read. */
    private static boolean headerUnusable(RegisterTable table) {
        return table.problems().stream().anyMatch(problem -> problem.fatal() && problem.row() == 1);
    }

    /**
     * Whether this row's id was already given by a row of the same kind in this import (of this file or
     * another): two rows would silently become one element, so the second is refused, naming the first.
     */
    private boolean repeatedId(RegisterKind kind, RegisterTable table, RegisterTable.Row row) {
        String id = row.get("id");
        if (id.isEmpty()) {
            return false;
        }
        String here = table.file() + "\0" + row.number();
        String first = firstRowOfId.putIfAbsent(kind + "\0" + id, here);
        if (first == null) {
            return false;
        }
        String[] at = first.split("\0", 2);
        String where = at[0].equals(table.file()) ? "row " + at[1] : "row " + at[1] + " of " + at[0];
        problems.add(new ImportProblem(table.file(), row.number(), "id", id, "the id is also on " + where
                + "; ids must be unique across the registers of one import (two rows with one id would become one element)", true));
        return true;
    }

    /** A model without a jurisdiction takes the country of a STIP Compass export when the export covers one country only. */
    private void jurisdictionFromCountry(List<RegisterTable> tables) {
        if (model.getJurisdiction() != null && !model.getJurisdiction().isBlank()) {
            return;
        }
        Set<String> countries = new TreeSet<>();
        for (RegisterTable table : tables) {
            if (table.kind() == RegisterKind.INITIATIVES && table.header().contains(StipCompassReader.COUNTRY)) {
                table.rows().forEach(row -> {
                    if (!row.get(StipCompassReader.COUNTRY).isEmpty()) {
                        countries.add(row.get(StipCompassReader.COUNTRY));
                    }
                });
            }
        }
        if (countries.size() == 1) {
            model.setJurisdiction(countries.iterator().next());
        }
    }

    /** One warning per extra column, or one for all of them when there are many (a wide export is not a list of warnings). */
    private void extraColumnWarnings(RegisterTable table, RegisterKind kind) {
        // A column the reader has already warned about (one without a name, say) is not warned about twice.
        Set<String> warned = table.problems().stream().filter(p -> p.row() == 1 && !p.fatal() && p.column() != null)
                .map(ImportProblem::column).collect(java.util.stream.Collectors.toSet());
        List<String> extra = table.extraColumns().stream()
                .filter(c -> !c.isEmpty() && !StipCompassReader.isOwnColumn(c) && !warned.contains(c)).toList();
        String register = kind.name().toLowerCase(Locale.ROOT);
        if (extra.size() <= 5) {
            for (String column : extra) {
                problems.add(new ImportProblem(table.file(), 1, column, null, "not a column of the " + register
                        + " register; its values are kept as the property '" + column + "' of each element", false));
            }
            return;
        }
        problems.add(new ImportProblem(table.file(), 1, null, null, extra.size() + " columns are not columns of the " + register
                + " register; their values are kept as properties of each element under the column names: "
                + String.join(", ", extra.subList(0, 5)) + " and " + (extra.size() - 5) + " more", false));
    }

    private SourceDocument registerDocument(RegisterTable table) {
        String name = java.nio.file.Path.of(table.file()).getFileName().toString();
        String id = ElementIds.stableId("register-file/" + name);
        if (byId.get(id) instanceof SourceDocument existing) {
            return existing;
        }
        SourceDocument document = FACTORY.createSourceDocument();
        document.setId(id);
        document.setName("Imported register " + name);
        document.setFileName(name);
        model.getDocuments().add(document);
        byId.put(id, document);
        return document;
    }

    private static String elementId(String kind, String registerId) {
        // A UUID has exactly four dashes: most registers' ids are not tried (an exception per row costs its stack trace).
        if (dashes(registerId) != 4) {
            return ElementIds.stableId("register/" + kind + "/" + registerId);
        }
        try {
            return UUID.fromString(registerId).toString();
        } catch (IllegalArgumentException notUuid) {
            return ElementIds.stableId("register/" + kind + "/" + registerId);
        }
    }

    private static int dashes(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '-') {
                count++;
            }
        }
        return count;
    }

    /**
     * The element a register row describes: the one whose element id is the row's id (an export of
     * our own), or whose external id is the row's id, or a new one that keeps the row's id as its
     * external id.
     */
    private <T extends ModelElement> T findOrCreate(String kind, String registerId, Class<T> type, Supplier<T> factory,
            List<? super T> container, ElementIndex<? super T> index) {
        T existing = existing(kind, registerId, type, index);
        if (existing != null) {
            before.computeIfAbsent(existing, EcoreUtil::copy);
            return existing;
        }
        return create(kind, registerId, factory, container);
    }

    /** The element of this type whose element id, or (with an index) external id, is the row's id; null when none is. */
    @SuppressWarnings("unchecked")
    private <T extends ModelElement> T existing(String kind, String registerId, Class<T> type, ElementIndex<? super T> index) {
        ModelElement existing = byId.get(registerId);
        if (!type.isInstance(existing)) {
            existing = byId.get(elementId(kind, registerId));
        }
        if (!type.isInstance(existing) && index != null) {
            existing = index.find(registerId).filter(e -> registerId.equals(e.getExternalId()) && type.isInstance(e)).orElse(null);
        }
        return type.isInstance(existing) ? (T) existing : null;
    }

    /** A new element for a row whose id names none: its element id is derived from the row's id, which it keeps as its external id. */
    private <T extends ModelElement> T create(String kind, String registerId, Supplier<T> factory, List<? super T> container) {
        String id = elementId(kind, registerId);
        T element = factory.get();
        element.setId(id);
        if (!registerId.equals(id)) {
            element.setExternalId(registerId);
        }
        container.add(element);
        byId.put(id, element);
        created++;
        return element;
    }

    private void actor(RegisterTable table, RegisterTable.Row row, SourceDocument document) {
        if (missing(table, row, "id") || missing(table, row, "name")) {
            return;
        }
        Actor actor = findOrCreate("actor", row.get("id"), Actor.class, FACTORY::createActor, model.getActors(), actors);
        actor.setName(row.get("name"));
        if (!row.get("kind").isEmpty()) {
            set(table, row, "kind", () -> actor.setKind(CellValues.enumeration(row.get("kind"), RegisterVocabularies.ACTOR_KIND)));
        }
        if (!row.get("level").isEmpty()) {
            set(table, row, "level", () -> actor.setLevel(CellValues.enumeration(row.get("level"), RegisterVocabularies.ACTOR_LEVEL)));
        }
        if (!row.get("acronym").isEmpty()) {
            actor.setAcronym(row.get("acronym"));
        }
        description(actor, row, "description");
        cite(actor, document, row, "source");
        properties(table, row, actor);
        actors.add(actor);
    }

    private void memberships(RegisterTable table, RegisterTable.Row row) {
        if (row.get("id").isEmpty() || !(actors.find(row.get("id")).orElse(null) instanceof Actor actor)) {
            return;
        }
        actor.getMemberOf().clear();
        for (String network : CellValues.list(row.get("member_of"))) {
            Actor found = actorRef(table, row, "member_of", network);
            if (found == actor) {
                problems.add(new ImportProblem(table.file(), row.number(), "member_of", network, "an actor is not a member of itself; left out",
                        false));
            } else if (found != null) {
                actor.getMemberOf().add(found);
            }
        }
    }

    private void initiative(RegisterTable table, RegisterTable.Row row, SourceDocument document) {
        if (missing(table, row, "id") || missing(table, row, "name")) {
            return;
        }
        PolicyInitiative p = findOrCreate("initiative", row.get("id"), PolicyInitiative.class, FACTORY::createPolicyInitiative,
                model.getInitiatives(), null);
        p.setName(row.get("name"));
        description(p, row, "description");
        cite(p, document, row, "source");
        properties(table, row, p);
        p.getOwners().clear();
        CellValues.list(row.get("owner")).forEach(o -> addIfFound(p.getOwners(), actorRef(table, row, "owner", o)));
        p.getPartners().clear();
        CellValues.list(row.get("partners")).forEach(o -> addIfFound(p.getPartners(), actorRef(table, row, "partners", o)));
        p.getActivityTypes().clear();
        for (String activity : CellValues.list(row.get("activity_types"))) {
            set(table, row, "activity_types", activity,
                    () -> addIfFound(p.getActivityTypes(), CellValues.enumeration(activity, RegisterVocabularies.ACTIVITY_TYPE)));
        }
        enumCell(table, row, "instrument_type", () -> p.setInstrumentType(CellValues.enumeration(row.get("instrument_type"),
                RegisterVocabularies.INSTRUMENT_TYPE)));
        enumCell(table, row, "focus", () -> p.setFocus(CellValues.enumeration(row.get("focus"), RegisterVocabularies.FOCUS)));
        set(table, row, "productivity_focus", () -> p.setProductivityFocus(CellValues.yesNo(row.get("productivity_focus"))));
        set(table, row, "offers_funding", () -> p.setOffersFunding(CellValues.yesNo(row.get("offers_funding"))));
        enumCell(table, row, "funding_recipients", () -> p.setFundingRecipients(CellValues.enumeration(row.get("funding_recipients"),
                RegisterVocabularies.FUNDING_RECIPIENTS)));
        p.getStagesSupported().clear();
        CellValues.list(row.get("stages")).forEach(s -> addIfFound(p.getStagesSupported(), stageRef(table, row, s)));
        p.getDriversAddressed().clear();
        CellValues.list(row.get("drivers")).forEach(d -> addIfFound(p.getDriversAddressed(), driverRef(table, row, d)));
        p.getTargetGroups().clear();
        CellValues.list(row.get("target_groups")).forEach(g -> addIfFound(p.getTargetGroups(), groupRef(table, row, g)));
        p.setTechnologyArea(row.get("technology_area").isEmpty() ? null : row.get("technology_area"));
        budget(table, row, p);
        set(table, row, "start_date", () -> p.setStartDate(CellValues.date(row.get("start_date"))));
        set(table, row, "end_date", () -> p.setEndDate(CellValues.date(row.get("end_date"))));
        if (p.getStartDate() != null && p.getEndDate() != null && !PartialDate.isOrdered(PartialDate.parse(p.getStartDate()).get(),
                PartialDate.parse(p.getEndDate()).get())) {
            problems.add(new ImportProblem(table.file(), row.number(), "end_date", row.get("end_date"), "the end date is before the start date", true));
        }
        enumCell(table, row, "status", () -> p.setStatus(CellValues.enumeration(row.get("status"), RegisterVocabularies.STATUS)));
        set(table, row, "evaluated", () -> p.setEvaluated(CellValues.yesNo(row.get("evaluated"))));
        set(table, row, "rapid_evaluation", () -> p.setRapidEvaluation(CellValues.yesNo(row.get("rapid_evaluation"))));
        if (p.getOffersFunding() == Tristate.NO && (p.getFundingRecipients() == FundingRecipients.INNOVATORS
                || p.getFundingRecipients() == FundingRecipients.ADOPTERS || p.getFundingRecipients() == FundingRecipients.BOTH)) {
            // An empty cell keeps what the model had: say so, or the user sees a row that names none refused for naming some.
            String reason = row.get("funding_recipients").isEmpty()
                    ? "offers_funding is no, but the model already gives this initiative's funding recipients ("
                            + p.getFundingRecipients().getLiteral().toLowerCase(Locale.ROOT) + "), which an empty cell keeps: write none"
                    : "names funding recipients but offers_funding is no";
            problems.add(new ImportProblem(table.file(), row.number(), "funding_recipients", row.get("funding_recipients"), reason, true));
        }
    }

    private void budget(RegisterTable table, RegisterTable.Row row, PolicyInitiative p) {
        String amount = row.get("budget");
        if (amount.isEmpty()) {
            p.setBudget(null);
            return;
        }
        Budget budget = FACTORY.createBudget();
        set(table, row, "budget", () -> {
            if (amount.toLowerCase(Locale.ROOT).startsWith("up to")) {
                budget.setUpperAmount(CellValues.amount(amount.substring(5)));
                return;
            }
            if (amount.startsWith("-")) {
                throw new CellValues.BadValue("a budget cannot be negative");
            }
            // Before the split: its pattern would be tried from every space of a long run of them.
            CellValues.shortEnoughForAnAmount(amount);
            String[] range = amount.split("\\s*-\\s*(?=\\d)");
            budget.setAmount(CellValues.amount(range[0]));
            if (range.length > 1) {
                budget.setUpperAmount(CellValues.amount(range[1]));
                if (budget.getUpperAmount().compareTo(budget.getAmount()) < 0) {
                    // The model's constraints refuse it too: an import must not write a model that does not validate.
                    throw new CellValues.BadValue("the upper amount is below the lower; write a range low to high, e.g. 500 - 1000000");
                }
            }
        });
        String currency = row.get("currency").isEmpty() ? "GBP" : row.get("currency").toUpperCase(Locale.ROOT);
        if (!currency.matches("[A-Z]{3}")) {
            problems.add(new ImportProblem(table.file(), row.number(), "currency", row.get("currency"), "expected a three-letter currency code such as GBP", true));
        }
        budget.setCurrency(currency);
        budget.setPeriod(row.get("budget_period").isEmpty() ? null : row.get("budget_period"));
        p.setBudget(budget);
    }

    private void relationship(RegisterTable table, RegisterTable.Row row, SourceDocument document) {
        Actor source = actorRef(table, row, "source", row.get("source"));
        Actor target = actorRef(table, row, "target", row.get("target"));
        RelationshipKind[] kind = {RelationshipKind.OTHER};
        set(table, row, "kind", () -> kind[0] = CellValues.enumeration(row.get("kind"), RegisterVocabularies.RELATIONSHIP_KIND));
        if (source == null || target == null) {
            return;
        }
        if (source == target) {
            problems.add(new ImportProblem(table.file(), row.number(), "target", row.get("target"), "an actor cannot relate to itself", true));
            return;
        }
        String ownId = row.get("id");
        Relationship relationship = existingRelationship(ownId, source, kind[0], target);
        if (relationship != null) {
            before.computeIfAbsent(relationship, EcoreUtil::copy);
        } else if (!ownId.isEmpty()) {
            relationship = create("relationship", ownId, FACTORY::createRelationship, model.getRelationships());
        } else {
            // Without an id of its own it is known by its ends; its element id is derived from them (a relationship
            // imported before whose kind was changed since keeps that id, and is found by it).
            relationship = findOrCreate("relationship", source.getId() + "/" + kind[0].getName() + "/" + target.getId(), Relationship.class,
                    FACTORY::createRelationship, model.getRelationships(), null);
            relationship.setExternalId(null);
        }
        relationshipsByEnds.remove(endsKey(relationship.getSource(), relationship.getKind(), relationship.getTarget()));
        relationship.setSource(source);
        relationship.setTarget(target);
        relationship.setKind(kind[0]);
        relationshipsByEnds.put(endsKey(source, kind[0], target), relationship);
        Relationship updatedRelationship = relationship;
        set(table, row, "strength", () -> updatedRelationship.setStrength(CellValues.integer(row.get("strength"), 1, 5)));
        relationship.setEvidence(row.get("description").isEmpty() ? null : row.get("description"));
        cite(relationship, document, row, "source_ref");
        properties(table, row, relationship);
    }

    /** The relationship a row describes: by its own id when the row has one, else by its source, kind and target. */
    private Relationship existingRelationship(String ownId, Actor source, RelationshipKind kind, Actor target) {
        Relationship byOwnId = ownId.isEmpty() ? null : existing("relationship", ownId, Relationship.class, null);
        return byOwnId != null ? byOwnId : relationshipsByEnds.get(endsKey(source, kind, target));
    }

    private static String endsKey(Actor source, RelationshipKind kind, Actor target) {
        return (source == null ? "" : source.getId()) + "\u0000" + (kind == null ? "" : kind.getName()) + "\u0000"
                + (target == null ? "" : target.getId());
    }

    // --- references: by id, external id, name or acronym written any way; unknown ones created or refused ---

    private Actor actorRef(RegisterTable table, RegisterTable.Row row, String column, String text) {
        if (text.isBlank()) {
            problems.add(new ImportProblem(table.file(), row.number(), column, text, "an actor is required", true));
            return null;
        }
        List<Actor> alike = actors.namedAlike(text);
        if (alike.size() > 1) {
            problems.add(new ImportProblem(table.file(), row.number(), column, text, "names " + alike.size() + " actors ("
                    + String.join(", ", alike.stream().limit(4).map(a -> registerIdOf(a) + " '" + a.getName() + "'").toList())
                    + "); the first is taken: give the id of the one meant", false));
        }
        return actors.find(text).or(() -> actors.find(elementId("actor", text.strip())))
                .or(() -> partly(table, row, column, text, actors))
                .orElseGet(() -> unknown(table, row, column, text, "actor", actors, () -> {
                    Actor actor = FACTORY.createActor(); // of kind "other", the default
                    model.getActors().add(actor);
                    return actor;
                }));
    }

    private static String registerIdOf(ModelElement element) {
        return element.getExternalId() != null && !element.getExternalId().isBlank() ? element.getExternalId() : element.getId();
    }

    private PathwayStage stageRef(RegisterTable table, RegisterTable.Row row, String text) {
        return stages.find(text).or(() -> stages.find(elementId("stage", text.strip())))
                .or(() -> partly(table, row, "stages", text, stages))
                .orElseGet(() -> unknown(table, row, "stages", text, "stage", stages, () -> {
                    PathwayStage stage = FACTORY.createPathwayStage();
                    stage.setSide(PathwaySide.CROSS_CUTTING);
                    model.getStages().add(stage);
                    return stage;
                }));
    }

    private Driver driverRef(RegisterTable table, RegisterTable.Row row, String text) {
        return drivers.find(text).or(() -> drivers.find(elementId("driver", text.strip())))
                .or(() -> partly(table, row, "drivers", text, drivers))
                .orElseGet(() -> unknown(table, row, "drivers", text, "driver", drivers, () -> {
                    Driver driver = FACTORY.createDriver(); // a driver, not a cross-cutting theme: the default
                    model.getDrivers().add(driver);
                    return driver;
                }));
    }

    private StakeholderGroup groupRef(RegisterTable table, RegisterTable.Row row, String text) {
        return groups.find(text).or(() -> groups.find(elementId("group", text.strip())))
                .or(() -> partly(table, row, "target_groups", text, groups))
                .orElseGet(() -> unknown(table, row, "target_groups", text, "group", groups, () -> {
                    StakeholderGroup group = FACTORY.createStakeholderGroup();
                    model.getStakeholderGroups().add(group);
                    return group;
                }));
    }

    /** The element whose name holds all the words of the text, reported so the user sees the match. */
    private <T extends ModelElement> Optional<T> partly(RegisterTable table, RegisterTable.Row row, String column, String text,
            ElementIndex<T> index) {
        Optional<T> found = index.findByWords(text);
        found.ifPresent(element -> problems.add(new ImportProblem(table.file(), row.number(), column, text,
                "taken as '" + element.getName() + "', the only one whose name has all these words", false)));
        return found;
    }

    /**
     * A reference that names no element: created (a warning, naming the existing element it resembles
     * so a typo is seen) or refused (with a "did you mean" when one resembles it).
     */
    private <T extends ModelElement> T unknown(RegisterTable table, RegisterTable.Row row, String column, String text, String kind,
            ElementIndex<T> index, Supplier<T> creator) {
        String twin = index.resembling(text).map(e -> "'" + e.getName() + "'").orElse(null);
        if (!options.createUnknown()) {
            problems.add(new ImportProblem(table.file(), row.number(), column, text, "no " + kind + " with this id or name in the model"
                    + (twin == null ? "" : "; did you mean " + twin + "?"), true));
            return null;
        }
        T element = creator.get();
        element.setId(elementId(kind, text.strip()));
        element.setName(text.strip());
        byId.put(element.getId(), element);
        index.add(element);
        created++;
        problems.add(new ImportProblem(table.file(), row.number(), column, text, "a new " + kind + " was created for it"
                + (twin == null ? "" : "; it resembles the existing " + kind + " " + twin + ": did you mean that?"), false));
        return element;
    }

    private static <T> void addIfFound(List<T> list, T element) {
        if (element != null && !list.contains(element)) {
            list.add(element);
        }
    }

    // --- cells ---

    private interface CellAction {
        void run() throws BadValue;
    }

    private void set(RegisterTable table, RegisterTable.Row row, String column, CellAction action) {
        set(table, row, column, row.get(column), action);
    }

    /** Runs the action; a bad value is reported as it was written (one value of a multi-valued cell on its own). */
    private void set(RegisterTable table, RegisterTable.Row row, String column, String value, CellAction action) {
        try {
            action.run();
        } catch (BadValue e) {
            problems.add(new ImportProblem(table.file(), row.number(), column, value, e.getMessage(), true));
        }
    }

    private void enumCell(RegisterTable table, RegisterTable.Row row, String column, CellAction action) {
        if (!row.get(column).isEmpty()) {
            set(table, row, column, action);
        }
    }

    private boolean missing(RegisterTable table, RegisterTable.Row row, String column) {
        if (row.get(column).isEmpty()) {
            String reason = "id".equals(column)
                    ? "a value is required: any text unique in this register (the same id updates the same element on the next import)"
                    : "a value is required";
            problems.add(new ImportProblem(table.file(), row.number(), column, "", reason, true));
            return true;
        }
        return false;
    }

    private static void description(ModelElement element, RegisterTable.Row row, String column) {
        element.setDescription(row.get(column).isEmpty() ? null : row.get(column));
    }

    /** Extra columns become properties; an empty cell removes the property. Linear in the number of columns. */
    private void properties(RegisterTable table, RegisterTable.Row row, ModelElement element) {
        List<String> extra = extraColumns.computeIfAbsent(table, RegisterTable::extraColumns);
        if (extra.isEmpty()) {
            return;
        }
        Map<String, Property> existing = new HashMap<>();
        for (Property property : element.getProperties()) {
            if (property.getKey() != null) {
                existing.putIfAbsent(property.getKey().toLowerCase(Locale.ROOT), property);
            }
        }
        List<Property> added = new ArrayList<>();
        List<Property> removed = new ArrayList<>();
        for (String column : extra) {
            if (column.isEmpty()) {
                continue;
            }
            String value = row.get(column);
            Property property = existing.get(column.toLowerCase(Locale.ROOT));
            if (value.isEmpty()) {
                if (property != null) {
                    removed.add(property);
                }
            } else if (property != null) {
                property.setValue(value);
            } else {
                property = FACTORY.createProperty();
                property.setKey(column);
                property.setValue(value);
                added.add(property);
                existing.put(column.toLowerCase(Locale.ROOT), property);
            }
        }
        element.getProperties().removeAll(removed);
        element.getProperties().addAll(added);
    }

    private static void cite(ModelElement element, SourceDocument document, RegisterTable.Row row, String column) {
        element.getSources().removeIf(reference -> reference.getDocument() == document);
        SourceReference reference = FACTORY.createSourceReference();
        reference.setDocument(document);
        reference.setSection("row " + row.number());
        if (!row.get(column).isEmpty()) {
            reference.setNote(row.get(column));
        }
        element.getSources().add(reference);
    }
}
