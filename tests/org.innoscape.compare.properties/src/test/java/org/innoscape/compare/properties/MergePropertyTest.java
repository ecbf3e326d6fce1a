package org.innoscape.compare.properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.innoscape.compare.ModelComparison;
import org.innoscape.compare.ModelDifference;
import org.innoscape.compare.merge.MergeResult;
import org.innoscape.compare.merge.ModelMerge;
import org.innoscape.compare.merge.Preference;
import org.innoscape.model.ActorKind;
import org.innoscape.model.ActorLevel;
import org.innoscape.model.InitiativeStatus;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.ModelElement;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.build.InnovationSystemBuilder;
import org.innoscape.model.persistence.ModelStore;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Laws of {@link ModelMerge}, on generated models and generated edits. */
class MergePropertyTest {

    private static final int INITIATIVES = 12;

    @Property(tries = 100)
    void mergingAModelWithItselfChangesNothing(@ForAll @IntRange(min = 1, max = 30) int actors, @ForAll("edits") List<Edit> history)
            throws IOException {
        InnovationSystem base = edited(model(actors), history, "past");
        MergeResult result = ModelMerge.merge(base, copy(base), copy(base), Preference.NONE);
        assertTrue(result.conflicts().isEmpty(), result.conflicts().toString());
        assertEquals(0, result.appliedFromTheirs());
        assertArrayEquals(bytes(base), bytes(result.merged()), "the merged file is byte for byte the model's");
    }

    @Property(tries = 100)
    void aChangeOnOneSideOnlyIsTakenWhole(@ForAll("edits") List<Edit> edits) {
        InnovationSystem base = model(8);
        InnovationSystem edited = edited(base, edits, "a");
        MergeResult theirs = ModelMerge.merge(base, copy(base), edited, Preference.NONE);
        MergeResult ours = ModelMerge.merge(base, edited, copy(base), Preference.NONE);
        assertTrue(theirs.conflicts().isEmpty() && ours.conflicts().isEmpty(), theirs.conflicts() + " " + ours.conflicts());
        assertSame(edited, theirs.merged());
        assertSame(edited, ours.merged());
    }

    @Property(tries = 150)
    void disjointEditsCommute(@ForAll("edits") List<Edit> first, @ForAll("edits") List<Edit> second) {
        InnovationSystem base = model(8);
        // Side A edits the even initiatives, side B the odd ones: no element is touched by both.
        InnovationSystem a = edited(base, first.stream().filter(e -> e.target() < 0 || e.target() % 2 == 0).toList(), "a");
        InnovationSystem b = edited(base, second.stream().filter(e -> e.target() < 0 || e.target() % 2 == 1).toList(), "b");

        MergeResult ab = ModelMerge.merge(base, a, b, Preference.NONE);
        MergeResult ba = ModelMerge.merge(base, b, a, Preference.NONE);

        assertTrue(ab.conflicts().isEmpty() && ba.conflicts().isEmpty(), ab.conflicts() + " " + ba.conflicts());
        assertSame(ab.merged(), ba.merged());
        for (PolicyInitiative initiative : ab.merged().getInitiatives()) {
            InnovationSystem side = initiative.getId().startsWith("b-") || odd(initiative) ? b : a;
            EObject expected = find(side, initiative.getId());
            assertTrue(expected != null && ModelComparison.changes(expected, initiative).isEmpty(),
                    "the merge has the editing side's " + initiative.getId());
        }
    }

