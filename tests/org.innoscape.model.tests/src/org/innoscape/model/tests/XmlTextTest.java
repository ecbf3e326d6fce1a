package org.innoscape.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.innoscape.model.values.XmlText;
import org.junit.jupiter.api.Test;

/** The one XML/HTML/SVG escaper: whatever a model holds, the document parses and reads back the same text. */
class XmlTextTest {

    @Test
    void markupBecomesEntities() {
        assertEquals("&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39;", XmlText.escape("<b> & \"x\" 'y'"));
        assertEquals("", XmlText.escape(null));
    }

    @Test
    void charactersXmlCannotHoldAreDroppedAndEverythingElseKept() throws Exception {
        String text = "a\u0000b\u001Bc\tline\nnext \uD83D\uDE00 lone \uD800 end \uFFFE";
        String escaped = XmlText.escape(text);
        assertEquals("abc\tline\nnext \uD83D\uDE00 lone  end ", escaped);
        String document = "<r a=\"" + escaped + "\">" + escaped + "</r>";
        var parsed = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
        assertEquals("abc\tline\nnext \uD83D\uDE00 lone  end ", parsed.getDocumentElement().getTextContent());
    }
}
