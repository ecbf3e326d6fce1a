package org.innoscape.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.innoscape.diagram.render.LegendPainter;
import org.innoscape.diagram.types.PathwayLandscapeType;
import org.innoscape.diagram.types.StakeholderNetworkType;
import org.innoscape.diagram.view.DiagramLegend;
import org.junit.jupiter.api.Test;

/** The legend is read from the drawing: what each colour and line of a diagram stands for. */
class DiagramLegendTest {
    private final DiagramFixture fixture = new DiagramFixture();

    @Test
    void theNetworkLegendNamesActorKindsRelationshipKindsAndMembership() {
        List<String> meanings = DiagramLegend.of(fixture.view(fixture.newDiagram(StakeholderNetworkType.ID))).stream()
                .map(DiagramLegend.Entry::meaning).toList();
        assertTrue(meanings.contains("Actor (kind): research funder"), meanings.toString());
        assertTrue(meanings.contains("Relationship (kind): funds"), meanings.toString());
        assertTrue(meanings.contains("Member of"), meanings.toString());
        assertEquals(meanings.size(), meanings.stream().distinct().count(), "no colour is named twice: " + meanings);
    }

    @Test
    void initiativesAreNamedByTheAttributeTheirColourFollowsNotOneThatMerelyDiffers() {
        List<String> meanings = DiagramLegend.of(fixture.view(fixture.newDiagram(PathwayLandscapeType.ID))).stream()
                .map(DiagramLegend.Entry::meaning).toList();
        assertTrue(meanings.contains("Initiative (funding recipients): innovators"), meanings.toString());
        assertTrue(meanings.stream().noneMatch(m -> m.startsWith("Initiative (offers funding)")), meanings.toString());
    }

    @Test
    void anOverlaysLinksAreNotPartOfTheLegend() {
        var diagram = fixture.newDiagram(PathwayLandscapeType.ID);
        var initiatives = fixture.system.getInitiatives();
        var decorations = new org.innoscape.diagram.decoration.Decorations();
        decorations.link(new org.innoscape.diagram.decoration.Decorations.Link(initiatives.get(0).getId(), initiatives.get(1).getId(),
                "possible duplicate", org.innoscape.diagram.description.EdgeStyle.of(org.innoscape.diagram.description.Rgb.hex("#cc0000"))));
        var view = org.innoscape.diagram.view.DiagramSynchronizer.build(fixture.system, diagram, DiagramFixture.type(PathwayLandscapeType.ID),
                decorations);
        assertTrue(view.edges().stream().anyMatch(e -> e.mapping() == null), "the overlay's link is drawn");
        assertTrue(DiagramLegend.of(view).stream().noneMatch(e -> e.line()), "and left out of the legend, which does not fail on it");
    }

    @Test
    void theLegendPaintsEveryEntry() {
        var view = fixture.view(fixture.newDiagram(StakeholderNetworkType.ID));
        var entries = DiagramLegend.of(view);
        var canvas = new org.innoscape.diagram.render.SvgCanvas();
        var box = LegendPainter.paint(entries, canvas, 10, 10);
        assertTrue(box.width() > 100 && box.height() > entries.size() * 10, box.toString());
        for (var entry : entries) {
            assertTrue(canvas.body().contains(">" + org.innoscape.model.values.XmlText.escape(entry.meaning()) + "</text>"), entry.meaning());
        }
    }

    @Test
    void everyKindOfSampleIsPaintedInItsColour() {
        var entries = List.of(
                DiagramLegend.Entry.fill(org.innoscape.diagram.description.Rgb.hex("#e69f00"), "a fill"),
                new DiagramLegend.Entry(org.innoscape.diagram.description.Rgb.hex("#56b4e9"), DiagramLegend.Swatch.BORDER,
                        org.innoscape.diagram.description.LineStyle.SOLID, "a border"),
                new DiagramLegend.Entry(org.innoscape.diagram.description.Rgb.hex("#009e73"), DiagramLegend.Swatch.SIZE,
                        org.innoscape.diagram.description.LineStyle.SOLID, "a size"),
                new DiagramLegend.Entry(org.innoscape.diagram.description.Rgb.hex("#d55e00"), DiagramLegend.Swatch.LINE,
                        org.innoscape.diagram.description.LineStyle.DASH, "a line"),
                new DiagramLegend.Entry(org.innoscape.diagram.description.Rgb.hex("#cc79a7"), DiagramLegend.Swatch.NONE,
                        org.innoscape.diagram.description.LineStyle.SOLID, "words only"));
        var canvas = new org.innoscape.diagram.render.SvgCanvas();
        LegendPainter.paint(entries, canvas, 0, 0);
        String svg = canvas.body();
        assertTrue(svg.contains("fill=\"#e69f00\""), "the fill's box");
        assertTrue(svg.contains("stroke=\"#56b4e9\""), "the border's outline");
        assertEquals(2, svg.split("fill=\"#009e73\"", -1).length - 1, "a small and a large box for a size");
        assertTrue(svg.contains("stroke=\"#d55e00\""), "the line");
        assertFalse(svg.contains("#cc79a7"), "no sample for words only");
        entries.forEach(entry -> assertTrue(svg.contains(">" + entry.meaning() + "</text>"), entry.meaning()));
    }
}
