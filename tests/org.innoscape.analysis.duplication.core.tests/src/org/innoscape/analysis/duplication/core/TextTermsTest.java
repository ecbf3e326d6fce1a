package org.innoscape.analysis.duplication.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** A programme's words compare whether its register abbreviates them or writes them out. */
class TextTermsTest {

    @Test
    void abbreviationsAreWrittenOutBeforeTheWordsAreCompared() {
        try (TextTerms text = new TextTerms()) {
            assertEquals(distinct(text.terms("Continuous glucose monitoring for type 2 diabetes in primary care networks")),
                    distinct(text.terms("CGM for T2D in PCNs")));
            assertEquals(distinct(text.terms("Artificial intelligence triage of chest X-rays in general practice")),
                    distinct(text.terms("AI triage of chest X-rays in GP")));
            assertEquals(distinct(text.terms("Remote monitoring for chronic obstructive pulmonary disease (COPD)")),
                    distinct(text.terms("Remote monitoring for chronic obstructive pulmonary disease")),
                    "an abbreviation after its words adds nothing new");
        }
    }

    @Test
    void wordsThatAreNotListedAbbreviationsStayAsTheEnglishAnalyzerMakesThem() {
        try (TextTerms text = new TextTerms()) {
            assertEquals(List.of("evalu", "ms", "servic", "patient", "gp"), text.terms("Evaluating the MS service's patients' GPs"),
                    "'MS' and 'GPs' are not listed (multiple sclerosis or Microsoft; GPS trackers); possessives dropped");
            assertEquals(List.of("gp", "tracker", "peopl", "dementia"), text.terms("GPS trackers for people with dementia"));
        }
    }

    /** A record pasted from a web page reads as one typed: references decoded, tags left out; a bare "&" or "<" is text. */
    @Test
    void whatPastingFromAWebPageAddedIsNotRead() {
        try (TextTerms text = new TextTerms()) {
            assertEquals(text.terms("Smoking & alcohol \u2022 GP practices in A&E \u00a3500k"),
                    text.terms("<p>Smoking &amp; alcohol &bull; GP practices</p> in A&amp;E&nbsp;&#163;500k<br/>"));
            assertEquals(List.of("nurs", "led", "clinic", "patient", "ag", "65"), text.terms("Nurse-led clinic R&D for patients aged <65"),
                    "no reference, no tag: read as written");
        }
        assertEquals(TextWords.of("Shared decision making in A&E departments"), TextWords.of("Shared decision making in A&amp;E departments"),
                "the named-entity readers see A&E ('a and e')");
        assertEquals("A&E, R&D, Q&A, M&S, aged <65", TextWords.plain("A&E, R&D, Q&A, M&S, aged <65"));
    }

    @Test
    void accentsStyledLettersAndUnseenCharactersDoNotMakeOtherTerms() {
        try (TextTerms text = new TextTerms()) {
            List<String> plain = text.terms("Alcohol misuse fellowship in care homes");
            assertEquals(plain, text.terms("Alcohol Misus\u00e9 F\u00e9llowship in care homes"));
            assertEquals(plain, text.terms("Alcohol misuse\u0301 fellowship in care homes\u200b"));
            assertEquals(plain, text.terms("Alcohol\u00a0misuse\u00a0fellowship in care homes"));
            assertEquals(plain, text.terms("\uFF21lcohol misuse fellowship in care homes"), "a full-width A is an A");
        }
    }

    private static TreeSet<String> distinct(List<String> terms) {
        return new TreeSet<>(terms);
    }
}
