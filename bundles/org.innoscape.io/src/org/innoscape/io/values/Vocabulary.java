package org.innoscape.io.values;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.Enumerator;
import org.innoscape.model.values.Wording;

/**
 * The words that name the values of one enumeration in a register: the value's name in any spelling
 * (slug {@code training-and-skills}, the words the product shows "training and skills", {@code &} for
 * "and", any case) and documented synonyms ({@link Synonyms}). "UNKNOWN" values are never matched by
 * their own name: an empty cell means unknown.
 */
public final class Vocabulary<E extends Enumerator> {
    private final String what;
    private final List<E> values;
    private final Map<String, E> exact = new HashMap<>();
    private final Map<String, E> loose = new HashMap<>();

    private Vocabulary(String what, List<E> values, Map<String, E> synonyms) {
        this.what = what;
        this.values = values.stream().filter(v -> !"UNKNOWN".equals(v.getName())).toList();
        for (E value : this.values) {
            add(value.getName(), value);
            add(value.getLiteral(), value);
            add(Wording.of(value), value);
        }
        synonyms.forEach((word, value) -> add(word, value));
    }

    /** The vocabulary of {@code values}, with the synonyms {@link Synonyms} documents for them. */
    public static <E extends Enumerator> Vocabulary<E> of(String what, List<E> values) {
        return new Vocabulary<>(what, values, Synonyms.of(values));
    }

    private void add(String word, E value) {
        exact.putIfAbsent(NameKey.of(word), value);
        loose.putIfAbsent(NameKey.loose(word), value);
    }

    /** What the values are, in words: "activity type". */
    public String what() {
        return what;
    }

    /** The value a cell names, if any. */
    public Optional<E> find(String cell) {
        E value = exact.get(NameKey.of(cell));
        if (value == null) {
            value = loose.get(NameKey.loose(cell));
        }
        return Optional.ofNullable(value != null ? value : byEveryWord(cell));
    }

    /** "Administrative & operational": several words that each name the same value name that value. */
    private E byEveryWord(String cell) {
        String[] words = NameKey.loose(cell).split(" ");
        if (words.length < 2) {
            return null;
        }
        E common = null;
        for (String word : words) {
            E value = loose.get(word);
            if (value == null || common != null && common != value) {
                return null;
            }
            common = value;
        }
        return common;
    }

    /** The value a cell names, or a message saying what was expected (with a "did you mean" when one is close). */
    public E get(String cell) throws UnknownValue {
        Optional<E> found = find(cell);
        if (found.isPresent()) {
            return found.get();
        }
        String suggestion = closest(cell).map(v -> "did you mean '" + Wording.of(v) + "'? ").orElse("");
        throw new UnknownValue("not a known " + what + "; " + suggestion + "expected one of " + expected());
    }

    /** The nearest value within a few typing mistakes, if any. */
    public Optional<E> closest(String cell) {
        return Similarity.closest(NameKey.of(cell), exact);
    }

    /** The values as the product words them, comma-separated. */
    public String expected() {
        List<String> words = new ArrayList<>();
        for (E value : values) {
            words.add(Wording.of(value));
        }
        return String.join(", ", words);
    }

    /** Every synonym accepted for each value, for the documentation and its test. */
    public Map<E, List<String>> synonyms() {
        Map<E, List<String>> byValue = new LinkedHashMap<>();
        Synonyms.of(values).forEach((word, value) -> byValue.computeIfAbsent(value, v -> new ArrayList<>()).add(word));
        return byValue;
    }

    /** A cell that names no value of the vocabulary. */
    public static final class UnknownValue extends Exception {
        private static final long serialVersionUID = 1L;

        public UnknownValue(String message) {
            super(message);
        }
    }
}
