package org.innoscape.compare.merge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.innoscape.compare.internal.FeatureValues;
import org.innoscape.compare.internal.Identified;
import org.innoscape.model.InnovationSystem;

/**
 * Three-way merge of two snapshots edited from a common base, element by element (matched by id)
 * and feature by feature. A change made on one side only is taken; lists (owners, stages, sources…)
 * merge as sets, so both sides' additions and removals are kept; the same single value changed
 * differently on both sides, or an element deleted on one side and changed on the other, is a
 * {@link MergeConflict}. Our side is the starting point: whatever is not settled stays as we have it.
 */
public final class ModelMerge {

    private final Map<String, EObject> base;
    private final Map<String, EObject> ours;
    private final Map<String, EObject> theirs;
    private final Preference preference;
    private final InnovationSystem merged;
    private final Map<String, EObject> index;
    private final List<MergeConflict> conflicts = new ArrayList<>();
    /** Elements copied from their side, original to copy, whose references are resolved once all are in. */
    private final Map<EObject, EObject> copied = new LinkedHashMap<>();
    /** "owner id|feature|target id" of every reference in base and in ours, to see which references we added. */
    private final Set<String> baseReferences;
    private final Set<String> ourReferences;
    private int applied;

    private ModelMerge(InnovationSystem base, InnovationSystem ours, InnovationSystem theirs, Preference preference) {
        this.base = Identified.index(base);
        this.ours = Identified.index(ours);
        this.theirs = Identified.index(theirs);
        this.preference = preference;
        this.merged = EcoreUtil.copy(ours);
        this.index = Identified.index(merged);
        this.baseReferences = references(base);
        this.ourReferences = references(ours);
    }

