package org.innoscape.analysis.duplication.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
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
    void subjectsWrittenAnotherWayAreTheSameSubject() {
        assertNull(differing("Cardiology Innovation Fund for Heart Failure Care", "Cardiology Innovation Fund for Failure of the Heart Care"),
                "the same words in another order");
        assertNull(differing("West Midlands VBHC Forum", "West Midlands Value-Based Health Care Forum"), "an abbreviation no list holds");
        assertNull(differing("Black Country Robotic Process Automation Network", "Black Country RPA Network"));
        assertNull(differing("North East Prescribing Support Network", "North East Prescription Support Network"), "another form of a word");
        assertNull(differing("Digital Inclusion Programme in West Yorkshire", "Digital Inclusion Programme in Leeds"),
                "places are compared as places: Leeds is in West Yorkshire");
        assertArrayEquals(new String[] {"leeds", "wakefield"}, differing("Leeds Heart Failure Improvement Collaborative",
                "Wakefield Heart Failure Improvement Collaborative"), "two towns of one area are two subjects");
        assertNull(differing("Phase 1: rapid WGS for latent TB", "Phase 1: whole genome sequencing for latent TB"),
                "subjects naming one technology as the lists know it");
        assertNull(differing("West Midlands Accelerators Forum", "West Midlands Studies Forum"), "kinds of programme, in the plural");
        assertArrayEquals(new String[] {"nhs", "care"}, differing("London Digital NHS Innovation Forum", "London Digital Care Innovation Forum"));
        assertNull(differing("London Digital NHS Innovation Forum", "London Digital NSH Innovation Forum"), "letters typed in another order");
    }

    @Test
    void accentsAreLeftOutHoweverTheyAreWritten() {
        String composed = "Programme de sant\u00e9 de Montr\u00e9al";
        String decomposed = "Programme de sante\u0301 de Montre\u0301al";
        assertArrayEquals(words("Programme de sante de Montreal"), words(composed));
        assertArrayEquals(words(composed), words(decomposed));
        assertArrayEquals(new String[] {"acme", "ltd"}, words("Acme Lt\u200Bd"), "a zero-width space is not seen");
        assertArrayEquals(new String[] {"acme", "ltd"}, words("\uD835\uDC00cme Ltd"), "a mathematical capital A is an A");
        assertArrayEquals(new String[] {"\uD840\uDC0B\uD840\uDC0C"}, words("\uD840\uDC0B\uD840\uDC0C"),
                "letters beyond the first plane are letters");
    }

    @Test
    void namesWithoutAFrameOrWithTooLongASubjectAreNotCompared() {
        assertNull(differing("Digital Pathology Programme", "Remote Monitoring Programme"), "one telling word of frame is too few");
        assertNull(differing("Teledermatology for skin cancer", "A study of outcomes after hip replacement in older adults"));
        assertNull(differing("Kent and Medway Innovation Hub for medical devices and digital pathology and genomics and robotics",
                "Kent and Medway Innovation Hub for eye care"), "a subject of five telling words is a description, not a subject");
        assertArrayEquals(new String[] {"mental health crisis care", "dementia"}, differing(
                "Digital Health Strategy for Mental Health Crisis Care", "Digital Health Strategy for Dementia"), "four telling words are a subject");
        assertNull(differing("Innovation Fund for Dementia", "Innovation Fund for Asthma"), "one telling word of frame is too few");
        assertNull(differing("Digital Pathology Collaboration", "Digital Pathology Partnership"),
                "a name ending in another word, not after 'for', 'in'...: another word for its kind");
    }

    @Test
    void namesMadeToBeCostlyAreReadInBoundedWork() {
        String longWord = "a".repeat(25_000) + "b" + "a".repeat(25_000);
        String otherLongWord = "a".repeat(25_000) + "c" + "a".repeat(25_000);
        String frame = "Digital Health Strategy for ";
        String manySmallWords = " of".repeat(200_000);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertFalse(NameSubjects.alike(longWord, otherLongWord), "words longer than anyone types are alike only as written");
            assertTrue(NameSubjects.alike(longWord, longWord));
            assertNull(differing(frame + longWord, frame + otherLongWord + " " + longWord));
            assertArrayEquals(new String[] {"dementia" + manySmallWords, "asthma" + manySmallWords + " and"},
                    differing(frame + "dementia" + manySmallWords, frame + "asthma" + manySmallWords + " and"));
        });
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
        assertTrue(NameSubjects.alike("commissioning", "comissionning"), "two edits from six letters");
        assertFalse(NameSubjects.alike("stroke", "strata"), "three edits are another word");
        assertFalse(NameSubjects.alike("heart", "hoard"), "two edits in five letters are another word");
        assertTrue(NameSubjects.alike("nhs", "nsh"));
        assertFalse(NameSubjects.alike("hearing", "heart"), "a word's ending taken off does not make it a word cut short");
        assertTrue(NameSubjects.alike("prescribing", "prescription"));
    }
}
