package org.innoscape.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.innoscape.io.values.NameKey;
import org.innoscape.io.values.RegisterVocabularies;
import org.innoscape.model.InstrumentType;

/**
 * Turns an EC-OECD STIP Compass data export into an actors register (the responsible organisations)
 * and an initiatives register, so that both are checked and applied like any other register (dry
 * run, update by id, all-or-nothing).
 * <p>
 * Shapes read: the flat CSV export (pipe-separated, a row of column codes then a row of labels that
 * name the themes and target groups), the same without its label row (detected from the row's
 * content, and reported), the file as re-saved by pandas (comma-separated, a leading index column,
 * years as {@code 2020.0}) and the portal's Excel export (a sheet whose header has
 * {@code InitiativeID}). There is one row per initiative and instrument, so rows with the same
 * {@code InitiativeID} are merged. The mapping per edition is in docs/register-format.md.
 */
final class StipCompassReader {
    static final String THEMES = "stip_themes";
    static final String TAGS = "stip_tags";
    static final String COUNTRY = "stip_country";
    static final String COUNTRY_CODE = "stip_country_code";
    static final String INSTRUMENTS = "stip_instruments";
    static final String BUDGET_RANGE = "stip_budget_range";
    static final String OBJECTIVES = "stip_objectives";
    static final String BACKGROUND = "stip_background";
    static final String LINKS = "stip_links";
    static final String EVALUATION_LINKS = "stip_evaluation_links";

    private static final Pattern THEME = Pattern.compile("th\\d+");
    private static final Pattern TARGET_GROUP = Pattern.compile("tg\\d+");
    /** Values that separate several entries inside one STIP cell. */
    private static final Pattern MULTI = Pattern.compile("\\s*¬\\s*");
    /** The columns that name an initiative, as exports spell them, the first that has a value winning. */
    private static final List<String> NAME_HEADERS = List.of("NameEnglish", "Name", "InitiativeName", "Title", "NameOriginalLanguage",
            "NameOriginal");
    private static final List<String> NAME_COLUMNS = NAME_HEADERS.stream().map(header -> header.toLowerCase(Locale.ROOT)).toList();
    private static final List<String> DESCRIPTION_COLUMNS = List.of("shortdescription", "description");
    private static final List<String> COUNTRY_LABEL_COLUMNS = List.of("countrylabel", "coutrylabel", "country");
    private static final List<String> ORGANISATION_COLUMNS = List.of("nameresponsibleorganisation", "responsibleorganisation",
            "nameresponsibleorganization");
    private static final List<String> OUTPUT = List.of("id", "name", "owner", "description", "instrument_type", "target_groups", "budget",
            "currency", "budget_period", "start_date", "end_date", "evaluated", COUNTRY, COUNTRY_CODE, THEMES, TAGS, INSTRUMENTS,
            BUDGET_RANGE, OBJECTIVES, BACKGROUND, LINKS, EVALUATION_LINKS);
    private static final List<String> ACTOR_OUTPUT = List.of("id", "name", "kind", "level", COUNTRY, COUNTRY_CODE);

    /** Budget range labels and codes (EUR per year) to a register budget cell; open or unknown ranges give none. */
    private static final Map<String, String> BUDGETS = budgets();

    private StipCompassReader() {
    }

    /** A column this reader adds to hold STIP fields the model has no feature for. */
    static boolean isOwnColumn(String column) {
        return column.startsWith("stip_") && (OUTPUT.contains(column) || ACTOR_OUTPUT.contains(column));
    }

    /** Whether a header row (cells as read) is that of a STIP Compass export. */
    static boolean recognises(List<String> headerCells) {
        return headerCells.stream().anyMatch(cell -> cell.strip().replace("\"", "").equalsIgnoreCase("InitiativeID"));
    }