    private static Set<String> references(EObject root) {
        Set<String> references = new HashSet<>();
        for (Iterator<EObject> it = root.eAllContents(); it.hasNext();) {
            EObject object = it.next();
            String owner = Identified.idOf(object) != null ? Identified.idOf(object) : Identified.containerId(object);
            for (EReference reference : object.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || reference.isDerived() || !object.eIsSet(reference)) {
                    continue;
                }
                for (Object target : FeatureValues.values(object, reference)) {
                    String id = target instanceof EObject t ? Identified.idOf(t) : null;
                    if (id != null) {
                        references.add(owner + "|" + reference.getName() + "|" + id);
                    }
                }
            }
        }
        return references;
    }

    /** Whether our side refers to one of {@code ids} where the base did not: their deletion would cut our new link. */
    private boolean weAddedReferencesTo(Set<String> ids) {
        for (String reference : ourReferences) {
            if (ids.contains(reference.substring(reference.lastIndexOf('|') + 1)) && !baseReferences.contains(reference)) {
                return true;
            }
        }
        return false;
    }

    /** Merges; none of the three models is changed. */
    public static MergeResult merge(InnovationSystem base, InnovationSystem ours, InnovationSystem theirs, Preference preference) {
        ModelMerge merge = new ModelMerge(base, ours, theirs, Objects.requireNonNull(preference));
        merge.takeTheirDeletions();
        merge.restoreWhatTheyChangedAndWeDeleted();
        merge.takeTheirAdditions();
        merge.resolveCopiedReferences();
        merge.takeTheirChanges();
        return new MergeResult(merge.merged, merge.conflicts, merge.applied);
    }

    private void takeTheirDeletions() {
        for (Map.Entry<String, EObject> entry : base.entrySet()) {
            String id = entry.getKey();
            EObject mine = index.get(id);
            if (theirs.containsKey(id) || mine == null || !attached(mine)) {
                continue;
            }
            Set<String> inside = Identified.index(entry.getValue()).keySet();
            if (inside.stream().anyMatch(theirs::containsKey)) {
                // They moved something out of it before deleting it; a merge that deleted it would lose that.
                conflict(id, mine, null, "kept it", "moved parts of it elsewhere and deleted it",
                        preference == Preference.NONE ? null : "kept, so that nothing they moved out of it is lost");
                continue;
            }
            boolean changedByUs = changed(entry.getValue(), ours.get(id));
            boolean referredToByUs = weAddedReferencesTo(inside);
            if (changedByUs || referredToByUs) {
                String ourSide = changedByUs ? "changed it" : "added a reference to it";
                if (preference == Preference.THEIRS) {
                    conflict(id, mine, null, ourSide, "deleted it", "deleted, as theirs");
                    delete(mine);
                } else {
                    conflict(id, mine, null, ourSide, "deleted it", preference == Preference.OURS ? "kept, as ours" : null);
                }
            } else {
                delete(mine);
                applied++;
            }
        }
    }

    private void restoreWhatTheyChangedAndWeDeleted() {
        for (Map.Entry<String, EObject> entry : base.entrySet()) {
            String id = entry.getKey();
            EObject their = theirs.get(id);
            if (ours.containsKey(id) || their == null || index.containsKey(id) || !changed(entry.getValue(), their)) {
                continue;
            }
            if (preference == Preference.THEIRS) {
                if (insertCopy(their)) {
                    conflict(id, their, null, "deleted it", "changed it", "restored, as theirs");
                } else {
                    conflict(id, their, null, "deleted it", "changed it", null);
                }
            } else {
                conflict(id, their, null, "deleted it", "changed it", preference == Preference.OURS ? "left deleted, as ours" : null);
            }
        }
    }

    private void takeTheirAdditions() {
        for (Map.Entry<String, EObject> entry : theirs.entrySet()) {
            String id = entry.getKey();
            if (base.containsKey(id) || index.containsKey(id)) {
                continue;
            }
            EObject their = entry.getValue();
            if (insertCopy(their)) {
                applied++;
            } else {
                EObject parent = theirs.get(Identified.containerId(their));
                conflict(id, their, null, "deleted " + (parent == null ? "its container" : Identified.label(parent)), "added it there",
                        preference == Preference.NONE ? null : "left out");
            }
        }
    }

    private void takeTheirChanges() {
        for (Map.Entry<String, EObject> entry : theirs.entrySet()) {
            String id = entry.getKey();
            EObject their = entry.getValue();
            EObject mine = index.get(id);
            EObject our = ours.get(id);
            if (mine == null || our == null) {
                continue;
            }
            if (!mine.eClass().getName().equals(their.eClass().getName())) {
                conflict(id, mine, "kind", mine.eClass().getName(), their.eClass().getName(), preference == Preference.NONE ? null : "kept ours");
                continue;
            }
            EObject old = base.get(id);
            if (old != null && !old.eClass().getName().equals(mine.eClass().getName())) {
                old = null; // a different kind in the base: compare with nothing
            }
            for (EStructuralFeature feature : FeatureValues.compared(mine.eClass())) {
                EStructuralFeature theirFeature = their.eClass().getEStructuralFeature(feature.getName());
                if (theirFeature == null) {
                    continue;
                }
                EStructuralFeature oldFeature = old == null ? null : old.eClass().getEStructuralFeature(feature.getName());
                List<String> b = oldFeature == null ? List.of() : FeatureValues.keys(old, oldFeature);
                List<String> o = FeatureValues.keys(our, our.eClass().getEStructuralFeature(feature.getName()));
                List<String> t = FeatureValues.keys(their, theirFeature);
                if (sameValues(feature, t, b) || sameValues(feature, o, t)) {
                    continue;
                }
                if (sameValues(feature, o, b)) {
                    set(mine, feature, their, theirFeature, null);
                    applied++;
                } else if (feature.isMany()) {
                    set(mine, feature, their, theirFeature, merged(o, b, t));
                    applied++;
                } else {
                    String ourWords = String.join(", ", FeatureValues.words(our, our.eClass().getEStructuralFeature(feature.getName())));
                    String theirWords = String.join(", ", FeatureValues.words(their, theirFeature));
                    if (preference == Preference.THEIRS) {
                        set(mine, feature, their, theirFeature, null);
                    }
                    conflict(id, mine, FeatureValues.name(feature), quoted(ourWords), quoted(theirWords),
                            switch (preference) {
                                case THEIRS -> "took theirs";
                                case OURS -> "kept ours";
                                case NONE -> null;
                            });
                }
            }
        }
        resolveCopiedReferences();
    }

    /** Lists are compared as multisets: a reordering alone is no change. */
    private static boolean sameValues(EStructuralFeature feature, List<String> a, List<String> b) {
        if (!feature.isMany()) {
            return a.equals(b);
        }
        List<String> x = new ArrayList<>(a);
        List<String> y = new ArrayList<>(b);
        x.sort(null);
        y.sort(null);
        return x.equals(y);
    }

    /** Ours, plus what they added, minus what they removed (each value counted). */
    private static List<String> merged(List<String> ours, List<String> base, List<String> theirs) {
        List<String> result = new ArrayList<>(ours);
        List<String> removed = new ArrayList<>(base);
        for (String value : theirs) {
            if (!removed.remove(value)) {
                result.add(value);
            }
        }
        for (String value : removed) {
            result.remove(value);
        }
        return result;
    }

    /**
     * Sets {@code feature} of our element to their values, or, when {@code keys} is given, to the
     * values with those keys taken from ours where we have them and from theirs otherwise.
     */
    @SuppressWarnings("unchecked")
    private void set(EObject mine, EStructuralFeature feature, EObject their, EStructuralFeature theirFeature, List<String> keys) {
        List<Object> theirValues = FeatureValues.values(their, theirFeature);
        List<String> theirKeys = FeatureValues.keys(their, theirFeature);
        List<Object> ourValues = FeatureValues.values(mine, feature);
        List<String> ourKeys = FeatureValues.keys(mine, feature);
        List<Object> values = new ArrayList<>();
        if (keys == null) {
            for (Object value : theirValues) {
                values.add(ours(feature, value));
            }
        } else {
            List<String> ourLeft = new ArrayList<>(ourKeys);
            List<Object> ourLeftValues = new ArrayList<>(ourValues);
            for (String key : keys) {
                int at = ourLeft.indexOf(key);
                int theirAt = theirKeys.indexOf(key);
                if (at >= 0) {
                    values.add(ourLeftValues.remove(at));
                    ourLeft.remove(at);
                } else if (theirAt >= 0) {
                    values.add(ours(feature, theirValues.get(theirAt)));
                }
                // A value neither side still has (its target was deleted meanwhile) is left out.
            }
        }
        values.removeIf(Objects::isNull);
        if (feature.isMany()) {
            EList<Object> list = (EList<Object>) mine.eGet(feature);
            list.clear();
            list.addAll(values);
        } else if (values.isEmpty()) {
            mine.eUnset(feature);
        } else {
            mine.eSet(feature, values.get(0));
        }
    }

    /** Their value as a value of the merged model: references to our copy of the element, contained values copied. */
    private Object ours(EStructuralFeature feature, Object value) {
        if (!(value instanceof EObject object)) {
            return value;
        }
        if (feature instanceof EReference reference && reference.isContainment()) {
            return copy(object);
        }
        EObject target = index.get(Identified.idOf(object));
        if (target == null) {
            conflict(Identified.idOf(object), object, null, "deleted it", "refers to it", preference == Preference.NONE ? null : "reference left out");
        }
        return target;
    }

    /** Copies an element of theirs, with its contents, into the merged model under the same parent; false if we have no such parent. */
    @SuppressWarnings("unchecked")
    private boolean insertCopy(EObject their) {
        EObject theirParent = their.eContainer();
        String parentId = Identified.containerId(their);
        EObject parent = parentId == null ? null : index.get(parentId);
        if (parent == null || theirParent == null || !attached(parent) || Identified.idOf(theirParent) == null) {
            return false;
        }
        EStructuralFeature feature = parent.eClass().getEStructuralFeature(their.eContainingFeature().getName());
        if (feature == null) {
            return false;
        }
        EObject copy = copy(their);
        if (feature.isMany()) {
            EList<EObject> siblings = (EList<EObject>) parent.eGet(feature);
            siblings.add(position(siblings, (List<EObject>) theirParent.eGet(their.eContainingFeature()), their), copy);
        } else {
            parent.eSet(feature, copy);
        }
        return true;
    }

    /** Just after the sibling that precedes it on their side, when we have that sibling; first otherwise. */
    private static int position(List<EObject> ourSiblings, List<EObject> theirSiblings, EObject their) {
        for (int i = theirSiblings.indexOf(their) - 1; i >= 0; i--) {
            String id = Identified.idOf(theirSiblings.get(i));
            for (int j = 0; j < ourSiblings.size(); j++) {
                if (id != null && id.equals(Identified.idOf(ourSiblings.get(j)))) {
                    return j + 1;
                }
            }
        }
        return theirSiblings.indexOf(their) <= 0 ? 0 : ourSiblings.size();
    }

    /** A copy of their object with its contents; references are resolved later, by id, in the merged model. */
    private EObject copy(EObject their) {
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        EObject copy = copier.copy(their);
        // An element we already have (they moved it here, we kept it where it was) is not copied twice:
        // one id, one element. It stays where we have it; the move is reported.
        Set<EObject> dropped = new HashSet<>();
        for (Map.Entry<EObject, EObject> entry : copier.entrySet()) {
            String id = Identified.idOf(entry.getValue());
            EObject existing = id == null ? null : index.get(id);
            if (existing != null && entry.getValue() != copy && attached(existing) && !dropped.contains(entry.getValue())) {
                EObject duplicate = entry.getValue();
                dropped.add(duplicate);
                duplicate.eAllContents().forEachRemaining(dropped::add);
                EcoreUtil.remove(duplicate);
                conflict(id, existing, null, "has it where it was", "moved it into " + Identified.label(their),
                        preference == Preference.NONE ? null : "kept where ours has it");
            }
        }
        copier.entrySet().removeIf(entry -> dropped.contains(entry.getValue()));
        copied.putAll(copier);
        for (EObject object : copier.values()) {
            String id = Identified.idOf(object);
            if (id != null) {
                index.put(id, object);
            }
        }
        return copy;
    }

    @SuppressWarnings("unchecked")
    private void resolveCopiedReferences() {
        Map<EObject, EObject> pending = new LinkedHashMap<>(copied);
        copied.clear();
        pending.forEach((original, copy) -> {
            for (EReference reference : original.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || reference.isDerived() || !reference.isChangeable()
                        || !original.eIsSet(reference)) {
                    continue;
                }
                List<Object> targets = new ArrayList<>();
                for (Object target : FeatureValues.values(original, reference)) {
                    EObject mapped = pending.get(target);
                    targets.add(mapped != null ? mapped : ours(reference, target));
                }
                targets.removeIf(Objects::isNull);
                if (reference.isMany()) {
                    ((EList<Object>) copy.eGet(reference)).addAll(targets);
                } else if (!targets.isEmpty()) {
                    copy.eSet(reference, targets.get(0));
                }
            }
        });
    }

    /**
     * Removes an element and everything in it, then every reference to them; values that only make
     * sense with a removed element (a source citing a removed document, a diagram node showing a
     * removed element) go with it.
     */
    private void delete(EObject element) {
        Set<EObject> removed = new HashSet<>();
        removed.add(element);
        element.eAllContents().forEachRemaining(removed::add);
        EcoreUtil.remove(element);
        removed.forEach(o -> index.remove(Identified.idOf(o)));
        boolean again = true;
        while (again) {
            again = false;
            List<EObject> dependants = new ArrayList<>();
            for (Iterator<EObject> it = merged.eAllContents(); it.hasNext();) {
                EObject object = it.next();
                if (dropReferences(object, removed) && Identified.idOf(object) == null) {
                    dependants.add(object);
                }
            }
            for (EObject dependant : dependants) {
                if (dependant.eContainer() != null) {
                    removed.add(dependant);
                    dependant.eAllContents().forEachRemaining(removed::add);
                    EcoreUtil.remove(dependant);
                    again = true;
                }
            }
        }
    }

    /** Drops references to removed objects; true when a single-valued one was dropped. */
    @SuppressWarnings("unchecked")
    private static boolean dropReferences(EObject object, Set<EObject> removed) {
        boolean lostSingle = false;
        for (EReference reference : object.eClass().getEAllReferences()) {
            if (reference.isContainment() || reference.isContainer() || reference.isDerived() || !reference.isChangeable()) {
                continue;
            }
            if (reference.isMany()) {
                ((EList<EObject>) object.eGet(reference)).removeIf(removed::contains);
            } else if (removed.contains(object.eGet(reference))) {
                object.eUnset(reference);
                lostSingle = true;
            }
        }
        return lostSingle;
    }

    private boolean attached(EObject object) {
        return EcoreUtil.isAncestor(merged, object);
    }

    /** Whether the element, or anything identified inside it, differs between base and a side. */
    private static boolean changed(EObject old, EObject side) {
        if (side == null) {
            return true;
        }
        Map<String, EObject> before = Identified.index(old);
        Map<String, EObject> after = Identified.index(side);
        if (!before.keySet().equals(after.keySet())) {
            return true;
        }
        for (Map.Entry<String, EObject> entry : before.entrySet()) {
            EObject a = entry.getValue();
            EObject b = after.get(entry.getKey());
            if (a.eClass() != b.eClass() && !a.eClass().getName().equals(b.eClass().getName())) {
                return true;
            }
            for (EStructuralFeature feature : FeatureValues.compared(a.eClass())) {
                if (!sameValues(feature, FeatureValues.keys(a, feature), FeatureValues.keys(b, b.eClass().getEStructuralFeature(feature.getName())))) {
                    return true;
                }
            }
        }
        return false;
    }

    private void conflict(String id, EObject element, String feature, String ourSide, String theirSide, String settled) {
        conflicts.add(new MergeConflict(id, Identified.label(element), feature, ourSide, theirSide, settled));
    }

    private static String quoted(String words) {
        return words.isEmpty() ? "(unset)" : "'" + words + "'";
    }
}
