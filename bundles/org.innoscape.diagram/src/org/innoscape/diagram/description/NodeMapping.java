package org.innoscape.diagram.description;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.innoscape.model.ModelElement;

/**
 * Shows elements of a domain class as nodes. The candidates come from the semantic parent (the
 * model root for top-level mappings, the container's element for child mappings) and must pass
 * the precondition. A synchronised mapping shows every candidate (unless the user hid it); an
 * unsynchronised one shows only what the user put on the diagram. A mapping with child mappings
 * is a container. A child of lanes may name its {@linkplain #laneMembership lane membership}.
 */
public final class NodeMapping {
    private final String id;
    private final EClass domainClass;
    private String label;
    private String layer = Layer.DEFAULT;
    private Function<EObject, ? extends Collection<? extends EObject>> candidates;
    private Predicate<EObject> precondition = element -> true;
    private Function<EObject, String> labelText = NodeMapping::nameOf;
    private EAttribute labelFeature;
    private final ConditionalStyles<NodeStyle> styles;
    private boolean synchronizedWithModel;
    private EReference laneMembership;
    private final List<NodeMapping> children = new ArrayList<>();

    private NodeMapping(String id, EClass domainClass, ConditionalStyles<NodeStyle> styles) {
        this.id = Objects.requireNonNull(id);
        this.domainClass = Objects.requireNonNull(domainClass);
        this.label = domainClass.getName();
        this.styles = styles;
    }

    public static NodeMapping of(String id, EClass domainClass, NodeStyle defaultStyle) {
        return new NodeMapping(id, domainClass, new ConditionalStyles<>(defaultStyle));
    }

    /** A mapping whose base style is computed from the element. */
    public static NodeMapping of(String id, EClass domainClass, Function<EObject, NodeStyle> baseStyle) {
        return new NodeMapping(id, domainClass, new ConditionalStyles<>(baseStyle));
    }

    public NodeMapping label(String text) {
        this.label = text;
        return this;
    }

    public NodeMapping layer(String layerId) {
        this.layer = layerId;
        return this;
    }

    public NodeMapping candidates(Function<EObject, ? extends Collection<? extends EObject>> query) {
        this.candidates = query;
        return this;
    }

    public NodeMapping precondition(Predicate<EObject> predicate) {
        this.precondition = predicate;
        return this;
    }

    /** The text shown; {@code feature} is what direct editing changes (null: not editable). */
    public NodeMapping labelText(Function<EObject, String> text, EAttribute feature) {
        this.labelText = text;
        this.labelFeature = feature;
        return this;
    }

    public NodeMapping synchronizedWithModel(boolean value) {
        this.synchronizedWithModel = value;
        return this;
    }

    /**
     * For a mapping shown inside lanes: the many-valued reference of its element that names the lanes
     * it belongs in (the stages an initiative supports, say). Creating an element in a lane adds the
     * lane's element to it; dragging the node to another lane moves it there.
     */
    public NodeMapping laneMembership(EReference reference) {
        if (!reference.isMany() || !reference.getEContainingClass().isSuperTypeOf(domainClass)) {
            throw new IllegalArgumentException(reference.getName() + " is not a many-valued reference of "
                    + domainClass.getName());
        }
        this.laneMembership = reference;
        return this;
    }

    public NodeMapping child(NodeMapping mapping) {
        children.add(mapping);
        return this;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public String layer() {
        return layer;
    }

    public EClass domainClass() {
        return domainClass;
    }

    public List<EObject> candidatesOf(EObject semanticParent) {
        if (candidates == null) {
            return List.of();
        }
        List<EObject> result = new ArrayList<>();
        for (EObject candidate : candidates.apply(semanticParent)) {
            if (accepts(candidate)) {
                result.add(candidate);
            }
        }
        return result;
    }

    public boolean accepts(EObject element) {
        return domainClass.isInstance(element) && precondition.test(element);
    }

    public String labelOf(EObject element) {
        String text = labelText.apply(element);
        return text == null ? "" : text;
    }

    public EAttribute labelFeature() {
        return labelFeature;
    }

    public ConditionalStyles<NodeStyle> styles() {
        return styles;
    }

    public boolean isSynchronized() {
        return synchronizedWithModel;
    }

    /** The reference naming the lanes an element belongs in; null when the mapping has none. */
    public EReference laneMembership() {
        return laneMembership;
    }

    public List<NodeMapping> children() {
        return children;
    }

    public boolean isContainer() {
        return !children.isEmpty();
    }

    static String nameOf(EObject element) {
        return element instanceof ModelElement named && named.getName() != null ? named.getName() : "";
    }
}