    /**
     * The registers held by the export's rows: the first row is the header of column codes.
     *
     * @param rowNumbers the row number in the file of each row (as the user sees it), parallel to {@code all}
     */
    static List<RegisterTable> convert(String file, List<List<String>> all, List<Integer> rowNumbers, List<ImportProblem> readProblems) {
        List<ImportProblem> problems = new ArrayList<>(readProblems);
        List<String> codes = all.get(0).stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
        Map<String, Integer> column = new LinkedHashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            column.putIfAbsent(codes.get(i), i);
        }
        if (NAME_COLUMNS.stream().noneMatch(column::containsKey)) {
            // Names made up from the ids would be compared as text: every two such initiatives would look alike.
            problems.add(new ImportProblem(file, rowNumbers.get(0), null, null, "the STIP Compass export has no column of names (expected one of "
                    + String.join(", ", NAME_HEADERS) + "); export it with the initiatives' names", true));
            return List.of(new RegisterTable(file, RegisterKind.INITIATIVES, OUTPUT, List.of(), List.copyOf(problems)));
        }
        int firstData = 1;
        List<String> labels = List.of();
        if (all.size() > 1 && isLabelRow(all.get(1), codes)) {
            labels = all.get(1);
            firstData = 2;
        } else if (codes.stream().anyMatch(c -> THEME.matcher(c).matches() || TARGET_GROUP.matcher(c).matches())) {
            problems.add(new ImportProblem(file, 2, null, null, "this STIP Compass export has no row of labels under its header, so "
                    + "themes and target groups are named by their codes (TG12, TH3...); export it with labels to get their names", false));
        }
        Map<String, Initiative> initiatives = new LinkedHashMap<>();
        Map<String, Map<String, String>> organisations = new LinkedHashMap<>();
        // The row each organisation is first named on, which its actor cites (not the header's).
        Map<String, Integer> organisationRows = new java.util.HashMap<>();
        for (int index = firstData; index < all.size(); index++) {
            int number = rowNumbers.get(index);
            List<String> record = all.get(index);
            if (record.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (record.size() != codes.size()) {
                problems.add(new ImportProblem(file, number, null, null, "the row has " + record.size() + " cells; the header has "
                        + codes.size(), true));
                continue;
            }
            Cells cells = new Cells(file, number, record, column, problems);
            String id = cells.get("initiativeid");
            if (id.isEmpty()) {
                problems.add(new ImportProblem(file, number, "InitiativeID", "", "a value is required", true));
                continue;
            }
            Initiative initiative = initiatives.computeIfAbsent(id, key -> new Initiative(number, key));
            initiative.add(cells, codes, labels, file, problems);
            for (String organisation : MULTI.split(cells.first(ORGANISATION_COLUMNS))) {
                if (organisation.isBlank()) {
                    continue;
                }
                String actorId = organisationId(initiative.countryCode.isEmpty() ? initiative.country : initiative.countryCode, organisation);
                organisations.computeIfAbsent(actorId, key -> organisation(key, organisation.strip(), initiative));
                organisationRows.putIfAbsent(actorId, number);
                initiative.owners.add(actorId);
            }
        }
        if (initiatives.isEmpty() && problems.stream().noneMatch(ImportProblem::fatal)) {
            problems.add(new ImportProblem(file, all.size(), null, null, "the STIP Compass export has no initiative rows under its header", true));
        }
        List<RegisterTable.Row> actorRows = new ArrayList<>();
        organisations.forEach((actorId, cells) -> actorRows.add(new RegisterTable.Row(organisationRows.get(actorId), cells)));
        initiatives.values().stream().filter(initiative -> initiative.name.isEmpty()).forEach(initiative -> problems.add(new ImportProblem(file,
                initiative.number, null, null, "initiative " + initiative.id + " has no name in any of " + String.join(", ", NAME_HEADERS)
                        + "; it is named 'STIP initiative " + initiative.id + "'", false)));
        List<RegisterTable.Row> rows = initiatives.values().stream().map(Initiative::row).toList();
        List<RegisterTable> tables = new ArrayList<>();
        if (!actorRows.isEmpty()) {
            tables.add(new RegisterTable(file, RegisterKind.ACTORS, ACTOR_OUTPUT, actorRows, List.of()));
        }
        tables.add(new RegisterTable(file, RegisterKind.INITIATIVES, OUTPUT, rows, List.copyOf(problems)));
        return tables;
    }

