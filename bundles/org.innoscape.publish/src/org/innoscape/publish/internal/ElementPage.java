package org.innoscape.publish.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.innoscape.compare.internal.FeatureValues;
import org.innoscape.model.Actor;
import org.innoscape.model.Diagram;
import org.innoscape.model.InnoscapePackage;
import org.innoscape.model.ModelElement;
import org.innoscape.model.Property;
import org.innoscape.model.Relationship;
import org.innoscape.model.SourceReference;
import org.innoscape.model.values.Wording;

/**
 * One element's page: its attributes in words, its relationships both ways, what refers to it
 * (initiatives it owns, groups it belongs to...), the findings about it, the diagrams that show it
 * and where each fact comes from.
 */
public final class ElementPage {
    private static final InnoscapePackage PKG = InnoscapePackage.eINSTANCE;
    /** Shown elsewhere on the page, or not facts for a reader. */
    private static final Set<EStructuralFeature> APART = Set.of(PKG.getModelElement_Name(), PKG.getModelElement_Description(),
            PKG.getModelElement_Sources(), PKG.getModelElement_ExternalId(), PKG.getModelElement_Properties());
    private static final Map<String, String> USED_AS = Map.ofEntries(Map.entry("owners", "Owner of"), Map.entry("partners", "Partner in"),
            Map.entry("targetGroups", "Targeted by"), Map.entry("stagesSupported", "Supported by"),
            Map.entry("driversAddressed", "Addressed by"), Map.entry("memberOf", "Members"), Map.entry("members", "Member of"),
            Map.entry("addressedActors", "Named in recommendations"), Map.entry("implementingInitiatives", "Implements recommendations"),
            Map.entry("driver", "Recommendations on it"), Map.entry("indicators", "Measured by initiatives"),
            Map.entry("stage", "Indicators of this stage"), Map.entry("first", "Duplicate reviews"), Map.entry("second", "Duplicate reviews"));

    private ElementPage() {
    }

    public static String write(SiteContext site, ModelElement element) {
        String path = PagePaths.of(element);
        String kind = Wording.kind(element.eClass().getName());
        String name = Wording.nameOf(element);
        Html page = site.page(path, name);
        page.raw("<p class=\"kind\">").raw(page.link(PagePaths.kind(element.eClass().getName()), kind)).raw("</p>\n");
        page.heading(1, name);
        page.paragraph(element.getDescription());
        details(site, element, page);
        if (element instanceof Actor actor) {
            relationships(site, actor, page);
        }
        usages(site, element, page);
        findings(site, element, page);
        sources(element, page);
        page.raw("<p class=\"ids\">Id <code>").raw(Html.text(element.getId())).raw("</code>");
        if (element.getExternalId() != null && !element.getExternalId().isBlank()) {
            page.raw(" · register id <code>").raw(Html.text(element.getExternalId())).raw("</code>");
        }
        page.raw("</p>\n");
        return page.end(site.footer());
    }

    private static void details(SiteContext site, ModelElement element, Html page) {
        StringBuilder rows = new StringBuilder();
        for (EStructuralFeature feature : FeatureValues.compared(element.eClass())) {
            if (APART.contains(feature) || !element.eIsSet(feature)) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (Object value : FeatureValues.values(element, feature)) {
                cells.add(value(page, feature, value));
            }
            if (!cells.isEmpty()) {
                rows.append("<tr><th scope=\"row\">").append(Html.text(Wording.capitalized(FeatureValues.name(feature)))).append("</th><td>")
                        .append(String.join(", ", cells)).append("</td></tr>\n");
            }
        }
        for (Property property : element.getProperties()) {
            rows.append("<tr><th scope=\"row\">").append(Html.text(property.getKey())).append("</th><td>").append(Html.text(property.getValue()))
                    .append("</td></tr>\n");
        }
        if (rows.length() > 0) {
            page.heading(2, "Details").raw("<table class=\"details\"><tbody>\n").raw(rows.toString()).raw("</tbody></table>\n");
        }
    }

    private static String value(Html page, EStructuralFeature feature, Object value) {
        if (value instanceof ModelElement target && feature instanceof EReference reference && !reference.isContainment()) {
            return page.link(PagePaths.of(target), Wording.nameOf(target));
        }
        if (value instanceof EObject object) {
            return Html.text(FeatureValues.describe(object));
        }
        if (value instanceof org.eclipse.emf.common.util.Enumerator enumerator) {
            return Html.text(Wording.capitalized(enumerator));
        }
        return Html.text(String.valueOf(value));
    }

