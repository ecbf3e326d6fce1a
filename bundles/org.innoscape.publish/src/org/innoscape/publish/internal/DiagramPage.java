package org.innoscape.publish.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.innoscape.diagram.decoration.Decorations;
import org.innoscape.diagram.description.DiagramDescription;
import org.innoscape.diagram.description.LineStyle;
import org.innoscape.diagram.render.SvgExport;
import org.innoscape.diagram.view.DiagramLegend;
import org.innoscape.diagram.view.DiagramSynchronizer;
import org.innoscape.diagram.view.DiagramView;
import org.innoscape.diagram.view.ViewNode;
import org.innoscape.model.Diagram;
import org.innoscape.model.ModelElement;
import org.innoscape.model.values.Wording;

/**
 * A diagram's page: the drawing as inline SVG (the painter of the editor and of the SVG export),
 * every node and edge a link to its element's page, with pan and zoom, a legend, and the same
 * elements as a list for keyboards and screen readers.
 */
public final class DiagramPage {

    private DiagramPage() {
    }

    /**
     * @param description the diagram's type, or null when it is not installed
     * @param metrics     the values of the metrics the diagram's appearances draw by
     */
    public static String write(SiteContext site, Diagram diagram, DiagramDescription description, Decorations metrics) {
        String name = diagram.getName() == null || diagram.getName().isBlank() ? "(unnamed diagram)" : diagram.getName();
        Html page = site.page(PagePaths.of(diagram), name);
        page.raw("<p class=\"kind\">Diagram</p>\n").heading(1, name);
        if (description == null) {
            page.paragraph("This diagram's type (" + diagram.getType() + ") is not installed where the site was published, so it "
                    + "cannot be drawn.");
            return page.end(site.footer());
        }
        page.paragraph(description.getDocumentation() != null ? description.getDocumentation() : description.getLabel());
        DiagramView view = DiagramSynchronizer.build(site.model(), diagram, description, metrics);
        legend(page, DiagramLegend.of(view));
        page.raw("<div class=\"tools\" role=\"toolbar\" aria-label=\"Zoom\">")
                .raw("<button type=\"button\" data-zoom=\"in\" aria-label=\"Zoom in\">+</button>")
                .raw("<button type=\"button\" data-zoom=\"out\" aria-label=\"Zoom out\">&#8722;</button>")
                .raw("<button type=\"button\" data-zoom=\"fit\">Fit</button></div>\n")
                .raw("<figure class=\"diagram\"><div class=\"canvas\" tabindex=\"0\" role=\"group\" aria-label=\"")
                .raw(Html.text(name)).raw(": drag or use the arrow keys to pan, + and - to zoom\">\n")
                .raw(SvgExport.svgElement(view, name, element -> {
                    String path = PagePaths.of(element);
                    return path == null ? null : "../" + path;
                }))
                .raw("</div><figcaption>").raw(Html.text(name)).raw(" — select a shape to open its page.</figcaption></figure>\n");
        elements(page, view);
        return page.end(site.footer());
    }

    private static void legend(Html page, List<DiagramLegend.Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        page.heading(2, "Legend").raw("<ul class=\"legend\">\n");
        for (DiagramLegend.Entry entry : entries) {
            page.raw("<li><svg width=\"28\" height=\"14\" aria-hidden=\"true\" focusable=\"false\">");
            page.raw(swatch(entry));
            page.raw("</svg> ").raw(Html.text(entry.meaning())).raw("</li>\n");
        }
        page.raw("</ul>\n");
    }

    /** The entry's sample as SVG shapes, drawn as the diagram's legend draws it. */
    private static String swatch(DiagramLegend.Entry entry) {
        String color = entry.color().toHex();
        return switch (entry.swatch()) {
            case LINE -> "<line x1=\"1\" y1=\"7\" x2=\"27\" y2=\"7\" stroke=\"" + color + "\" stroke-width=\"2\""
                    + (entry.dash() == LineStyle.DASH ? " stroke-dasharray=\"6,4\"" : entry.dash() == LineStyle.DOT ? " stroke-dasharray=\"2,3\"" : "")
                    + "/>";
            case FILL -> "<rect x=\"1\" y=\"1\" width=\"26\" height=\"12\" rx=\"3\" fill=\"" + color
                    + "\" stroke=\"#555\" stroke-width=\"0.5\"/>";
            case BORDER -> "<rect x=\"2\" y=\"2\" width=\"24\" height=\"10\" rx=\"3\" fill=\"#fff\" stroke=\"" + color
                    + "\" stroke-width=\"2.5\"/>";
            case SIZE -> "<rect x=\"1\" y=\"7\" width=\"6\" height=\"6\" fill=\"" + color + "\" stroke=\"#555\" stroke-width=\"0.5\"/>"
                    + "<rect x=\"10\" y=\"1\" width=\"12\" height=\"12\" fill=\"" + color + "\" stroke=\"#555\" stroke-width=\"0.5\"/>";
            case NONE -> "";
        };
    }

    private static void elements(Html page, DiagramView view) {
        Map<String, Set<ModelElement>> byKind = new LinkedHashMap<>();
        for (ViewNode node : view.nodes()) {
            EObject element = node.element();
            if (element instanceof ModelElement modelElement && !(element instanceof org.innoscape.model.InnovationSystem)) {
                byKind.computeIfAbsent(element.eClass().getName(), k -> new LinkedHashSet<>()).add(modelElement);
            }
        }
        if (byKind.isEmpty()) {
            return;
        }
        page.heading(2, "On this diagram");
        byKind.forEach((kind, elements) -> {
            page.raw("<details><summary>").raw(Html.text(Wording.kinds(kind))).raw(" (").raw(String.valueOf(elements.size()))
                    .raw(")</summary><ul class=\"links columns\">\n");
            for (ModelElement element : elements) {
                page.raw("<li>").raw(page.link(PagePaths.of(element), Wording.nameOf(element))).raw("</li>\n");
            }
            page.raw("</ul></details>\n");
        });
    }
}
