package org.innoscape.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.innoscape.io.ImportProblem;
import org.innoscape.io.ImportResult;
import org.innoscape.model.Actor;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.Property;
import org.innoscape.model.build.DefaultTemplate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * STIP Compass exports in every shape in use (fixtures written from the public codebooks by
 * fixtures/stip/make_stip_fixtures.py; counts in fixtures/stip/expected.json): owners per organisation
 * and country, instrument types of every edition, InitiativeID kept as the external id.
 */
class StipCompassEditionsTest {
    private static final Path FIXTURES = Path.of("fixtures", "stip").toAbsolutePath();

    private static InnovationSystem imported(String fixture) {
        ImportResult result = RegisterRoundTripTest.importInto(DefaultTemplate.create("STIP"), List.of(FIXTURES.resolve(fixture)), true);
        assertTrue(result.succeeded(), result.fatalProblems().toString());
        return result.model();
    }

    @ParameterizedTest
    @ValueSource(strings = {"stip2021-flat.csv", "stip2021-flat-bom.csv", "stip2021-nolabels.csv", "stip2021-pandas.csv"})
    void edition2021InEveryShapeKeepsOwnersInstrumentsAndIds(String fixture) {
        InnovationSystem model = imported(fixture);
        List<PolicyInitiative> initiatives = model.getInitiatives();
        assertEquals(40, initiatives.size());
        long withOwner = initiatives.stream().filter(p -> !p.getOwners().isEmpty()).count();
        assertEquals(36, withOwner, "every initiative that names an organisation has an owner");
        long withInstrument = initiatives.stream().filter(p -> p.getInstrumentType() != null
                && p.getInstrumentType().getValue() != 0).count();
        assertEquals(37, withInstrument, "every initiative with an instrument label has a type");
        assertTrue(initiatives.stream().allMatch(p -> p.getExternalId() != null
                && p.getExternalId().startsWith("http://stip.oecd.org/2021/data/policyInitiatives/")), "InitiativeID kept");
        Set<String> owners = initiatives.stream().flatMap(p -> p.getOwners().stream()).map(Actor::getName).collect(Collectors.toSet());
        long ownerActors = model.getActors().stream().filter(a -> a.getExternalId() != null && a.getExternalId().startsWith("stip-org/")).count();
        assertEquals(9, ownerActors, "one actor per organisation and country, however the name is spaced or capitalised: " + owners);
        assertTrue(initiatives.stream().filter(p -> !p.getOwners().isEmpty())
                .allMatch(p -> property(p, "stip_country").equals(property(p.getOwners().get(0), "stip_country"))));
        assertTrue(initiatives.stream().anyMatch(p -> !property(p, "stip_objectives").isEmpty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"stip2021-nolabels.csv", "stip2021-pandas.csv"})
    void aMissingLabelRowIsDetectedAndSaid(String fixture) {
        ImportResult result = RegisterRoundTripTest.importInto(DefaultTemplate.create("STIP"), List.of(FIXTURES.resolve(fixture)), true);
        assertTrue(result.problems().stream().anyMatch(p -> !p.fatal() && p.reason().contains("no row of labels")),
                result.problems().stream().map(ImportProblem::toString).toList().toString());
        assertTrue(result.model().getStakeholderGroups().stream().noneMatch(g -> g.getName().equals("0") || g.getName().equals("1")),
                "no group is named after a flag");
    }

    @ParameterizedTest
    @ValueSource(strings = {"stip2019-flat.csv", "stip2023-flat.csv"})
    void otherEditionsImportWithOwnersAndInstruments(String fixture) {
        InnovationSystem model = imported(fixture);
        assertEquals(12, model.getInitiatives().size());
        assertEquals(11, model.getInitiatives().stream().filter(p -> !p.getOwners().isEmpty()).count());
        assertTrue(model.getInitiatives().stream().filter(p -> p.getInstrumentType() != null && p.getInstrumentType().getValue() != 0)
                .count() >= 10);
    }

    /** The portal's Excel download: the same columns on a sheet, read through the workbook reader. */
    @org.junit.jupiter.api.Test
    void theExcelDownloadImportsLikeTheFlatFile(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        Path workbook = org.innoscape.io.StipWorkbooks.fromFlatCsv(FIXTURES.resolve("stip2021-flat.csv"), folder.resolve("STIP_Survey.xlsx"));
        ImportResult result = RegisterRoundTripTest.importInto(DefaultTemplate.create("STIP"), List.of(workbook), true);
        assertTrue(result.succeeded(), result.fatalProblems().toString());
        List<PolicyInitiative> initiatives = result.model().getInitiatives();
        assertEquals(40, initiatives.size());
        assertEquals(36, initiatives.stream().filter(p -> !p.getOwners().isEmpty()).count());
        assertEquals(37, initiatives.stream().filter(p -> p.getInstrumentType() != null && p.getInstrumentType().getValue() != 0).count());
        assertTrue(initiatives.stream().allMatch(p -> p.getExternalId().startsWith("http://stip.oecd.org/2021/")));
    }

    @org.junit.jupiter.api.Test
    void reimportingTheExportChangesNothing() {
        InnovationSystem once = imported("stip2021-flat.csv");
        ImportResult twice = RegisterRoundTripTest.importInto(once, List.of(FIXTURES.resolve("stip2021-flat.csv")), true);
        assertTrue(twice.succeeded());
        assertEquals(0, twice.created(), "nothing new the second time");
        assertEquals(once.getActors().size(), twice.model().getActors().size());
    }

    private static String property(org.innoscape.model.ModelElement element, String key) {
        return element.getProperties().stream().filter(p -> key.equals(p.getKey())).map(Property::getValue).findFirst().orElse("");
    }
}
