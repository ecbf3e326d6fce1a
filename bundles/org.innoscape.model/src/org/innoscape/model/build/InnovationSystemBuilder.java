package org.innoscape.model.build;

import java.util.HashMap;
import java.util.Map;

import org.innoscape.model.Actor;
import org.innoscape.model.ActorKind;
import org.innoscape.model.ActorLevel;
import org.innoscape.model.Driver;
import org.innoscape.model.DriverKind;
import org.innoscape.model.Indicator;
import org.innoscape.model.IndicatorCategory;
import org.innoscape.model.InnoscapeFactory;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.ModelElement;
import org.innoscape.model.PathwaySide;
import org.innoscape.model.PathwayStage;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.Recommendation;
import org.innoscape.model.Relationship;
import org.innoscape.model.RelationshipKind;
import org.innoscape.model.SourceDocument;
import org.innoscape.model.SourceReference;
import org.innoscape.model.StakeholderGroup;
import org.innoscape.model.persistence.ElementIds;
import org.innoscape.model.persistence.ModelMigrations;

/**
 * Builds models in code: importers, examples, benchmarks and tests. Every element gets a stable
 * UUID derived from its kind and key, so building the same content twice gives the same file.
 */
public final class InnovationSystemBuilder {
    private static final InnoscapeFactory FACTORY = InnoscapeFactory.eINSTANCE;

    private final InnovationSystem system;
    private final String namespace;
    private final Map<String, ModelElement> byKey = new HashMap<>();

    public InnovationSystemBuilder(String namespace, String name) {
        this.namespace = namespace;
        system = FACTORY.createInnovationSystem();
        system.setModelVersion(ModelMigrations.CURRENT_VERSION);
        system.setId(ElementIds.stableId(namespace + "/system"));
        system.setName(name);
    }

    public InnovationSystem system() {
        return system;
    }

    private <T extends ModelElement> T register(String kind, String key, T element, String name) {
        String qualified = kind + ":" + key;
        if (byKey.containsKey(qualified)) {
            throw new IllegalArgumentException("two " + kind + " elements with the key '" + key + "'");
        }
        element.setId(ElementIds.stableId(namespace + "/" + qualified));
        element.setName(name);
        byKey.put(qualified, element);
        return element;
    }

    /** The element built earlier under this kind and key. */
    public <T extends ModelElement> T get(Class<T> type, String key) {
        ModelElement element = byKey.get(type.getSimpleName() + ":" + key);
        if (element == null) {
            throw new IllegalArgumentException("no " + type.getSimpleName() + " with the key '" + key + "'");
        }
        return type.cast(element);
    }

    public SourceDocument document(String key, String title, String fileName) {
        SourceDocument document = register("SourceDocument", key, FACTORY.createSourceDocument(), title);
        document.setFileName(fileName);
        system.getDocuments().add(document);
        return document;
    }

    public Actor actor(String key, String name, ActorKind kind, ActorLevel level) {
        Actor actor = register("Actor", key, FACTORY.createActor(), name);
        actor.setKind(kind);
        actor.setLevel(level);
        system.getActors().add(actor);
        return actor;
    }

    public StakeholderGroup group(String key, String name, PathwaySide side) {
        StakeholderGroup group = register("StakeholderGroup", key, FACTORY.createStakeholderGroup(), name);
        group.setSide(side);
        system.getStakeholderGroups().add(group);
        return group;
    }

    public Relationship relationship(String key, Actor source, RelationshipKind kind, Actor target) {
        Relationship relationship = register("Relationship", key, FACTORY.createRelationship(), null);
        relationship.setSource(source);
        relationship.setTarget(target);
        relationship.setKind(kind);
        system.getRelationships().add(relationship);
        return relationship;
    }

    public Driver driver(String key, String name, DriverKind kind) {
        Driver driver = register("Driver", key, FACTORY.createDriver(), name);
        driver.setKind(kind);
        system.getDrivers().add(driver);
        return driver;
    }

    public org.innoscape.model.SubFactor subFactor(Driver driver, String key, String name) {
        org.innoscape.model.SubFactor factor = register("SubFactor", key, FACTORY.createSubFactor(), name);
        driver.getSubFactors().add(factor);
        return factor;
    }

    public PathwayStage stage(String key, String name, PathwaySide side) {
        PathwayStage stage = register("PathwayStage", key, FACTORY.createPathwayStage(), name);
        stage.setSide(side);
        system.getStages().add(stage);
        return stage;
    }

    public PolicyInitiative initiative(String key, String name) {
        PolicyInitiative initiative = register("PolicyInitiative", key, FACTORY.createPolicyInitiative(), name);
        system.getInitiatives().add(initiative);
        return initiative;
    }

    public Recommendation recommendation(String key, int number, String name, String text) {
        Recommendation recommendation = register("Recommendation", key, FACTORY.createRecommendation(), name);
        recommendation.setNumber(number);
        recommendation.setText(text);
        system.getRecommendations().add(recommendation);
        return recommendation;
    }

    public Indicator indicator(String key, String name, IndicatorCategory category) {
        Indicator indicator = register("Indicator", key, FACTORY.createIndicator(), name);
        indicator.setCategory(category);
        system.getIndicators().add(indicator);
        return indicator;
    }

    /** Records where an element comes from. */
    public static <T extends ModelElement> T cite(T element, SourceDocument document, String section) {
        SourceReference reference = FACTORY.createSourceReference();
        reference.setDocument(document);
        reference.setSection(section);
        element.getSources().add(reference);
        return element;
    }
}
