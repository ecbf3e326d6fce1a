package org.innoscape.analysis.duplication.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Sister programmes named in one frame with another subject each, and the changes a name recorded twice goes through. */
class NameSubjectsTest {
    /** As the scorer compares them: the names' words with abbreviations written out. */
    private static String[] differing(String first, String second) {
        return NameSubjects.differing(words(first), words(second));
    }

    private static String[] words(String name) {
        return Abbreviations.writtenOut(TextWords.of(name).toArray(String[]::new));
    }

    @Test
    void namesOfOneFrameWithAnotherSubjectEachDiffer() {
        assertArrayEquals(new String[] {"e rostering", "ambient voice"},
                differing("West Midlands E-Rostering Forum", "West Midlands Ambient Voice Forum"));
        assertArrayEquals(new String[] {"dementia", "health inequalities"}, differing(
                "Digital Health Strategy for Dementia", "Digital Health Strategy for Health Inequalities"));
        assertArrayEquals(new String[] {"heart failure", "falls"}, differing(
                "Wearables for heart failure: an implementation study in Weston-super-Mare",
                "Wearables for falls: an implementation study in Weston-super-Mare"));
    }

    @Test
    void aNameRecordedAgainKeepsItsSubject() {
        // Typos, a word cut short or swapped letters; a label added; another word for the programme's kind; a round.
        assertNull(differing("Primary Care Access Real-World Evaluation Programme", "Primary Cre Access Real-World Evaluation Programme"));
        assertNull(differing("End of Life Care Research Data Platform", "End of Leif Care Research Data Platform"));
        assertNull(differing("Workforce Planning Patient Involvement Programme", "Workforce Planning Patient Involvement P"));
        assertNull(differing("Rapid eval. of structured education in emergency departments",
                "Rapid evaluation of structured education in emergency departments"));
        assertNull(differing("Black Country RPA Network", "Black Country RPA Collaborative"));
        assertNull(differing("Yeovil CCG advice and guidance pilot", "Yeovil clinical commissioning group advice and guidance pilot"));
        assertNull(differing("Breast cancer point of care diagnostics innovation payment", "Breast cancer point of care diagnostics tariff"),
                "a name ending in another word for its kind");
        assertNull(differing("Eye health video consultation uptake fund (Yorkshire and Humber)",
                "Eye Health Video Consultation Adoption Fund (Yorkshire And Humber)"));
        assertNull(differing("Cancer Genomics Accelerator", "[OPEN] Cancer Genomics Accelerator - apply now"));
        assertNull(differing("Mental health innovation launchpad (2023/24)", "Mental health innovation launchpad Cohort 5"));
    }

    @Test
    void namesWithoutAFrameOrWithTooLongASubjectAreNotCompared() {
        assertNull(differing("Digital Pathology Programme", "Remote Monitoring Programme"), "one telling word of frame is too few");
        assertNull(differing("Teledermatology for skin cancer", "A study of outcomes after hip replacement in older adults"));
        assertNull(differing("Kent and Medway Innovation Hub for medical devices and digital pathology and genomics and robotics",
                "Kent and Medway Innovation Hub for eye care"), "a subject of five telling words is a description, not a subject");
    }

    @Test
    void wordsAlikeAreTheSameCutShortOrWithATypo() {
        assertTrue(NameSubjects.alike("evaluation", "eval"));
        assertTrue(NameSubjects.alike("mental", "mentla"));
        assertTrue(NameSubjects.alike("fund", "furd"));
        assertFalse(NameSubjects.alike("dementia", "diabetes"));
        assertFalse(NameSubjects.alike("ai", "vr"));
        assertFalse(NameSubjects.alike("ckd", "cvd"), "abbreviations one letter apart");
        assertTrue(NameSubjects.alike("cre", "care"));
    }
}
