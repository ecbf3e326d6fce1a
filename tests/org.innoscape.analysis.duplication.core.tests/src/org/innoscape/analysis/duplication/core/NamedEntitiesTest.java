package org.innoscape.analysis.duplication.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NamedEntitiesTest {

    @Test
    void settingsOfCareAreNamedAsFamiliesAndCareHomesAreAlsoAPopulation() {
        assertEquals("hospitals", named(NamedEntities.Kind.SETTING, "Piloted in A&E and in outpatient clinics"));
        assertEquals("general practice", named(NamedEntities.Kind.SETTING, "Run in GP surgeries across primary care"));
        assertEquals("care homes", named(NamedEntities.Kind.SETTING, "Tested in care homes in Devon"));
        assertEquals("care home residents", named(NamedEntities.Kind.POPULATION, "Tested in care homes in Devon"));
    }

    @Test
    void residentsOfCareHomesAreAPopulationNotTheSettingTheyAreSeenIn() {
        String text = "Can mobile screening units reduce waits for care home residents in outpatient clinics?";
        assertEquals("hospitals", named(NamedEntities.Kind.SETTING, text));
        assertEquals("care home residents", named(NamedEntities.Kind.POPULATION, text));
    }

    @Test
    void hospitalsInPassingAreNoSetting() {
        assertEquals("", named(NamedEntities.Kind.SETTING, "Fewer hospital-onset infections; care is fragmented between hospital and "
                + "community. Partner: Royal Devon University Hospitals NHS Foundation Trust."));
    }

    @Test
    void wordsSaidOfManySettingsNameNone() {
        assertEquals("", named(NamedEntities.Kind.SETTING, "Social prescribing in the most deprived wards of Bradford"));
        assertEquals("", named(NamedEntities.Kind.SETTING, "Virtual wards for frail patients, with pharmacists' reviews"));
        assertEquals("hospitals", named(NamedEntities.Kind.SETTING, "Falls prevention on hospital wards"));
        assertEquals("community pharmacies", named(NamedEntities.Kind.SETTING, "Blood pressure checks by community pharmacists"));
    }

    @Test
    void interventionsAreNamedAsFamiliesWhateverTheirName() {
        assertEquals("AI image analysis", named(NamedEntities.Kind.INTERVENTION, "Phase 1: AI-assisted image analysis for latent TB"));
        assertEquals("genome sequencing", named(NamedEntities.Kind.INTERVENTION, "Rapid WGS for childhood leukaemia"));
        assertEquals("genome sequencing", named(NamedEntities.Kind.INTERVENTION, "Rolling out rapid whole genome sequencing for FH"));
        assertEquals("natural language processing", named(NamedEntities.Kind.INTERVENTION, "Reducing coding backlog with NLP coding"));
        assertEquals("", named(NamedEntities.Kind.INTERVENTION, "Innovation fund 2024/25 for NHS teams"));
    }

    @Test
    void severeMentalIllnessIsAConditionAndAPopulation() {
        String text = "AI ECG for people with severe mental illness";
        assertEquals("severe mental illness", named(NamedEntities.Kind.CONDITION, text));
        assertEquals("people with severe mental illness", named(NamedEntities.Kind.POPULATION, text));
    }

    @Test
    void aConditionIsItsLongestPhraseAndAGeneralWordNamesItsNewKinsToo() {
        assertEquals("pulmonary hypertension", named(NamedEntities.Kind.CONDITION, "Home monitoring for pulmonary arterial hypertension"));
        assertEquals("polycystic ovary syndrome", named(NamedEntities.Kind.CONDITION, "Point-of-care testing for PCOS"));
        assertEquals("fungal infections", named(NamedEntities.Kind.CONDITION, "Rapid testing for Candida auris colonisation"));
        assertTrue(families(NamedEntities.Kind.CONDITION, "A themed call on cardiovascular disease")
                .intersects(families(NamedEntities.Kind.CONDITION, "congenital heart disease")), "a general word names each of its kind");
    }

    private static String named(NamedEntities.Kind kind, String text) {
        return NamedEntities.describe(kind, families(kind, text));
    }

    private static java.util.BitSet families(NamedEntities.Kind kind, String text) {
        return NamedEntities.of(TextWords.of(text)).get(kind);
    }
}
