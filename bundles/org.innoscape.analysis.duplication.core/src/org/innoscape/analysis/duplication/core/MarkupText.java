package org.innoscape.analysis.duplication.core;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;

import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;

/**
 * Text as it reads once what was pasted from a web page is undone: character references decoded ("A&amp;amp;E" is
 * "A&amp;E", "&amp;bull;" a bullet, "&amp;#163;" a pound sign) and tags left out ("&lt;p&gt;", "&lt;br/&gt;"), so that
 * two records of one programme, one pasted from a page and one typed, share their words, and "amp" or "bull" is no
 * word two pasted records share. Lucene's HTML filter does it (the full table of named references); a text without
 * "&amp;" or "&lt;" is returned as it is.
 */
final class MarkupText {
    private MarkupText() {
    }

    static String withoutMarkup(String text) {
        if (text.indexOf('&') < 0 && text.indexOf('<') < 0) {
            return text;
        }
        StringBuilder plain = new StringBuilder(text.length());
        try (Reader reader = new HTMLStripCharFilter(new StringReader(text))) {
            char[] buffer = new char[Math.min(text.length(), 4096)];
            for (int read = reader.read(buffer); read >= 0; read = reader.read(buffer)) {
                plain.append(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading a text from memory failed", e);
        }
        return plain.toString();
    }
}
