package org.innoscape.cli.internal;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.innoscape.analysis.report.ReportFormat;
import org.innoscape.compare.report.ComparisonFormat;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Values of the built-in commands' options that are more than an enum constant: each converter reads
 * the words the usage shows (lower case, with aliases) and lists them for shell completion.
 */
final class OptionValues {

    private OptionValues() {
    }

    private static List<String> lowerCaseNames(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
    }

    /** {@code analyze --format}. */
    static final class ReportFormats implements ITypeConverter<ReportFormat>, Iterable<String> {
        @Override
        public ReportFormat convert(String value) {
            try {
                return ReportFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }

        @Override
        public Iterator<String> iterator() {
            return lowerCaseNames(ReportFormat.values()).iterator();
        }
    }

    /** {@code diff --format}: text, markdown (md), html, json. */
    static final class ComparisonFormats implements ITypeConverter<ComparisonFormat>, Iterable<String> {
        @Override
        public ComparisonFormat convert(String value) {
            ComparisonFormat format = ComparisonFormat.parse(value);
            if (format == null) {
                throw new TypeConversionException("unknown format '" + value + "'; expected text, markdown, html or json");
            }
            return format;
        }

        @Override
        public Iterator<String> iterator() {
            return lowerCaseNames(ComparisonFormat.values()).iterator();
        }
    }

    /** {@code analyze --fail-on}: a severity, or never (null: nothing fails the run). */
    static final class FailOnLevels implements ITypeConverter<FailOn>, Iterable<String> {
        @Override
        public FailOn convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "error" -> FailOn.ERROR;
                case "warning" -> FailOn.WARNING;
                case "info" -> FailOn.INFO;
                case "never" -> FailOn.NEVER;
                default -> throw new TypeConversionException("expected error, warning, info or never; got '" + value + "'");
            };
        }

        @Override
        public Iterator<String> iterator() {
            return List.of("error", "warning", "info", "never").iterator();
        }
    }

    /** The level of findings from which {@code analyze} exits 1. */
    enum FailOn {
        ERROR(org.innoscape.analysis.Severity.ERROR), WARNING(org.innoscape.analysis.Severity.WARNING),
        INFO(org.innoscape.analysis.Severity.INFO), NEVER(null);

        /** Null for never. */
        final org.innoscape.analysis.Severity severity;

        FailOn(org.innoscape.analysis.Severity severity) {
            this.severity = severity;
        }
    }
}
