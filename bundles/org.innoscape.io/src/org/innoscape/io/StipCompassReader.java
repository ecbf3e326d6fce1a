package org.innoscape.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.innoscape.model.InstrumentType;

/**
 * Turns the EC-OECD STIP Compass flat CSV export into an initiatives register, so that it is checked
 * and applied like any other register (dry run, update by id, all-or-nothing).
 * <p>
 * The export is pipe-separated; its first row holds column codes and its second row their labels
 * (which name the themes and target groups). It has one row per initiative and instrument, so rows
 * with the same {@code InitiativeID} are merged. Mapping (see docs/register-format.md):
 * {@code InitiativeID} → id {@code STIP-<id>}; the name and description columns where present;
 * {@code TG*} flags → target groups (by label); {@code InstrumentTypeLabel} → instrument type (the
 * first recognised one; all of them are kept as the property {@code stip_instruments});
 * {@code YearlyBudgetRange} → a budget range in EUR per year; {@code HasBeenEvaluated} → evaluated;
 * {@code TH*} flags, {@code Tags}, country and the budget range label → properties.
 */
final class StipCompassReader {
    static final String THEMES = "stip_themes";
    static final String TAGS = "stip_tags";
    static final String COUNTRY = "stip_country";
    static final String INSTRUMENTS = "stip_instruments";
    static final String BUDGET_RANGE = "stip_budget_range";

    private static final Pattern THEME = Pattern.compile("th\\d+");
    private static final Pattern TARGET_GROUP = Pattern.compile("tg\\d+");
    private static final List<String> NAME_COLUMNS = List.of("nameenglish", "name", "initiativename", "title");
    private static final List<String> DESCRIPTION_COLUMNS = List.of("shortdescription", "description", "objectives");
    private static final List<String> COUNTRY_COLUMNS = List.of("coutrylabel", "countrylabel", "countrycode");
    private static final List<String> OUTPUT = List.of("id", "name", "description", "instrument_type", "target_groups", "budget",
            "currency", "budget_period", "start_date", "end_date", "evaluated", COUNTRY, THEMES, TAGS, INSTRUMENTS, BUDGET_RANGE);

    /** Budget range labels and codes (EUR per year) to a register budget cell; open or unknown ranges give none. */
    private static final Map<String, String> BUDGETS = budgets();
    private static final Map<String, InstrumentType> INSTRUMENT_LABELS = instrumentLabels();

    private StipCompassReader() {
    }

    /** A column this reader adds to hold STIP fields the model has no feature for. */
    static boolean isOwnColumn(String column) {
        return OUTPUT.contains(column) && column.startsWith("stip_");
    }

    static boolean recognises(String headerLine) {
        for (String cell : headerLine.split("\\|")) {
            if (cell.strip().replace("\"", "").equalsIgnoreCase("InitiativeID")) {
                return true;
            }
        }
        return false;
    }