    /**
     * A row of labels, not data: its target-group and theme cells are words, where data rows have
     * 0/1 flags, and its InitiativeID cell is not an identifier.
     */
    private static boolean isLabelRow(List<String> row, List<String> codes) {
        int flags = 0;
        int words = 0;
        for (int i = 0; i < codes.size() && i < row.size(); i++) {
            if (THEME.matcher(codes.get(i)).matches() || TARGET_GROUP.matcher(codes.get(i)).matches()) {
                String value = row.get(i).strip();
                if (value.matches("(?i)|0|1|0\\.0|1\\.0|true|false|yes|no")) {
                    flags++;
                } else {
                    words++;
                }
            }
        }
        if (flags + words > 0) {
            return words > flags;
        }
        int idColumn = codes.indexOf("initiativeid");
        String id = idColumn >= 0 && idColumn < row.size() ? row.get(idColumn).strip() : "";
        return !id.isEmpty() && !id.matches("(?i)(https?://\\S+|[\\w./-]*\\d[\\w./-]*)");
    }

    /** One actor per organisation name and country, however the name is spaced or capitalised. */
    static String organisationId(String country, String organisation) {
        return "stip-org/" + NameKey.column(country) + "/" + NameKey.column(organisation);
    }

    private static Map<String, String> organisation(String id, String name, Initiative initiative) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("id", id);
        cells.put("name", name);
        cells.put("kind", "");
        cells.put("level", "");
        cells.put(COUNTRY, initiative.country);
        cells.put(COUNTRY_CODE, initiative.countryCode);
        return cells;
    }

    /** The cells of one source row, looked up by (lower-case) column code. */
    private record Cells(String file, int number, List<String> record, Map<String, Integer> column, List<ImportProblem> problems) {
        String get(String code) {
            Integer index = column.get(code);
            return index == null ? "" : RegisterTable.checkedCell(file, number, code, record.get(index), problems).strip();
        }

        String first(List<String> candidates) {
            return candidates.stream().map(this::get).filter(value -> !value.isEmpty()).findFirst().orElse("");
        }

        /** Every non-empty value of the columns whose code starts with {@code prefix} (Objectives1, Objectives2...). */
        List<String> startingWith(String prefix) {
            List<String> values = new ArrayList<>();
            column.forEach((code, index) -> {
                if (code.startsWith(prefix)) {
                    String value = get(code);
                    if (!value.isEmpty()) {
                        values.add(value);
                    }
                }
            });
            return values;
        }

        boolean flagged(int index) {
            String value = record.get(index).strip();
            return value.equals("1") || value.equals("1.0") || value.equalsIgnoreCase("true") || value.equalsIgnoreCase("yes");
        }

        /** A year as pandas writes it ("2020.0") is the year. */
        String year(List<String> candidates) {
            String value = first(candidates);
            return value.matches("\\d{4}\\.0+") ? value.substring(0, 4) : value;
        }
    }

    /** One initiative gathered from its rows. */
    private static final class Initiative {
        private final int number;
        private final String id;
        private String name = "";
        private String description = "";
        private String country = "";
        private String countryCode = "";
        private String start = "";
        private String end = "";
        private String evaluated = "";
        private String budgetRange = "";
        private InstrumentType instrument;
        private final Set<String> owners = new LinkedHashSet<>();
        private final Set<String> instruments = new LinkedHashSet<>();
        private final Set<String> themes = new LinkedHashSet<>();
        private final Set<String> groups = new LinkedHashSet<>();
        private final Set<String> tags = new LinkedHashSet<>();
        private final Set<String> objectives = new LinkedHashSet<>();
        private final Set<String> background = new LinkedHashSet<>();
        private final Set<String> links = new LinkedHashSet<>();
        private final Set<String> evaluationLinks = new LinkedHashSet<>();

        Initiative(int number, String id) {
            this.number = number;
            this.id = id;
        }

        void add(Cells cells, List<String> codes, List<String> labels, String file, List<ImportProblem> problems) {
            String named = cells.first(NAME_COLUMNS);
            if (!name.isEmpty() && !named.isEmpty() && !org.innoscape.io.values.NameKey.of(named).equals(org.innoscape.io.values.NameKey.of(name))) {
                // An export's rows of one initiative repeat its name; another name is another initiative under a reused id.
                problems.add(new ImportProblem(file, cells.number(), null, named, "initiative " + id + " is named '" + name + "' on row " + number
                        + "; the name of its first row is kept", false));
            }
            name = name.isEmpty() ? named : name;
            description = description.isEmpty() ? cells.first(DESCRIPTION_COLUMNS) : description;
            country = country.isEmpty() ? cells.first(COUNTRY_LABEL_COLUMNS) : country;
            countryCode = countryCode.isEmpty() ? cells.get("countrycode") : countryCode;
            start = start.isEmpty() ? cells.year(List.of("startdateyear", "startyear")) : start;
            end = end.isEmpty() ? cells.year(List.of("enddateyear", "endyear")) : end;
            evaluated = evaluated.isEmpty() ? flag(cells.get("hasbeenevaluated")) : evaluated;
            budgetRange = budgetRange.isEmpty() ? cells.get("yearlybudgetrange") : budgetRange;
            String instrumentLabel = cells.get("instrumenttypelabel");
            if (!instrumentLabel.isEmpty()) {
                instruments.add(instrumentLabel);
                InstrumentType type = RegisterVocabularies.INSTRUMENT_TYPE.find(instrumentLabel).orElse(null);
                if (type == null) {
                    problems.add(new ImportProblem(file, cells.number(), "InstrumentTypeLabel", instrumentLabel,
                            "not an instrument type of the STIP Compass codebooks Innoscape knows (2019, 2021, 2023); kept as the property "
                                    + INSTRUMENTS, false));
                } else if (instrument == null) {
                    instrument = type;
                }
            }
            for (String tag : MULTI.split(cells.get("tags"))) {
                if (!tag.isBlank()) {
                    tags.add(tag.strip());
                }
            }
            objectives.addAll(cells.startingWith("objectives"));
            background.addAll(cells.startingWith("background"));
            links.addAll(cells.startingWith("internetlink"));
            evaluationLinks.addAll(cells.startingWith("linksevaluation"));
            for (int i = 0; i < codes.size(); i++) {
                boolean theme = THEME.matcher(codes.get(i)).matches();
                if (!theme && !TARGET_GROUP.matcher(codes.get(i)).matches() || !cells.flagged(i)) {
                    continue;
                }
                String label = i < labels.size() && !labels.get(i).isBlank() ? labels.get(i).strip() : codes.get(i).toUpperCase(Locale.ROOT);
                if (theme) {
                    themes.add(label);
                } else {
                    groups.add(label.replace(";", ","));
                }
            }
        }

        private static String flag(String value) {
            return value.matches("[01]\\.0+") ? value.substring(0, 1) : value;
        }

        RegisterTable.Row row() {
            Map<String, String> cells = new LinkedHashMap<>();
            cells.put("id", id);
            cells.put("name", name.isEmpty() ? "STIP initiative " + id : name);
            cells.put("owner", String.join(";", owners));
            cells.put("description", description.isEmpty() ? String.join("\n\n", objectives) : description);
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
            cells.put(COUNTRY_CODE, countryCode);
            cells.put(THEMES, String.join("; ", themes));
            cells.put(TAGS, String.join("; ", tags));
            cells.put(INSTRUMENTS, String.join("; ", instruments));
            cells.put(BUDGET_RANGE, budgetRange);
            cells.put(OBJECTIVES, String.join("\n", objectives));
            cells.put(BACKGROUND, String.join("\n", background));
            cells.put(LINKS, String.join(" ", links));
            cells.put(EVALUATION_LINKS, String.join(" ", evaluationLinks));
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
}
