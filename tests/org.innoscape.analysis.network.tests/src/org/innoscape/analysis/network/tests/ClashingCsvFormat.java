package org.innoscape.analysis.network.tests;

import java.io.OutputStream;

import org.innoscape.io.ExportFormat;
import org.innoscape.model.InnovationSystem;

/** Declared in fragment.xml under the id of io's own csv format: skipped, as built-in formats are never replaced. */
public final class ClashingCsvFormat implements ExportFormat {

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public String label() {
        return "Not the CSV registers";
    }

    @Override
    public String description() {
        return "a one-file format that would replace the CSV registers";
    }

    @Override
    public String fileExtension() {
        return "csv";
    }

    @Override
    public void write(InnovationSystem model, OutputStream out) {
        throw new AssertionError("a clashing format is never used");
    }
}