    static RegisterTable convert(String file, CsvRegisterReader.Records records) {
        List<ImportProblem> problems = new ArrayList<>();
        if (records.problem() != null) {
            problems.add(records.problem());
        }
        List<List<String>> all = records.rows();
        if (all.size() < 2) {
            problems.add(new ImportProblem(file, 2, null, null, "a STIP Compass export has a second header row of labels; it is missing", true));
            return new RegisterTable(file, RegisterKind.INITIATIVES, OUTPUT, List.of(), problems);
        }
        List<String> codes = all.get(0).stream().map(RegisterTable::columnName).toList();
        List<String> labels = all.get(1);
        Map<String, Integer> column = new LinkedHashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            column.putIfAbsent(codes.get(i), i);
        }
        Map<String, Initiative> initiatives = new LinkedHashMap<>();
        for (int index = 2; index < all.size(); index++) {
            int number = index + 1;
            List<String> record = all.get(index);
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            if (record.size() != codes.size()) {
                problems.add(new ImportProblem(file, number, null, null, "the row has " + record.size() + " cells; the header has "
                        + codes.size(), true));
                continue;
            }
            Cells cells = new Cells(file, number, codes, record, column, problems);
            String id = cells.get("initiativeid");
            if (id.isEmpty()) {
                problems.add(new ImportProblem(file, number, "InitiativeID", "", "a value is required", true));
                continue;
            }
            initiatives.computeIfAbsent(id, key -> new Initiative(number, key)).add(cells, codes, labels, file, problems);
        }
        List<RegisterTable.Row> rows = initiatives.values().stream().map(Initiative::row).toList();
        return new RegisterTable(file, RegisterKind.INITIATIVES, OUTPUT, rows, List.copyOf(problems));
    }

    /** The cells of one source row, looked up by (lower-case) column code. */
    private record Cells(String file, int number, List<String> codes, List<String> record, Map<String, Integer> column,
            List<ImportProblem> problems) {
        String get(String code) {
            Integer index = column.get(code);
            return index == null ? "" : RegisterTable.checkedCell(file, number, code, record.get(index), problems).strip();
        }

        String first(List<String> candidates) {
            return candidates.stream().map(this::get).filter(value -> !value.isEmpty()).findFirst().orElse("");
        }

        boolean flagged(int index) {
            String value = record.get(index).strip();
            return value.equals("1") || value.equalsIgnoreCase("true") || value.equalsIgnoreCase("yes");
        }
    }

    /** One initiative gathered from its rows. */
    private static final class Initiative {
        private final int number;
        private final String id;
        private String name = "";
        private String description = "";
        private String country = "";
        private String start = "";
        private String end = "";
        private String evaluated = "";
        private String budgetRange = "";
        private InstrumentType instrument;
        private final Set<String> instruments = new LinkedHashSet<>();
        private final Set<String> themes = new LinkedHashSet<>();
        private final Set<String> groups = new LinkedHashSet<>();
        private final Set<String> tags = new LinkedHashSet<>();

        Initiative(int number, String id) {
            this.number = number;
            this.id = id;
        }

        void add(Cells cells, List<String> codes, List<String> labels, String file, List<ImportProblem> problems) {
            name = name.isEmpty() ? cells.first(NAME_COLUMNS) : name;
            description = description.isEmpty() ? cells.first(DESCRIPTION_COLUMNS) : description;
            country = country.isEmpty() ? cells.first(COUNTRY_COLUMNS) : country;
            start = start.isEmpty() ? cells.first(List.of("startdateyear", "startyear")) : start;
            end = end.isEmpty() ? cells.first(List.of("enddateyear", "endyear")) : end;
            evaluated = evaluated.isEmpty() ? cells.get("hasbeenevaluated") : evaluated;
            budgetRange = budgetRange.isEmpty() ? cells.get("yearlybudgetrange") : budgetRange;
            String instrumentLabel = cells.get("instrumenttypelabel");
            if (!instrumentLabel.isEmpty()) {
                instruments.add(instrumentLabel);
                InstrumentType type = INSTRUMENT_LABELS.get(instrumentLabel.toLowerCase(Locale.ROOT));
                if (type == null) {
                    problems.add(new ImportProblem(file, cells.number(), "InstrumentTypeLabel", instrumentLabel,
                            "not one of the 27 STIP Compass instrument types; kept as the property " + INSTRUMENTS, false));
                } else if (instrument == null) {
                    instrument = type;
                }
            }
            for (String tag : cells.get("tags").split("¬")) {
                if (!tag.isBlank()) {
                    tags.add(tag.strip());
                }
            }
            for (int i = 0; i < codes.size(); i++) {
                String label = i < labels.size() ? labels.get(i).strip() : "";
                if (!cells.flagged(i) || label.isEmpty()) {
                    continue;
                }
                if (THEME.matcher(codes.get(i)).matches()) {
                    themes.add(label);
                } else if (TARGET_GROUP.matcher(codes.get(i)).matches()) {
                    groups.add(label.replace(";", ","));
                }
            }
        }

        RegisterTable.Row row() {
            Map<String, String> cells = new LinkedHashMap<>();
            cells.put("id", "STIP-" + id);
            cells.put("name", name.isEmpty() ? "STIP initiative " + id : name);
            cells.put("description", description);
            cells.put("instrument_type", instrument == null ? "" : instrument.getName());
            cells.put("target_groups", String.join(";", groups));
            String budget = BUDGETS.getOrDefault(budgetRange.toLowerCase(Locale.ROOT), "");
            cells.put("budget", budget);
            cells.put("currency", budget.isEmpty() ? "" : "EUR");
            cells.put("budget_period", budget.isEmpty() ? "" : "year");
            cells.put("start_date", start);
            cells.put("end_date", end);
            cells.put("evaluated", evaluated);
            cells.put(COUNTRY, country);
            cells.put(THEMES, String.join("; ", themes));
            cells.put(TAGS, String.join("; ", tags));
            cells.put(INSTRUMENTS, String.join("; ", instruments));
            cells.put(BUDGET_RANGE, budgetRange);
            return new RegisterTable.Row(number, cells);
        }
    }

    private static Map<String, String> budgets() {
        Map<String, String> budgets = new LinkedHashMap<>();
        String[][] ranges = {{"br9", "less than 1m", "up to 1000000"}, {"br10", "1m-5m", "1000000 - 5000000"},
                {"br11", "5m-20m", "5000000 - 20000000"}, {"br12", "20m-50m", "20000000 - 50000000"},
                {"br13", "50m-100m", "50000000 - 100000000"}, {"br14", "100m-500m", "100000000 - 500000000"}};
        for (String[] range : ranges) {
            budgets.put(range[0], range[2]);
            budgets.put(range[1], range[2]);
        }
        return Map.copyOf(budgets);
    }

    private static Map<String, InstrumentType> instrumentLabels() {
        Map<String, InstrumentType> labels = new LinkedHashMap<>();
        labels.put("centres of excellence grants", InstrumentType.CENTRES_OF_EXCELLENCE_GRANTS);
        labels.put("corporate tax relief for r&d and innovation", InstrumentType.CORPORATE_TAX_RELIEF);
        labels.put("creation or reform of governance structure or public body", InstrumentType.GOVERNANCE_STRUCTURE_OR_PUBLIC_BODY);
        labels.put("debt guarantees and risk sharing schemes", InstrumentType.DEBT_GUARANTEES_AND_RISK_SHARING);
        labels.put("dedicated support to research infrastructures", InstrumentType.RESEARCH_INFRASTRUCTURE_SUPPORT);
        labels.put("emerging technology regulation", InstrumentType.EMERGING_TECHNOLOGY_REGULATION);
        labels.put("equity financing", InstrumentType.EQUITY_FINANCING);
        labels.put("fellowships and postgraduate loans and scholarships", InstrumentType.FELLOWSHIPS_AND_SCHOLARSHIPS);
        labels.put("formal consultation of stakeholders or experts", InstrumentType.STAKEHOLDER_CONSULTATION);
        labels.put("grants for business r&d and innovation", InstrumentType.GRANTS_FOR_BUSINESS_RND_AND_INNOVATION);
        labels.put("horizontal sti coordination bodies", InstrumentType.HORIZONTAL_STI_COORDINATION_BODIES);
        labels.put("information services and access to datasets", InstrumentType.INFORMATION_SERVICES_AND_DATASETS);
        labels.put("innovation vouchers", InstrumentType.INNOVATION_VOUCHERS);
        labels.put("institutional funding for public research", InstrumentType.INSTITUTIONAL_FUNDING_FOR_PUBLIC_RESEARCH);
        labels.put("intellectual property regulation and incentives", InstrumentType.INTELLECTUAL_PROPERTY_REGULATION);
        labels.put("labour mobility regulation and incentives", InstrumentType.LABOUR_MOBILITY_REGULATION);
        labels.put("loans and credits for innovation in firms", InstrumentType.LOANS_AND_CREDITS_FOR_INNOVATION);
        labels.put("national strategies, agendas and plans", InstrumentType.NATIONAL_STRATEGIES_AND_PLANS);
        labels.put("networking and collaborative platforms", InstrumentType.NETWORKING_AND_COLLABORATIVE_PLATFORMS);
        labels.put("policy intelligence (e.g. evaluations, benchmarking and forecasts)", InstrumentType.POLICY_INTELLIGENCE);
        labels.put("procurement programmes for r&d and innovation", InstrumentType.PROCUREMENT_FOR_RND_AND_INNOVATION);
        labels.put("project grants for public research", InstrumentType.PROJECT_GRANTS_FOR_PUBLIC_RESEARCH);
        labels.put("public awareness campaigns and other outreach activities", InstrumentType.PUBLIC_AWARENESS_AND_OUTREACH);
        labels.put("regulatory oversight and ethical advice bodies", InstrumentType.REGULATORY_OVERSIGHT_AND_ETHICS_BODIES);
        labels.put("science and innovation challenges, prizes and awards", InstrumentType.CHALLENGES_PRIZES_AND_AWARDS);
        labels.put("standards and certification for technology development and adoption", InstrumentType.STANDARDS_AND_CERTIFICATION);
        labels.put("technology extension and business advisory services", InstrumentType.TECHNOLOGY_EXTENSION_AND_ADVISORY_SERVICES);
        return Map.copyOf(labels);
    }
}
