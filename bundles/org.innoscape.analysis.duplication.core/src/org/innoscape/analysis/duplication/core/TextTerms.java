package org.innoscape.analysis.duplication.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * English text to comparable terms, as Lucene's English analyzer makes them (lower case, English stop
 * words removed, possessives dropped, Porter stemming: "evaluating", "evaluation" and "evaluated" meet),
 * with the abbreviations of health care written out first ({@link Abbreviations}): "CGM for T2D" and
 * "continuous glucose monitoring for type 2 diabetes" share their terms; and, when given, the acronyms the register
 * defines by its names ({@link RegisterAcronyms}).
 */
final class TextTerms implements AutoCloseable {
    /** The register's own acronyms ({@link RegisterAcronyms}), read as their words too; empty when none are known. */
    private final Map<String, String[]> acronyms;

    TextTerms() {
        this(Map.of());
    }

    TextTerms(Map<String, String[]> acronyms) {
        this.acronyms = acronyms;
    }

    // Builds its filters when first asked for a token stream, after the constructor has set the acronyms.
    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(source);
            stream = new LowerCaseFilter(stream);
            stream = Abbreviations.writtenOut(stream, acronyms);
            stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            return new TokenStreamComponents(source, new PorterStemFilter(stream));
        }
    };

    public List<String> terms(String text) {
        if (text == null || text.isBlank()) {
            return new ArrayList<>();
        }
        // About one term in eight characters: sized once, not grown a term at a time (every text of a register passes here).
        List<String> terms = new ArrayList<>(Math.min(text.length() / 8 + 4, 1024));
        // Accents and unseen characters left out first, as the named-entity readers do: "Misusé" is "misuse".
        try (TokenStream stream = analyzer.tokenStream("text", TextWords.plain(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.length() > 1) {
                    terms.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