    @Property(tries = 150)
    void aMergeAlwaysLoadsWithEveryReferenceInside(@ForAll("edits") List<Edit> first, @ForAll("edits") List<Edit> second,
            @ForAll Preference preference) throws Exception {
        InnovationSystem base = model(8);
        MergeResult result = ModelMerge.merge(base, edited(base, first, "a"), edited(base, second, "b"), preference);
        if (preference != Preference.NONE) {
            assertFalse(result.hasUnsettledConflicts(), result.conflicts().toString());
        }
        Path folder = Files.createTempDirectory("merge");
        try {
            Path file = folder.resolve("merged.innoscape");
            new ModelStore().save(result.merged(), file);
            InnovationSystem loaded = new ModelStore().load(file);
            Set<String> ids = new HashSet<>();
            for (Iterator<EObject> it = loaded.eAllContents(); it.hasNext();) {
                EObject object = it.next();
                if (object instanceof ModelElement element) {
                    assertTrue(ids.add(element.getId()), "one element per id: " + element.getId());
                }
                for (EObject target : object.eCrossReferences()) {
                    assertFalse(target.eIsProxy(), "no reference leaves the model");
                    assertTrue(EcoreUtil.isAncestor(loaded, target), "references stay inside the model");
                }
            }
        } finally {
            try (var files = Files.list(folder)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(folder);
        }
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<Integer> target = Arbitraries.integers().between(0, INITIATIVES - 1);
        Arbitrary<String> words = Arbitraries.strings().withCharRange('a', 'z').withChars(' ', 'é', '<', '&').ofMinLength(1).ofMaxLength(12);
        Arbitrary<Edit> edit = Arbitraries.oneOf(
                Combinators.combine(target, words).as(Edit.Rename::new),
                Combinators.combine(target, Arbitraries.of(InitiativeStatus.class)).as(Edit.SetStatus::new),
                Combinators.combine(target, words).as(Edit.Describe::new),
                Combinators.combine(target, Arbitraries.integers().between(0, 40)).as(Edit.AddOwner::new),
                target.map(Edit.RemoveOwners::new),
                target.map(Edit.Delete::new),
                words.map(Edit.AddInitiative::new));
        return edit.list().ofMaxSize(6);
    }

    private static boolean odd(PolicyInitiative initiative) {
        String id = initiative.getId();
        return id.startsWith("initiative-") && Integer.parseInt(id.substring("initiative-".length())) % 2 == 1;
    }

    private static InnovationSystem model(int actors) {
        InnovationSystemBuilder builder = new InnovationSystemBuilder("merge-law", "Merge law");
        InnovationSystem system = builder.system();
        system.setId("model");
        for (int i = 0; i < actors; i++) {
            builder.actor("actor-" + i, "Actor " + i, ActorKind.values()[i % ActorKind.values().length], ActorLevel.NATIONAL)
                    .setId("actor-" + i);
        }
        for (int i = 0; i < INITIATIVES; i++) {
            PolicyInitiative initiative = builder.initiative("initiative-" + i, "Initiative " + i);
            initiative.setId("initiative-" + i);
            initiative.getOwners().add(system.getActors().get(i % actors));
        }
        return system;
    }

    private static InnovationSystem edited(InnovationSystem base, List<Edit> edits, String side) {
        InnovationSystem copy = copy(base);
        for (int i = 0; i < edits.size(); i++) {
            edits.get(i).apply(copy, side, i);
        }
        return copy;
    }

    private static InnovationSystem copy(InnovationSystem model) {
        return EcoreUtil.copy(model);
    }

    private static EObject find(InnovationSystem model, String id) {
        for (Iterator<EObject> it = model.eAllContents(); it.hasNext();) {
            EObject object = it.next();
            if (object instanceof ModelElement element && id.equals(element.getId())) {
                return object;
            }
        }
        return null;
    }

    /** Same elements with the same values (order of lists aside). */
    private static void assertSame(InnovationSystem expected, InnovationSystem actual) {
        ModelDifference difference = ModelComparison.compare(expected, actual);
        assertTrue(difference.isEmpty(), difference.toString());
    }

    private static byte[] bytes(InnovationSystem model) throws IOException {
        var resource = ModelStore.newResourceSet().createResource(org.eclipse.emf.common.util.URI.createFileURI("/tmp/law.innoscape"));
        resource.getContents().add(model);
        try {
            return new ModelStore().toBytes(resource);
        } finally {
            resource.getContents().clear();
        }
    }
}
