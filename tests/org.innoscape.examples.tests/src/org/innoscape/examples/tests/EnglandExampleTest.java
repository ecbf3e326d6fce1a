package org.innoscape.examples.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.innoscape.examples.EnglandHealthInnovation2021;
import org.innoscape.examples.ExampleModels;
import org.innoscape.model.DriverKind;
import org.innoscape.model.FundingRecipients;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.ModelElement;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.Focus;
import org.innoscape.model.Tristate;
import org.innoscape.model.persistence.ModelStore;
import org.innoscape.model.validation.ModelValidation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EnglandExampleTest {
    private static final ModelStore STORE = new ModelStore();
    private static InnovationSystem shipped;
    private static Path shippedFile;

    @BeforeAll
    static void loadShippedFile() throws Exception {
        var url = ExampleModels.england2021();
        assertNotNull(url, "the example bundle ships " + ExampleModels.ENGLAND_2021);
        shippedFile = Files.createTempFile("england", ".innoscape");
        try (InputStream in = url.openStream()) {
            Files.copy(in, shippedFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Loaded per test, so that a stale or broken file fails the tests that read it, not all of them. */
    private static InnovationSystem shipped() throws Exception {
        if (shipped == null) {
            shipped = STORE.load(shippedFile);
        }
        return shipped;
    }

    @Test
    void shippedFileIsWhatTheBuilderWrites() throws Exception {
        InnovationSystem built = EnglandHealthInnovation2021.buildAsShipped();
        Path regenerated = Path.of("target", EnglandHealthInnovation2021.FILE_NAME).toAbsolutePath();
        STORE.save(built, regenerated);
        assertTrue(Arrays.equals(Files.readAllBytes(shippedFile), Files.readAllBytes(regenerated)),
                "the shipped example is out of date: copy " + regenerated
                        + " to bundles/org.innoscape.examples/models/");
    }

    @Test
    void theExampleShipsItsThreeDiagramsLaidOutWithoutOverlaps() throws Exception {
        var diagrams = shipped().getDiagrams();
        assertEquals(List.of("Stakeholder network", "Pathway landscape", "Driver coverage"),
                diagrams.stream().map(d -> d.getName()).toList());
        for (var diagram : diagrams) {
            var nodes = diagram.getNodes();
            assertTrue(nodes.size() > 5, diagram.getName() + " has nodes");
            for (int i = 0; i < nodes.size(); i++) {
                var a = nodes.get(i);
                assertTrue(a.getWidth() > 0 && a.getHeight() > 0, diagram.getName() + ": placed " + a.getId());
                for (int j = i + 1; j < nodes.size(); j++) {
                    var b = nodes.get(j);
                    boolean apart = a.getX() + a.getWidth() <= b.getX() || b.getX() + b.getWidth() <= a.getX()
                            || a.getY() + a.getHeight() <= b.getY() || b.getY() + b.getHeight() <= a.getY();
                    assertTrue(apart, diagram.getName() + ": " + a.getId() + " overlaps " + b.getId());
                }
            }
        }
    }

    @Test
    void everyNationalBodyTheDocumentsRelateIsConnected() throws Exception {
        var system = shipped();
        Set<String> connected = new java.util.HashSet<>();
        system.getRelationships().forEach(r -> {
            connected.add(r.getSource().getId());
            connected.add(r.getTarget().getId());
        });
        var unconnected = system.getActors().stream()
                .filter(a -> a.getLevel() == org.innoscape.model.ActorLevel.NATIONAL && !connected.contains(a.getId()))
                .map(ModelElement::getName).sorted().toList();
        // The documents say nothing of these bodies' relations (models/README.md says why for each).
        assertEquals(List.of("General Medical Council", "NHS Leadership Academy", "NHSX", "National Voices"), unconnected);
        long derived = system.getRelationships().stream()
                .filter(r -> r.getSources().stream().anyMatch(s -> s.getCertainty() == org.innoscape.model.Certainty.DERIVED)).count();
        assertTrue(derived > 0 && derived < system.getRelationships().size(), "derived relationships are marked: " + derived);
    }

    @Test
    void exampleIsValid() throws Exception {
        assertEquals(List.of(), ModelValidation.problems(shipped()).stream().map(d -> d.getMessage()).toList());
    }

    @Test
    void everyElementCitesASourceDocument() throws Exception {
        for (Iterator<EObject> it = shipped().eAllContents(); it.hasNext();) {
            // Documents are the sources; diagrams are views of the facts, not facts.
            if (it.next() instanceof ModelElement element && !(element instanceof org.innoscape.model.SourceDocument)
                    && !(element instanceof org.innoscape.model.Diagram)) {
                assertTrue(!element.getSources().isEmpty(), ModelValidation.label(element) + " cites no source");
                element.getSources().forEach(reference -> assertTrue(reference.getSection() != null
                        && reference.getDocument().getFileName().matches("00[01]_.*\\.txt"), ModelValidation.label(element)));
            }
        }
    }

    @Test
    void containsTheTwelveBodiesTheBlogMapped() throws Exception {
        Set<String> names = shipped().getActors().stream().map(a -> a.getName()).collect(Collectors.toSet());
        for (String body : List.of("AHSN Network", "Department for Business, Energy and Industrial Strategy",
                "Department of Health and Social Care", "Health Education England",
                "Medicines and Healthcare products Regulatory Agency", "National Institute for Health Research",
                "National Institute for Health and Care Excellence", "NHS England and Improvement", "NHSX", "NHS Digital",
                "Office for Life Sciences", "UK Research and Innovation")) {
            assertTrue(names.contains(body), body);
        }
    }

    @Test
    void driversThemesStagesAndRecommendations() throws Exception {
        assertEquals(6, shipped().getDrivers().stream().filter(d -> d.getKind() == DriverKind.DRIVER).count());
        assertEquals(2, shipped().getDrivers().stream().filter(d -> d.getKind() == DriverKind.CROSS_CUTTING_THEME).count());
        assertEquals(6, shipped().getStages().size());
        assertEquals(30, shipped().getRecommendations().size());
        assertTrue(shipped().getRecommendations().stream().allMatch(r -> r.getDriver() != null));
        assertEquals(4, shipped().getIndicators().stream().map(i -> i.getGroup()).distinct().count());
    }

    @Test
    void blogFactsAreRecorded() throws Exception {
        assertEquals(FundingRecipients.ADOPTERS, initiative("Innovation and Technology Payment").getFundingRecipients());
        assertEquals(FundingRecipients.ADOPTERS, initiative("AHSN national programme for adoption and spread").getFundingRecipients());
        assertEquals(Focus.NON_CLINICAL, initiative("Local Health and Care Record exemplars").getFocus());
        assertEquals(Focus.NON_CLINICAL, initiative("NHS Digital Interoperability data design collaborative").getFocus());
        long productivity = shipped().getInitiatives().stream().filter(i -> i.getSources().stream()
                .anyMatch(s -> s.getDocument().getFileName().startsWith("000")))
                .filter(i -> i.getProductivityFocus() == Tristate.YES).count();
        assertEquals(3, productivity, "the blog names three programmes with an explicit productivity focus");
        assertEquals(0, new java.math.BigDecimal("35000000").compareTo(initiative("Digital Health Technology Catalyst").getBudget().getAmount()));
        assertEquals(Tristate.YES, initiative("BRACE and RSET rapid service evaluation centres").getRapidEvaluation());
    }

    @Test
    void unknownsStayUnset() throws Exception {
        PolicyInitiative rapidUptake = initiative("Rapid Uptake Products programme");
        assertEquals(Tristate.UNKNOWN, rapidUptake.getOffersFunding());
        assertEquals(FundingRecipients.UNKNOWN, rapidUptake.getFundingRecipients());
        assertEquals(Focus.UNKNOWN, rapidUptake.getFocus());
        assertEquals(null, rapidUptake.getBudget());
        assertTrue(shipped().getRelationships().stream().allMatch(r -> r.getStrength() == null), "strength is never stated");
    }

    @Test
    void resourceHasNoErrorsOrWarnings() throws Exception {
        Resource resource = shipped().eResource();
        assertEquals(List.of(), resource.getErrors());
        assertEquals(List.of(), resource.getWarnings());
    }

    private static PolicyInitiative initiative(String name) throws Exception {
        return shipped().getInitiatives().stream().filter(i -> name.equals(i.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no initiative '" + name + "'"));
    }
}
