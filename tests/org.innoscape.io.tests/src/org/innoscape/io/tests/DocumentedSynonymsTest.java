package org.innoscape.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.emf.common.util.Enumerator;
import org.innoscape.io.values.NameKey;
import org.innoscape.io.values.RegisterVocabularies;
import org.innoscape.io.values.StipInstrumentLabels;
import org.innoscape.io.values.Vocabulary;
import org.junit.jupiter.api.Test;

/**
 * The synonyms table of docs/register-format.md is what the importer accepts: every word listed
 * there reads as its value, and every synonym the vocabularies know is listed (so the page an
 * analyst reads cannot promise a word the importer refuses, or hide one it takes).
 */
class DocumentedSynonymsTest {
    private static final Path PAGE = Path.of("../../docs/register-format.md");
    private static final Map<String, Vocabulary<?>> COLUMNS = Map.of("`activity_types`", RegisterVocabularies.ACTIVITY_TYPE, "`focus`",
            RegisterVocabularies.FOCUS, "`funding_recipients`", RegisterVocabularies.FUNDING_RECIPIENTS, "`status`", RegisterVocabularies.STATUS,
            "actor `kind`", RegisterVocabularies.ACTOR_KIND, "actor `level`", RegisterVocabularies.ACTOR_LEVEL, "relationship `kind`",
            RegisterVocabularies.RELATIONSHIP_KIND);

    @Test
    void everyDocumentedSynonymReadsAsItsValueAndEverySynonymIsDocumented() throws IOException {
        Map<String, String> rows = synonymRows();
        assertEquals(new TreeSet<>(COLUMNS.keySet()), new TreeSet<>(rows.keySet()), "the columns with synonyms");
        List<String> differences = new ArrayList<>();
        for (var column : COLUMNS.entrySet()) {
            check(column.getKey(), column.getValue(), rows.get(column.getKey()), differences);
        }
        assertEquals(List.of(), differences, "the synonyms the importer knows and the page lists, where they differ");
    }

    @Test
    void theInstrumentTypesSynonymsAreTheStipCodebooksLabels() {
        Map<String, String> known = new TreeMap<>();
        RegisterVocabularies.INSTRUMENT_TYPE.synonyms().forEach((type, labels) -> labels.forEach(label -> known.put(label, type.getName())));
        Map<String, String> codebooks = new TreeMap<>();
        StipInstrumentLabels.all().forEach((label, type) -> codebooks.put(label, type.getName()));
        assertEquals(codebooks, known);
    }

    private static <E extends Enumerator> void check(String column, Vocabulary<E> vocabulary, String documented, List<String> differences) {
        Map<E, List<String>> documentedByValue = new LinkedHashMap<>();
        for (String group : documented.split(" · ")) {
            int colon = group.indexOf(':');
            assertTrue(colon > 0, column + ": '" + group + "' is not 'value: synonyms'");
            String valueWords = group.substring(0, colon).trim();
            E value = vocabulary.find(valueWords).orElse(null);
            assertTrue(value != null, column + ": '" + valueWords + "' names no value");
            for (String synonym : group.substring(colon + 1).split(",")) {
                String word = synonym.trim();
                assertEquals(value, vocabulary.find(word).orElse(null), column + ": '" + word + "' should read as " + valueWords);
                documentedByValue.computeIfAbsent(value, v -> new ArrayList<>()).add(NameKey.of(word));
            }
        }
        Map<String, TreeSet<String>> known = new TreeMap<>();
        vocabulary.synonyms().forEach((value, words) -> known.put(value.getName(), new TreeSet<>(words.stream().map(NameKey::of).toList())));
        Map<String, TreeSet<String>> listed = new TreeMap<>();
        documentedByValue.forEach((value, words) -> listed.put(value.getName(), new TreeSet<>(words)));
        if (!known.equals(listed)) {
            differences.add(column + ": known " + known + ", listed " + listed);
        }
    }

    /** The "Also accepted" cell of each row of the page's Synonyms table, by its first cell. */
    private static Map<String, String> synonymRows() throws IOException {
        List<String> lines = Files.readAllLines(PAGE);
        int start = lines.indexOf("## Synonyms");
        assertTrue(start >= 0, "no Synonyms section in " + PAGE.toAbsolutePath());
        Map<String, String> rows = new LinkedHashMap<>();
        for (String line : lines.subList(start + 3, lines.size())) {
            if (!line.startsWith("|")) {
                break;
            }
            String[] cells = line.split("\\|");
            String column = cells[1].trim();
            if (!column.equals("`instrument_type`")) {
                rows.put(column, cells[2].trim());
            }
        }
        return rows;
    }
}
