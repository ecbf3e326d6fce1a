package org.innoscape.io.values;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.innoscape.model.Actor;
import org.innoscape.model.ModelElement;

/**
 * Finds the elements of one kind (stages, drivers, groups, actors) that a register cell names: by
 * id, by register (external) id, by name or acronym written any way {@link NameKey} allows. Lookups
 * are hash lookups, so resolving a reference does not depend on how many elements there are; a name found by its words or
 * resembling a new one is looked up through indexes of words and letter pairs, not by comparing every name.
 */
public final class ElementIndex<T extends ModelElement> {
    private final Map<String, T> byId = new HashMap<>();
    private final Map<String, T> byExternalId = new HashMap<>();
    private final Map<String, T> byExactName = new HashMap<>();
    private final Map<String, T> byName = new HashMap<>();
    private final Map<String, T> byLooseName = new HashMap<>();
    /** The loose names holding each word, for {@link #findByWords}. */
    private final Map<String, List<String>> looseNamesByWord = new HashMap<>();
    /** The names by {@link NameKey}, for {@link #resembling}. */
    private final NearNames<T> nearNames = new NearNames<>();

    public ElementIndex(Iterable<? extends T> elements) {
        elements.forEach(this::add);
    }

    /** Indexes an element; earlier elements win when two share a name. */
    public void add(T element) {
        if (element.getId() != null) {
            byId.putIfAbsent(element.getId(), element);
        }
        if (element.getExternalId() != null && !element.getExternalId().isBlank()) {
            byExternalId.putIfAbsent(element.getExternalId().strip(), element);
        }
        names(element.getName(), element);
        if (element instanceof Actor actor) {
            names(actor.getAcronym(), element);
        }
    }

    /** The elements a name or acronym names when it names more than one, by the key that found them. */
    private final Map<String, List<T>> shared = new HashMap<>();

    private void names(String name, T element) {
        if (name == null || name.isBlank()) {
            return;
        }
        index(byExactName, "exact:", name.strip().toLowerCase(Locale.ROOT), element);
        String key = NameKey.of(name);
        if (!key.isEmpty()) {
            index(byName, "name:", key, element);
            nearNames.add(key, element);
        }
        String loose = NameKey.loose(name);
        if (!loose.isEmpty()) {
            if (!byLooseName.containsKey(loose)) {
                for (String word : new LinkedHashSet<>(List.of(loose.split(" ")))) {
                    looseNamesByWord.computeIfAbsent(word, w -> new ArrayList<>()).add(loose);
                }
            }
            index(byLooseName, "loose:", loose, element);
        }
    }

    private void index(Map<String, T> names, String level, String key, T element) {
        T first = names.putIfAbsent(key, element);
        if (first != null && first != element) {
            List<T> all = shared.computeIfAbsent(level + key, k -> new ArrayList<>(List.of(first)));
            if (!all.contains(element)) {
                all.add(element);
            }
        }
    }

    /**
     * The elements the text names when, found by name or acronym, it names more than one ({@link #find} takes the
     * first); empty when it names one, none, or is an id.
     */
    public List<T> namedAlike(String text) {
        String stripped = text.strip();
        if (byId.containsKey(stripped) || byExternalId.containsKey(stripped)) {
            return List.of();
        }
        String exact = stripped.toLowerCase(Locale.ROOT);
        if (byExactName.containsKey(exact)) {
            return shared.getOrDefault("exact:" + exact, List.of());
        }
        String key = NameKey.of(stripped);
        if (!key.isEmpty() && byName.containsKey(key)) {
            return shared.getOrDefault("name:" + key, List.of());
        }
        return shared.getOrDefault("loose:" + NameKey.loose(stripped), List.of());
    }

    /** The element the text names by id, external id, name or acronym. */
    public Optional<T> find(String text) {
        String stripped = text.strip();
        T found = byId.get(stripped);
        if (found == null) {
            found = byExternalId.get(stripped);
        }
        if (found == null) {
            // As written first: "A&B" and "A and B" may both exist; each finds itself.
            found = byExactName.get(stripped.toLowerCase(Locale.ROOT));
        }
        if (found == null && !NameKey.of(stripped).isEmpty()) {
            found = byName.get(NameKey.of(stripped));
        }
        if (found == null) {
            found = byLooseName.get(NameKey.loose(stripped));
        }
        return Optional.ofNullable(found);
    }

    /**
     * The one element whose name holds every word of the text (at least two words, in any order):
     * "Skills &amp; leadership" for "Skills, capabilities and leadership". Empty when none or several do.
     */
    public Optional<T> findByWords(String text) {
        List<String> words = List.of(NameKey.loose(text).split(" "));
        if (words.size() < 2) {
            return Optional.empty();
        }
        // Only the names holding the text's rarest word can hold them all.
        List<String> fewest = null;
        for (String word : words) {
            List<String> holding = looseNamesByWord.getOrDefault(word, List.of());
            fewest = fewest == null || holding.size() < fewest.size() ? holding : fewest;
        }
        T match = null;
        for (String loose : fewest) {
            if (List.of(loose.split(" ")).containsAll(words)) {
                T element = byLooseName.get(loose);
                if (match != null && match != element) {
                    return Optional.empty();
                }
                match = element;
            }
        }
        return Optional.ofNullable(match);
    }

    /** The element with this exact id. */
    public Optional<T> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** An element whose name is within a few typing mistakes of the text: the twin a new element would have. */
    public Optional<T> resembling(String text) {
        return nearNames.closest(NameKey.of(text));
    }
}
