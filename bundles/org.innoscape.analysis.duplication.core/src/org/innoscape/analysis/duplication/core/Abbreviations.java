package org.innoscape.analysis.duplication.core;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * The abbreviations of health care and its programmes, each with the words it stands for. Registers
 * write a programme once as "CGM for T2D in PCNs" and again as "continuous glucose monitoring for type
 * 2 diabetes in primary care networks"; comparing their words needs one spelling. Only abbreviations
 * that mean one thing in most health registers are listed, from general knowledge of the NHS, not from
 * any register. Left out because they mean two things there: MS, ED, AF, LD, CHD (coronary or congenital),
 * ICS (integrated care system or inhaled corticosteroids), RTI, RCT (Rhondda Cynon Taf), ASD, ML, RPM and GPS
 * (trackers, after lower-casing). Type 1 and type 2 diabetes, written out, share their terms ("1" and "2" are
 * too short to be terms), as they did written out before: the conditions part tells them apart.
 */
final class Abbreviations {
    private Abbreviations() {
    }

    /** Each abbreviation (lower case, as one word) and what it is written out as. */
    private static final String[][] LISTED = {
        // Conditions
        { "t1d", "type 1 diabetes" }, { "t1dm", "type 1 diabetes" }, { "t2d", "type 2 diabetes" }, { "t2dm", "type 2 diabetes" },
        { "cvd", "cardiovascular disease" }, { "copd", "chronic obstructive pulmonary disease" },
        { "ckd", "chronic kidney disease" }, { "aki", "acute kidney injury" }, { "ild", "interstitial lung disease" },
        { "ipf", "idiopathic pulmonary fibrosis" },
        { "uti", "urinary tract infection" }, { "utis", "urinary tract infections" }, { "tbi", "traumatic brain injury" },
        { "smi", "severe mental illness" }, { "adhd", "attention deficit hyperactivity disorder" },
        { "ptsd", "post traumatic stress disorder" }, { "mnd", "motor neurone disease" }, { "ibd", "inflammatory bowel disease" },
        { "ibs", "irritable bowel syndrome" }, { "vte", "venous thromboembolism" }, { "dvt", "deep vein thrombosis" },
        { "amr", "antimicrobial resistance" }, { "msk", "musculoskeletal" }, { "ltc", "long term condition" },
        { "ltcs", "long term conditions" }, { "amd", "age related macular degeneration" },
        // Technologies and tests
        { "ai", "artificial intelligence" }, { "nlp", "natural language processing" },
        { "cgm", "continuous glucose monitoring" }, { "pgx", "pharmacogenomic" }, { "ecg", "electrocardiogram" },
        { "ecgs", "electrocardiograms" }, { "mri", "magnetic resonance imaging" }, { "crp", "c reactive protein" },
        { "ehr", "electronic health record" }, { "ehrs", "electronic health records" }, { "epr", "electronic patient record" },
        { "eprs", "electronic patient records" }, { "dtx", "digital therapeutics" },
        { "vr", "virtual reality" }, { "iot", "internet of things" }, { "medtech", "medical technology" },
        // Services, bodies and methods
        { "gp", "general practice" }, { "pcn", "primary care network" },
        { "pcns", "primary care networks" }, { "icb", "integrated care board" },
        { "icbs", "integrated care boards" }, { "ccg", "clinical commissioning group" }, { "ccgs", "clinical commissioning groups" },
        { "ahsn", "academic health science network" }, { "ahsns", "academic health science networks" },
        { "icu", "intensive care unit" }, { "mdt", "multidisciplinary team" },
        { "proms", "patient reported outcome measures" }, { "prems", "patient reported experience measures" },
        { "cyp", "children and young people" }, { "hcps", "healthcare professionals" }, { "smes", "small and medium enterprises" },
        { "qi", "quality improvement" }, };

    /** Each abbreviation's words, looked up by a token's characters without making a string of each token. */
    private static final CharArrayMap<String[]> WORDS = words();

    private static CharArrayMap<String[]> words() {
        CharArrayMap<String[]> words = new CharArrayMap<>(LISTED.length, false);
        for (String[] abbreviation : LISTED) {
            words.put(abbreviation[0], abbreviation[1].split(" "));
        }
        return CharArrayMap.unmodifiableMap(words);
    }

    /**
     * The tokens of {@code lowerCase} with each listed abbreviation replaced by its words. Lucene's synonym
     * filter does this too, for phrases of several words as well; single words need only a look-up per
     * token, and the synonym filter's graph took a tenth of a detection's tokenising time at 100,000 rows.
     */
    static TokenStream writtenOut(TokenStream lowerCase) {
        return new WrittenOut(lowerCase, WORDS);
    }

    /** Like {@link #writtenOut(TokenStream)}, with a register's own acronyms too ({@link RegisterAcronyms}); the listed come first. */
    static TokenStream writtenOut(TokenStream lowerCase, Map<String, String[]> registers) {
        if (registers.isEmpty()) {
            return writtenOut(lowerCase);
        }
        CharArrayMap<String[]> words = new CharArrayMap<>(WORDS.size() + registers.size(), false);
        words.putAll(registers);
        words.putAll(WORDS);
        return new WrittenOut(lowerCase, words);
    }

    /** Whether the abbreviation (lower case) is listed. */
    static boolean listed(String lowerCase) {
        return WORDS.containsKey(lowerCase);
    }

    /** The words, each listed abbreviation (lower case) replaced by its words. */
    static String[] writtenOut(String[] lowerCase) {
        List<String> words = new ArrayList<>(lowerCase.length);
        for (String word : lowerCase) {
            String[] written = WORDS.get(word);
            if (written == null) {
                words.add(word);
            } else {
                words.addAll(Arrays.asList(written));
            }
        }
        return words.toArray(String[]::new);
    }

    private static final class WrittenOut extends TokenFilter {
        private final CharArrayMap<String[]> written;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
        private String[] words;
        private int next;
        /** The abbreviation's attributes (offsets, type): each of its words is given them, one position after the other. */
        private AttributeSource.State abbreviation;

        WrittenOut(TokenStream input, CharArrayMap<String[]> written) {
            super(input);
            this.written = written;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (words != null && next < words.length) {
                restoreState(abbreviation); // filters below may have changed the shared attributes since
                term.setEmpty().append(words[next++]);
                position.setPositionIncrement(1);
                return true;
            }
            if (!input.incrementToken()) {
                return false;
            }
            words = written.get(term.buffer(), 0, term.length());
            if (words != null) {
                abbreviation = captureState();
                term.setEmpty().append(words[0]);
                next = 1;
            }
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            words = null;
            abbreviation = null;
        }
    }
}
