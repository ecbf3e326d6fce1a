package org.innoscape.analysis.duplication.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of a register's owners each initiative's name names. Bodies often put themselves in the names of
 * their own schemes ("HUHT Innovation Awards 2023", "Lowestoft University Hospitals NHS Trust Innovation
 * Awards"): two such names, each naming its own owner and neither the other's, are two bodies' schemes
 * of one kind, not one programme recorded twice. An owner is named by its name, its acronym or its
 * initials (three letters or more; with and without "NHS" and "Foundation", which trusts' acronyms leave
 * out: "West Bromwich and District NHS Foundation Trust" is also "WBDT"). Words are matched whole, as
 * {@link TextWords} reads them, without regard to case: a name typed again in capitals still names its owner.
 */
final class NamedOwners {
    /** Small words and company endings that initials leave out ("Cardio Labs Ltd" is not "CLL", a leukaemia). */
    private static final Set<String> LEFT_OUT = Set.of("and", "of", "the", "for", "in", "at", "on", "&", "ltd", "ltd.", "limited", "plc",
            "llp", "llc", "inc", "inc.", "cic", "co", "co.");
    /** Words that trusts' acronyms also leave out. */
    private static final Set<String> ALSO_LEFT_OUT = Set.of("nhs", "foundation");
    /** Initials and acronyms shorter than this name too many things by chance. */
    private static final int SHORTEST = 3;

    /** A word of the owners' names: the words that may follow it, and the owners whose form ends here. */
    private static final class Form {
        final Map<String, Form> next = new HashMap<>();
        /** Few: an acronym or initials are seldom shared by many owners. */
        int[] owners = {};
    }

    private final Form forms = new Form();
    /** Each owner's index, by id. */
    private final Map<String, Integer> indices = new HashMap<>();
    /** Each owner's name (its acronym, else its id), by index. */
    private final List<String> names = new ArrayList<>();
    /** The word sequences that name each owner ({@link #formsOf}), by id: made once, read for each of its initiatives. */
    private final Map<String, List<List<String>>> formsById = new HashMap<>();

    NamedOwners(List<InitiativeRecord> initiatives) {
        for (InitiativeRecord initiative : initiatives) {
            for (InitiativeRecord.Owner owner : initiative.owners()) {
                if (owner.id() != null && !indices.containsKey(owner.id())) {
                    int index = indices.size();
                    indices.put(owner.id(), index);
                    names.add(owner.name() != null ? owner.name() : owner.acronym() != null ? owner.acronym() : owner.id());
                    List<List<String>> ownerForms = formsOf(owner);
                    formsById.put(owner.id(), ownerForms);
                    ownerForms.forEach(form -> put(form, index));
                }
            }
        }
    }

    /** Each owner's name (its acronym, else its id), by index. */
    List<String> names() {
        return List.copyOf(names);
    }

    /** The word sequences that name the owner of this id (none for an owner the register does not hold). */
    List<List<String>> forms(String ownerId) {
        return formsById.getOrDefault(ownerId, List.of());
    }

    /** The owners of an initiative, as ascending indices. */
    int[] owners(InitiativeRecord initiative) {
        return initiative.owners().stream().map(owner -> owner.id() == null ? null : indices.get(owner.id())).filter(java.util.Objects::nonNull)
                .mapToInt(Integer::intValue).sorted().distinct().toArray();
    }

    /** The owners that these words (a name's, {@link TextWords}) name, as ascending indices. */
    int[] named(List<String> words) {
        java.util.BitSet named = new java.util.BitSet();
        for (int i = 0; i < words.size(); i++) {
            Form node = forms;
            for (int n = 0; i + n < words.size() && (node = node.next.get(words.get(i + n))) != null; n++) {
                for (int owner : node.owners) {
                    named.set(owner);
                }
            }
        }
        return named.stream().toArray();
    }

    /** Whether two ascending index lists share an index. */
    static boolean intersect(int[] a, int[] b) {
        for (int i = 0, j = 0; i < a.length && j < b.length;) {
            if (a[i] == b[j]) {
                return true;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    /** The first index of {@code a} that {@code b} holds too, or -1. */
    static int firstShared(int[] a, int[] b) {
        for (int x : a) {
            if (java.util.Arrays.binarySearch(b, x) >= 0) {
                return x;
            }
        }
        return -1;
    }

    /** The word sequences that name an owner: its name, its acronym and its initials. */
    static List<List<String>> formsOf(InitiativeRecord.Owner owner) {
        List<List<String>> forms = new ArrayList<>();
        List<String> nameWords = TextWords.of(owner.name());
        if (!nameWords.isEmpty()) {
            forms.add(nameWords);
        }
        // A company's name without its ending, as names write it ("SEVERN AI acoustic cough analysis" for Severn AI Limited);
        // of two words at least, as one ("Healthcare Ltd") may be any name's word.
        List<String> withoutEnding = Companies.withoutEnding(nameWords);
        if (withoutEnding.size() < nameWords.size() && withoutEnding.size() >= 2) {
            forms.add(List.copyOf(withoutEnding));
        }
        List<String> acronym = TextWords.of(owner.acronym());
        // An acronym may be of several words ("KSS AHSN", "Y&H AHSN").
        if (String.join("", acronym).length() >= SHORTEST && !forms.contains(acronym)) {
            forms.add(acronym);
        }
        if (owner.name() != null) {
            // Initials of the name as written (split at spaces: "King's" is one word, "K").
            List<String> written = List.of(owner.name().strip().split("\\s+"));
            for (Set<String> leftOut : List.of(LEFT_OUT, union(LEFT_OUT, ALSO_LEFT_OUT))) {
                StringBuilder initials = new StringBuilder();
                for (String word : written) {
                    String lower = word.toLowerCase(java.util.Locale.ROOT);
                    if (!leftOut.contains(lower) && !word.isEmpty() && Character.isLetterOrDigit(word.charAt(0))) {
                        initials.append(Character.toLowerCase(word.charAt(0)));
                    }
                }
                if (written.size() > 1 && initials.length() >= SHORTEST && !forms.contains(List.of(initials.toString()))) {
                    forms.add(List.of(initials.toString()));
                }
            }
        }
        return forms;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> both = new java.util.HashSet<>(a);
        both.addAll(b);
        return both;
    }

    private void put(List<String> form, int owner) {
        Form node = forms;
        for (String word : form) {
            node = node.next.computeIfAbsent(word, w -> new Form());
        }
        if (java.util.Arrays.stream(node.owners).noneMatch(o -> o == owner)) {
            node.owners = java.util.Arrays.copyOf(node.owners, node.owners.length + 1);
            node.owners[node.owners.length - 1] = owner;
        }
    }
}
