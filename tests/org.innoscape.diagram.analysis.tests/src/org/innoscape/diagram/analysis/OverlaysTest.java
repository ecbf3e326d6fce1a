package org.innoscape.diagram.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.innoscape.analysis.Finding;
import org.innoscape.analysis.Severity;
import org.innoscape.diagram.DiagramTypes;
import org.innoscape.diagram.appearance.ElementMetric;
import org.innoscape.diagram.decoration.DecorationLayer;
import org.innoscape.diagram.decoration.Decorations;
import org.innoscape.model.Actor;
import org.innoscape.model.ActorKind;
import org.innoscape.model.ActorLevel;
import org.innoscape.model.InnoscapePackage;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.RelationshipKind;
import org.innoscape.model.build.InnovationSystemBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The analysis overlays of every diagram: what each computes from a model it was not written for. */
class OverlaysTest {

    @Test
    @Tag("osgi") // reads the extension registry
    void theOverlaysAndMetricsAreContributedThroughTheExtensionPoint() {
        Set<String> ids = DiagramTypes.installed().decorationLayers().stream().map(DecorationLayer::id).collect(Collectors.toSet());
        assertTrue(ids.containsAll(Set.of("analysis.findings", "analysis.duplicates")), ids.toString());
        Set<String> metrics = DiagramTypes.installed().metrics().stream().map(ElementMetric::id).collect(Collectors.toSet());
        assertTrue(metrics.containsAll(Set.of("betweenness", "degree", "closeness", "eigenvector")), metrics.toString());
    }

    @Test
    void centralitiesMeasureActorsAndTheLandscapeHasDuplicateLinks() {
        var landscape = DiagramTypes.installed().find(org.innoscape.diagram.types.PathwayLandscapeType.ID).orElseThrow();
        assertEquals(InnoscapePackage.Literals.ACTOR, new CentralityMetric.Betweenness().domain());
        assertTrue(new DuplicateLinks().appliesTo(landscape), "duplicate links join initiatives, which the landscape draws");
    }

    /** A star: the hub relates to four actors that do not relate to each other. */
    private static InnovationSystem star() {
        InnovationSystemBuilder builder = new InnovationSystemBuilder("overlays", "Star");
        Actor hub = builder.actor("hub", "Hub", ActorKind.NETWORK, ActorLevel.NATIONAL);
        for (int i = 0; i < 4; i++) {
            builder.relationship("r" + i, hub, RelationshipKind.FUNDS, builder.actor("leaf" + i, "Leaf " + i, ActorKind.INDUSTRY, ActorLevel.LOCAL));
        }
        builder.actor("alone", "Alone", ActorKind.CHARITY, ActorLevel.LOCAL);
        return builder.system();
    }

    @Test
    void betweennessIsHighestForTheBrokerAndZeroForLeavesAndTheUnconnected() {
        InnovationSystem model = star();
        Map<String, Double> values = new CentralityMetric.Betweenness().compute(model, new NullProgressMonitor());
        assertEquals(6.0, values.get(id(model, "Hub")), 1e-9, "the hub is on the shortest path of each of the six pairs of leaves");
        assertEquals(0.0, values.get(id(model, "Leaf 0")), 1e-9, "a leaf brokers nothing");
        assertEquals(0.0, values.get(id(model, "Alone")), 1e-9);
    }

    @Test
    void degreeCountsRelationships() {
        InnovationSystem model = star();
        Map<String, Double> values = new CentralityMetric.Degree().compute(model, new NullProgressMonitor());
        assertEquals(4.0, values.get(id(model, "Hub")), 1e-9);
        assertEquals(1.0, values.get(id(model, "Leaf 1")), 1e-9);
        assertEquals(6, values.size(), "every actor has a value");
    }

