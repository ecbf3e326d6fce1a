package org.innoscape.examples;

import org.innoscape.model.Certainty;
import org.innoscape.model.InnoscapeFactory;
import org.innoscape.model.ModelElement;
import org.innoscape.model.SourceDocument;
import org.innoscape.model.SourceReference;

/** Cites a fact worked out from the sources rather than printed in them, with a note saying how. */
final class DerivedCitation {

    private DerivedCitation() {
    }

    static void add(ModelElement element, SourceDocument document, String section, String note) {
        SourceReference reference = InnoscapeFactory.eINSTANCE.createSourceReference();
        reference.setDocument(document);
        reference.setSection(section);
        reference.setCertainty(Certainty.DERIVED);
        reference.setNote(note);
        element.getSources().add(reference);
    }
}
