package org.innoscape.model.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.innoscape.model.Actor;
import org.innoscape.model.ActorKind;
import org.innoscape.model.ActorLevel;
import org.innoscape.model.InnoscapeFactory;
import org.innoscape.model.Property;
import org.innoscape.model.Relationship;
import org.innoscape.model.RelationshipKind;
import org.innoscape.model.build.InnovationSystemBuilder;
import org.innoscape.model.persistence.ModelStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What the explorer, the properties view and the editors read from the item providers. */
class ItemProvidersTest {
    private final ComposedAdapterFactory factory = new ComposedAdapterFactory(List.of(new InnoscapeItemProviderAdapterFactory(),
            new ReflectiveItemProviderAdapterFactory()));

    private String label(EObject element) {
        return ((IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class)).getText(element);
    }

    @Test
    void aRelationshipReadsAsASentenceThatFollowsRenames() {
        InnovationSystemBuilder builder = new InnovationSystemBuilder("edit", "Labels");
        Actor funder = builder.actor("f", "Funder", ActorKind.RESEARCH_FUNDER, ActorLevel.NATIONAL);
        Actor network = builder.actor("n", "Network", ActorKind.NETWORK, ActorLevel.REGIONAL);
        Relationship funds = builder.relationship("r", funder, RelationshipKind.FUNDS, network);
        assertEquals("Funder funds Network", label(funds));
        funder.setName("Renamed funder");
        assertEquals("Renamed funder funds Network", label(funds), "made from the actors, so never stale");
        Relationship loose = InnoscapeFactory.eINSTANCE.createRelationship();
        assertTrue(label(loose).startsWith("? ") && label(loose).endsWith(" ?"), "missing ends are shown, not an error: " + label(loose));
    }

    @Test
    void aPropertyReadsAsKeyAndValue() {
        Property property = InnoscapeFactory.eINSTANCE.createProperty();
        property.setKey("country");
        property.setValue("England");
        assertEquals("country: England", label(property));
        property.setValue(null);
        assertEquals("country", label(property));
    }

    @Test
    @Tag("osgi") // the property names come from the bundle's plugin.properties, read by the platform
    void anActorOffersItsAttributesToThePropertiesView() {
        Actor actor = new InnovationSystemBuilder("edit", "Properties").actor("a", "A", ActorKind.OTHER, ActorLevel.NATIONAL);
        IItemPropertySource source = (IItemPropertySource) factory.adapt(actor, IItemPropertySource.class);
        List<String> names = source.getPropertyDescriptors(actor).stream().map(d -> d.getDisplayName(actor)).toList();
        assertTrue(names.containsAll(List.of("Name", "Kind", "Level")), names.toString());
    }

    @Test
    void newChildrenOfAModelIncludeActorsAndInitiatives() {
        var domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack(), ModelStore.newResourceSet());
        var system = new InnovationSystemBuilder("edit", "Children").system();
        List<String> kinds = domain.getNewChildDescriptors(system, null).stream()
                .map(d -> ((org.eclipse.emf.edit.command.CommandParameter) d).getEValue().eClass().getName()).toList();
        assertTrue(kinds.containsAll(Arrays.asList("Actor", "PolicyInitiative", "Relationship")), kinds.toString());
    }
}
