package org.innoscape.analysis.duplication.core.tests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.innoscape.analysis.duplication.core.InitiativeRecord;

/**
 * A register of records from a few sentence templates, with every tenth record re-described by
 * another body: the same words in another order, one word swapped, another name. Planted pairs are
 * {@code (i, i + 1)} for the indexes {@link #planted} lists.
 */
final class SyntheticRecords {
    private static final String[] CONDITIONS = {"diabetes", "asthma", "dementia", "stroke", "glaucoma", "arthritis", "epilepsy",
            "psoriasis", "anaemia", "migraine", "obesity", "sepsis", "malaria", "hepatitis", "tinnitus", "scoliosis"};
    private static final String[] TECHNOLOGIES = {"remote monitoring", "genomic testing", "digital therapy", "wearable sensors",
            "machine learning triage", "point of care diagnostics", "robotic surgery", "virtual wards", "smart inhalers", "telehealth"};
    private static final String[] SETTINGS = {"primary care", "care homes", "community pharmacies", "acute hospitals", "mental health trusts",
            "ambulance services", "hospices", "schools"};
    private static final String[] ACTIONS = {"funds", "evaluates", "accelerates", "scales", "trains staff in", "procures", "pilots"};
    private static final String[] GROUPS = {"patients", "clinicians", "industry", "commissioners", "researchers"};

    final List<InitiativeRecord> records = new ArrayList<>();
    final List<Integer> planted = new ArrayList<>();

    SyntheticRecords(int size, long seed) {
        Random random = new Random(seed);
        while (records.size() < size) {
            String condition = pick(random, CONDITIONS);
            String technology = pick(random, TECHNOLOGIES);
            String setting = pick(random, SETTINGS);
            String action = pick(random, ACTIONS);
            String group = pick(random, GROUPS);
            String country = random.nextInt(20) == 0 ? "France" : "England";
            int serial = records.size();
            String description = "A programme that " + action + " " + technology + " for people with " + condition + " in " + setting
                    + ", run with local partners " + serial + " and reporting outcomes every quarter.";
            records.add(record("r" + serial, technology + " for " + condition + " " + serial, description, setting, group, country));
            if (serial % 10 == 0 && records.size() < size) {
                planted.add(serial);
                String again = "Run with local partners " + serial + ", it " + action + " " + technology + " in " + setting
                        + " for people living with " + condition + ", reporting outcomes quarterly.";
                records.add(record("r" + (serial + 1), condition + " " + technology + " scheme " + serial, again, setting, group, country));
            }
        }
    }

    private static InitiativeRecord record(String id, String name, String description, String setting, String group, String country) {
        return new InitiativeRecord(id, name, description, List.of("stage:" + setting.length() % 3), List.of("driver:funding"),
                List.of("group:" + group), List.of("FUNDING"), "PROVIDERS", null, null, country, null, LocalDate.of(2020, 1, 1),
                LocalDate.of(2024, 12, 31));
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