    @Test
    void aModelWithoutRelationshipsGivesEveryActorTheSameCentrality() {
        InnovationSystemBuilder builder = new InnovationSystemBuilder("overlays", "Loose");
        builder.actor("a", "A", ActorKind.OTHER, ActorLevel.NATIONAL);
        builder.actor("b", "B", ActorKind.OTHER, ActorLevel.NATIONAL);
        InnovationSystem model = builder.system();
        for (CentralityMetric metric : List.of(new CentralityMetric.Eigenvector(), new CentralityMetric.Closeness())) {
            Map<String, Double> values = metric.compute(model, new NullProgressMonitor());
            assertEquals(values.get(id(model, "A")), values.get(id(model, "B")), 1e-9, metric.label());
        }
    }

    @Test
    void badgesCountFindingsPerElementInTheColourOfTheWorst() {
        InnovationSystemBuilder builder = new InnovationSystemBuilder("overlays", "Badges");
        PolicyInitiative first = builder.initiative("i1", "First");
        PolicyInitiative second = builder.initiative("i2", "Second");
        List<Finding> findings = List.of(
                finding("test.a", Severity.INFO, List.of(first)),
                finding("test.b", Severity.WARNING, List.of(first)),
                finding("test.c", Severity.INFO, List.of(first, second)));
        Decorations badges = FindingBadges.badges(findings);
        assertEquals("3", badges.badgesOf(first.getId()).get(0).text());
        assertEquals(FindingBadges.WARNING, badges.badgesOf(first.getId()).get(0).color(), "the worst of info, warning, info");
        assertEquals("1", badges.badgesOf(second.getId()).get(0).text());
        assertEquals(FindingBadges.INFO, badges.badgesOf(second.getId()).get(0).color());
    }

    @Test
    void duplicateLinksJoinTheTwoInitiativesOfAPairFinding() {
        InnovationSystemBuilder builder = new InnovationSystemBuilder("overlays", "Pairs");
        PolicyInitiative first = builder.initiative("i1", "First");
        PolicyInitiative second = builder.initiative("i2", "Second");
        Actor owner = builder.actor("o", "Owner", ActorKind.OTHER, ActorLevel.NATIONAL);
        List<Finding> findings = List.of(
                finding("duplication.initiatives", Severity.WARNING, List.of(first, second)),
                finding("duplication.initiatives", Severity.INFO, List.of(first, owner)));
        List<Decorations.Link> links = DuplicateLinks.links(findings).links();
        assertEquals(1, links.size());
        assertEquals(first.getId(), links.get(0).sourceId());
        assertEquals(second.getId(), links.get(0).targetId());
        assertEquals(DuplicateLinks.STYLE, links.get(0).style());
    }

    @Test
    void duplicateLinksFindARestatedProgrammeInAModel() {
        InnovationSystemBuilder builder = new InnovationSystemBuilder("overlays", "Restated");
        String text = "Supports NHS trusts to adopt proven digital health technologies through implementation funding, "
                + "evaluation support and training for clinical teams across England.";
        builder.initiative("i1", "Digital adoption fund").setDescription(text);
        builder.initiative("i2", "Fund for digital adoption").setDescription(text);
        builder.initiative("i3", "Rare disease research network").setDescription(
                "Connects researchers studying rare diseases and funds early-phase trials of new medicines.");
        InnovationSystem model = builder.system();
        List<Decorations.Link> links = new DuplicateLinks().compute(model, new NullProgressMonitor()).links();
        assertEquals(1, links.size(), links.toString());
        assertEquals(Set.of(id(model, "Digital adoption fund"), id(model, "Fund for digital adoption")),
                Set.of(links.get(0).sourceId(), links.get(0).targetId()));
    }

    private static Finding finding(String rule, Severity severity, List<? extends org.eclipse.emf.ecore.EObject> subjects) {
        return new Finding(rule, severity, rule + " about " + subjects.size(), List.copyOf(subjects), List.of(), "", null,
                java.util.Map.of());
    }

    private static String id(InnovationSystem model, String name) {
        return java.util.stream.Stream.concat(model.getActors().stream(), model.getInitiatives().stream())
                .filter(e -> name.equals(e.getName())).findFirst().orElseThrow().getId();
    }
}