    private static void relationships(SiteContext site, Actor actor, Html page) {
        StringBuilder rows = new StringBuilder();
        Set<Relationship> relationships = new LinkedHashSet<>();
        for (EStructuralFeature.Setting setting : site.usagesOf(actor)) {
            if (setting.getEObject() instanceof Relationship relationship) {
                relationships.add(relationship);
            }
        }
        for (Relationship relationship : relationships) {
            String kind = Wording.of(relationship.getKind()); // an enumeration is never null: unset reads "other"
            rows.append("<tr><td>").append(end(page, relationship.getSource(), actor)).append("</td><td>").append(Html.text(kind))
                    .append("</td><td>").append(end(page, relationship.getTarget(), actor)).append("</td><td>")
                    .append(page.link(PagePaths.of(relationship), relationship.getEvidence() == null || relationship.getEvidence().isBlank()
                            ? "(details)" : relationship.getEvidence()))
                    .append("</td></tr>\n");
        }
        if (rows.length() > 0) {
            page.heading(2, "Relationships").raw("<table class=\"list\"><thead><tr><th scope=\"col\">From</th><th scope=\"col\">How</th>")
                    .raw("<th scope=\"col\">To</th>")
                    .raw("<th scope=\"col\">Evidence</th></tr></thead><tbody>\n").raw(rows.toString()).raw("</tbody></table>\n");
        }
    }

    /** This actor in bold; the other end as a link to its page. */
    private static String end(Html page, Actor end, Actor self) {
        return end == self ? "<strong>" + Html.text(Wording.nameOf(end)) + "</strong>" : page.link(PagePaths.of(end), Wording.nameOf(end));
    }

    private static void usages(SiteContext site, ModelElement element, Html page) {
        Map<String, Set<EObject>> groups = new LinkedHashMap<>();
        Set<Diagram> diagrams = new LinkedHashSet<>();
        Set<ModelElement> citing = new LinkedHashSet<>();
        for (EStructuralFeature.Setting setting : site.usagesOf(element)) {
            EObject user = setting.getEObject();
            EStructuralFeature feature = setting.getEStructuralFeature();
            if (user instanceof Relationship && (feature == PKG.getRelationship_Source() || feature == PKG.getRelationship_Target())) {
                continue;
            }
            if (user instanceof SourceReference && user.eContainer() instanceof ModelElement cited) {
                citing.add(cited);
                continue;
            }
            Diagram diagram = diagramOf(user);
            if (diagram != null) {
                diagrams.add(diagram);
                continue;
            }
            EObject shown = user instanceof ModelElement ? user : user.eContainer();
            if (shown instanceof ModelElement) {
                String heading = USED_AS.getOrDefault(feature.getName(), "Referred to as " + FeatureValues.name(feature) + " by");
                groups.computeIfAbsent(heading, k -> new LinkedHashSet<>()).add(shown);
            }
        }
        groups.forEach((heading, users) -> list(page, heading, users));
        list(page, "On diagrams", diagrams);
        list(page, "Cited by", citing);
    }

    private static Diagram diagramOf(EObject object) {
        for (EObject container = object; container != null; container = container.eContainer()) {
            if (container instanceof Diagram diagram) {
                return diagram;
            }
        }
        return null;
    }

    private static void list(Html page, String heading, Set<? extends EObject> elements) {
        if (elements.isEmpty()) {
            return;
        }
        page.heading(2, heading).raw("<ul class=\"links\">\n");
        for (EObject object : elements) {
            ModelElement element = (ModelElement) object;
            page.raw("<li>").raw(page.link(PagePaths.of(element), Wording.nameOf(element))).raw(" <small>")
                    .raw(Html.text(Wording.kind(element.eClass().getName()))).raw("</small></li>\n");
        }
        page.raw("</ul>\n");
    }

    private static void findings(SiteContext site, ModelElement element, Html page) {
        List<SiteContext.NamedFinding> findings = site.findingsAbout(element);
        if (findings.isEmpty()) {
            return;
        }
        page.heading(2, "Findings").raw("<ul class=\"findings\">\n");
        for (SiteContext.NamedFinding named : findings) {
            var finding = named.finding();
            page.raw("<li class=\"").raw(finding.severity().name().toLowerCase(java.util.Locale.ROOT)).raw("\"><strong>")
                    .raw(Html.text(finding.severity().label())).raw("</strong> ").raw(Html.text(finding.message())).raw(" <small>(")
                    .raw(Html.text(named.ruleName())).raw(")</small>");
            if (!finding.explanation().isEmpty()) {
                page.raw("<br>").raw(Html.text(finding.explanation()));
            }
            page.raw("</li>\n");
        }
        page.raw("</ul>\n");
    }

    private static void sources(ModelElement element, Html page) {
        if (element.getSources().isEmpty()) {
            return;
        }
        page.heading(2, "Sources").raw("<ul class=\"sources\">\n");
        for (SourceReference source : element.getSources()) {
            page.raw("<li>").raw(page.link(PagePaths.of(source.getDocument()), Wording.nameOf(source.getDocument())));
            if (source.getSection() != null) {
                page.raw(", ").raw(Html.text(source.getSection()));
            }
            if (source.getCertainty() != null && source.eIsSet(PKG.getSourceReference_Certainty())) {
                page.raw(" <small>(").raw(Html.text(Wording.of(source.getCertainty()))).raw(")</small>");
            }
            if (source.getNote() != null && !source.getNote().isBlank()) {
                page.raw("<br><span class=\"note\">").raw(Html.text(source.getNote())).raw("</span>");
            }
            page.raw("</li>\n");
        }
        page.raw("</ul>\n");
    }
}
