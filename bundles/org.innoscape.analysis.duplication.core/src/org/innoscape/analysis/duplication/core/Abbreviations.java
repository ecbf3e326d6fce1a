package org.innoscape.analysis.duplication.core;

import java.io.IOException;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The abbreviations of health care and its programmes, each with the words it stands for. Registers
 * write a programme once as "CGM for T2D in PCNs" and again as "continuous glucose monitoring for type
 * 2 diabetes in primary care networks"; comparing their words needs one spelling. Only abbreviations
 * that mean one thing in a health register are listed (not "MS", "ED", "AF" or "LD"), from general
 * knowledge of the NHS, not from any register.
 */
final class Abbreviations {
    private Abbreviations() {
    }

    /** Each abbreviation (lower case, as one word) and what it is written out as. */
    private static final String[][] LISTED = {
        // Conditions
        { "t1d", "type 1 diabetes" }, { "t1dm", "type 1 diabetes" }, { "t2d", "type 2 diabetes" }, { "t2dm", "type 2 diabetes" },
        { "chd", "coronary heart disease" }, { "cvd", "cardiovascular disease" }, { "copd", "chronic obstructive pulmonary disease" },
        { "ckd", "chronic kidney disease" }, { "aki", "acute kidney injury" }, { "ild", "interstitial lung disease" },
        { "ipf", "idiopathic pulmonary fibrosis" }, { "rti", "respiratory tract infection" }, { "rtis", "respiratory tract infections" },
        { "uti", "urinary tract infection" }, { "utis", "urinary tract infections" }, { "tbi", "traumatic brain injury" },
        { "smi", "severe mental illness" }, { "adhd", "attention deficit hyperactivity disorder" },
        { "ptsd", "post traumatic stress disorder" }, { "mnd", "motor neurone disease" }, { "ibd", "inflammatory bowel disease" },
        { "ibs", "irritable bowel syndrome" }, { "vte", "venous thromboembolism" }, { "dvt", "deep vein thrombosis" },
        { "amr", "antimicrobial resistance" }, { "msk", "musculoskeletal" }, { "ltc", "long term condition" },
        { "ltcs", "long term conditions" }, { "asd", "autism spectrum disorder" }, { "amd", "age related macular degeneration" },
        // Technologies and tests
        { "ai", "artificial intelligence" }, { "ml", "machine learning" }, { "nlp", "natural language processing" },
        { "cgm", "continuous glucose monitoring" }, { "pgx", "pharmacogenomic" }, { "ecg", "electrocardiogram" },
        { "ecgs", "electrocardiograms" }, { "mri", "magnetic resonance imaging" }, { "crp", "c reactive protein" },
        { "ehr", "electronic health record" }, { "ehrs", "electronic health records" }, { "epr", "electronic patient record" },
        { "eprs", "electronic patient records" }, { "rpm", "remote patient monitoring" }, { "dtx", "digital therapeutics" },
        { "vr", "virtual reality" }, { "iot", "internet of things" },
        // Services, bodies and methods
        { "gp", "general practice" }, { "gps", "general practices" }, { "pcn", "primary care network" },
        { "pcns", "primary care networks" }, { "ics", "integrated care system" }, { "icb", "integrated care board" },
        { "icbs", "integrated care boards" }, { "ccg", "clinical commissioning group" }, { "ccgs", "clinical commissioning groups" },
        { "ahsn", "academic health science network" }, { "ahsns", "academic health science networks" },
        { "icu", "intensive care unit" }, { "mdt", "multidisciplinary team" }, { "rct", "randomised controlled trial" },
        { "proms", "patient reported outcome measures" }, { "prems", "patient reported experience measures" },
        { "cyp", "children and young people" }, { "hcps", "healthcare professionals" }, { "smes", "small and medium enterprises" },
        { "qi", "quality improvement" }, };

    /** Each abbreviation's words, looked up by a token's characters without making a string of each token. */
    private static final CharArrayMap<String[]> WORDS = new CharArrayMap<>(LISTED.length, false);

    static {
        for (String[] abbreviation : LISTED) {
            WORDS.put(abbreviation[0], abbreviation[1].split(" "));
        }
    }

    /**
     * The tokens of {@code lowerCase} with each listed abbreviation replaced by its words. Lucene's synonym
     * filter does this too, for phrases of several words as well; single words need only a look-up per
     * token, and the synonym filter's graph took a tenth of a detection's tokenising time at 100,000 rows.
     */
    static TokenStream writtenOut(TokenStream lowerCase) {
        return new WrittenOut(lowerCase);
    }

    private static final class WrittenOut extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private String[] words;
        private int next;

        WrittenOut(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (words != null && next < words.length) {
                term.setEmpty().append(words[next++]); // the abbreviation's offsets stay: its words stand where it stood
                return true;
            }
            if (!input.incrementToken()) {
                return false;
            }
            words = WORDS.get(term.buffer(), 0, term.length());
            if (words != null) {
                term.setEmpty().append(words[0]);
                next = 1;
            }
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            words = null;
        }
    }
}
