package org.innoscape.engines.spark;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A register of initiatives in the importer's columns, from sentence templates over a vocabulary of
 * conditions, technologies and settings, with every eighth programme re-described by another body
 * (sentences reordered, words swapped, another name), some programmes recorded again by their owner and their next round
 * recorded too (the same text, two years later), and some fields left empty (a quarter of the technology areas).
 */
final class TestRegister {
    private static final String[] CONDITIONS = {"diabetes", "asthma", "dementia", "stroke", "glaucoma", "arthritis", "epilepsy", "psoriasis",
            "anaemia", "migraine", "obesity", "sepsis", "heart failure", "hepatitis", "tinnitus", "COPD", "frailty", "depression"};
    private static final String[] TECHNOLOGIES = {"remote monitoring", "genomic testing", "digital therapy", "wearable sensors",
            "machine learning triage", "point of care diagnostics", "robotic surgery", "virtual wards", "smart inhalers", "telehealth",
            "electronic prescribing", "patient portals"};
    private static final String[] SETTINGS = {"primary care", "care homes", "community pharmacies", "acute hospitals",
            "mental health trusts", "ambulance services", "hospices", "schools"};
    private static final String[] OWNERS = {"NHS England and Improvement", "NIHR", "Innovate UK", "AHSN Network", "NHSX", "Health Foundation",
            "Office for Life Sciences", "Wellcome Trust"};
    private static final String[] ACTIVITIES = {"funding", "evaluation-and-evidence", "training-and-skills", "networking-and-brokerage",
            "procurement-and-commissioning"};
    private static final String[] STAGES = {"Adoption", "Development", "Idea generation", "Spread and scale-up", "Testing and evaluation"};
    private static final String[] DRIVERS = {"Funding and commissioning", "Information and evidence", "Relationships and networks",
            "Skills, capabilities and leadership"};
    private static final String[] GROUPS = {"Adopters", "Clinicians", "Innovators", "Patients and the public"};

    private TestRegister() {
    }

    /** Writes {@code rows} initiatives to {@code file}. */
    static Path write(Path file, int rows, long seed) throws IOException {
        Random random = new Random(seed);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord("id", "name", "owner", "description", "activity_types", "funding_recipients", "stages", "drivers", "target_groups",
                    "start_date", "end_date", "country", "technology_area");
            int row = 0;
            while (row < rows) {
                String condition = pick(random, CONDITIONS);
                String technology = pick(random, TECHNOLOGIES);
                String setting = pick(random, SETTINGS);
                String activity = pick(random, ACTIVITIES);
                String stage = pick(random, STAGES);
                String group = pick(random, GROUPS);
                String year = String.valueOf(2015 + random.nextInt(8));
                String country = random.nextInt(25) == 0 ? "Scotland" : "England";
                String description = "Supports " + setting + " to adopt " + technology + " for people with " + condition
                        + ". Partners " + row + " share evidence and report outcomes to the board every quarter.";
                String name = capital(technology) + " for " + condition + " (" + row + ")";
                String owner = pick(random, OWNERS);
                String recipients = random.nextBoolean() ? "adopters" : "";
                String driver = random.nextInt(3) == 0 ? "" : pick(random, DRIVERS);
                String area = random.nextInt(4) == 0 ? "" : technology;
                csv.printRecord("P-" + row, name, owner, description, activity, recipients, stage, driver, group, year + "-04",
                        random.nextInt(4) == 0 ? "" : (Integer.parseInt(year) + 3) + "-03", country, area);
                boolean nextRound = row % 24 == 0;
                row++;
                if (row % 8 == 1 && row < rows) {
                    String again = "Partners " + (row - 1) + " report outcomes quarterly. It helps " + setting + " take up " + technology
                            + " for patients living with " + condition + " and shares the evidence.";
                    csv.printRecord("Q-" + row, capital(condition) + " " + technology + " scheme", pick(random, OWNERS), again, activity,
                            "adopters", stage, "", group, year + "-09", "", country, technology);
                    row++;
                }
                if (nextRound && row + 1 < rows) {
                    // Recorded again by its owner in other words, and its next round (the same text two years later): the round
                    // is as alike to the programme as the record again is, so the two records are not closest look-alikes.
                    csv.printRecord("D-" + row, name, owner, description.replace("every quarter", "each quarter"), activity, recipients,
                            stage, driver, group, year + "-04", "", country, area);
                    row++;
                    csv.printRecord("R-" + row, name, owner, description, activity, recipients, stage, driver, group,
                            (Integer.parseInt(year) + 2) + "-04", "", country, area);
                    row++;
                }
            }
        }
        return file;
    }

    private static String capital(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    static List<Path> list(Path file) {
        return List.of(file);
    }
}
