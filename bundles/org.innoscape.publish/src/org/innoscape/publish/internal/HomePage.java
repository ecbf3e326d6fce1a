package org.innoscape.publish.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.innoscape.analysis.AnalysisResult;
import org.innoscape.analysis.AnalysisRun;
import org.innoscape.analysis.Finding;
import org.innoscape.analysis.landscape.LandscapeSummary;
import org.innoscape.analysis.report.SvgBarChart;
import org.innoscape.model.Diagram;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.ModelElement;
import org.innoscape.model.values.Wording;

/** The home page: what the model is, its diagrams, the landscape charts and the findings by rule. */
public final class HomePage {

    private HomePage() {
    }

    public static String write(SiteContext site, LandscapeSummary landscape, AnalysisResult result) {
        InnovationSystem model = site.model();
        Html page = site.page("index.html", "Overview");
        page.heading(1, site.siteName());
        page.paragraph(model.getDescription());
        StringBuilder facts = new StringBuilder();
        if (model.getJurisdiction() != null) {
            facts.append("<dt>Jurisdiction</dt><dd>").append(Html.text(model.getJurisdiction())).append("</dd>");
        }
        if (model.getSnapshotDate() != null) {
            facts.append("<dt>Snapshot</dt><dd>").append(Html.text(model.getSnapshotDate())).append("</dd>");
        }
        site.kinds().forEach((kind, elements) -> facts.append("<dt>").append(page.link(PagePaths.kind(kind), Wording.kinds(kind)))
                .append("</dt><dd>").append(elements.size()).append("</dd>"));
        page.raw("<dl class=\"facts\">").raw(facts.toString()).raw("</dl>\n");

        if (!model.getDiagrams().isEmpty()) {
            page.heading(2, "Diagrams").raw("<ul class=\"links\">\n");
            for (Diagram diagram : model.getDiagrams()) {
                page.raw("<li>").raw(page.link(PagePaths.of(diagram), Wording.nameOf(diagram))).raw("</li>\n");
            }
            page.raw("</ul>\n");
        }

        page.heading(2, "Landscape").raw("<div class=\"charts\">\n");
        for (String key : List.of("stages", "funding-recipients", "focus", "drivers")) {
            LandscapeSummary.Section section = landscape.sections().stream().filter(s -> s.key().equals(key)).findFirst().orElse(null);
            if (section != null && !section.rows().isEmpty()) {
                page.raw("<section class=\"chart\"><h3>").raw(Html.text(section.title())).raw("</h3>\n")
                        .raw(SvgBarChart.render(section.title(), section.rows())).raw("\n");
                if (section.note() != null) {
                    page.raw("<p class=\"note\">").raw(Html.text(section.note())).raw("</p>");
                }
                page.raw("</section>\n");
            }
        }
        page.raw("</div>\n");
        findings(page, result);
        return page.end(site.footer());
    }

    private static void findings(Html page, AnalysisResult result) {
        page.heading(2, "Findings");
        if (result == null) {
            page.paragraph("The analyses were not run for this publication.");
            return;
        }
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        for (AnalysisRun run : result.runs()) {
            if (!run.findings().isEmpty()) {
                byRule.put(run.descriptor().name(), run.findings());
            }
        }
        if (byRule.isEmpty()) {
            page.paragraph("No analysis found anything to report.");
        }
        byRule.forEach((rule, findings) -> {
            page.raw("<section class=\"rule\"><h3>").raw(Html.text(rule)).raw(" <small>(").raw(String.valueOf(findings.size()))
                    .raw(")</small></h3>\n<ul class=\"findings\">\n");
            for (Finding finding : findings) {
                page.raw("<li class=\"").raw(finding.severity().name().toLowerCase(Locale.ROOT)).raw("\"><strong>")
                        .raw(Html.text(finding.severity().label())).raw("</strong> ").raw(Html.text(finding.message()));
                StringBuilder about = new StringBuilder();
                for (EObject subject : finding.subjects()) {
                    if (subject instanceof ModelElement element) {
                        about.append(about.length() == 0 ? "" : ", ").append(page.link(PagePaths.of(element), Wording.nameOf(element)));
                    }
                }
                if (about.length() > 0) {
                    page.raw(" — ").raw(about.toString());
                }
                page.raw("</li>\n");
            }
            page.raw("</ul></section>\n");
        });
        result.failures().forEach(run -> page.paragraph("The analysis " + run.descriptor().name() + " failed: " + run.failure()));
    }
}
