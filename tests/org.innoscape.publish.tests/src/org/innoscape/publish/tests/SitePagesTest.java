package org.innoscape.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.innoscape.analysis.AnalysisDescriptor;
import org.innoscape.analysis.AnalysisResult;
import org.innoscape.analysis.AnalysisRun;
import org.innoscape.analysis.Finding;
import org.innoscape.analysis.Severity;
import org.innoscape.diagram.DiagramCreation;
import org.innoscape.diagram.DiagramTypes;
import org.innoscape.diagram.types.StakeholderNetworkType;
import org.innoscape.model.Actor;
import org.innoscape.model.ActorKind;
import org.innoscape.model.ActorLevel;
import org.innoscape.model.Certainty;
import org.innoscape.model.Diagram;
import org.innoscape.model.InnoscapeFactory;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.Property;
import org.innoscape.model.Relationship;
import org.innoscape.model.RelationshipKind;
import org.innoscape.model.SourceDocument;
import org.innoscape.model.SourceReference;
import org.innoscape.model.build.InnovationSystemBuilder;
import org.innoscape.publish.PublishedSite;
import org.innoscape.publish.SitePublisher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What each page of a publication says, on a model small enough to know every line of: the home
 * page's facts, diagrams and findings by rule, an element's details, relationships, uses, findings
 * and sources, the lists per kind, the search index, and the progress a publication reports.
 */
class SitePagesTest {
    private static final AnalysisDescriptor RULE = new AnalysisDescriptor("test.rule", "Owner check", "Checks owners.", "Tests",
            Severity.WARNING, List.of());
    private static final AnalysisDescriptor QUIET = new AnalysisDescriptor("test.quiet", "Quiet check", "Finds nothing.", "Tests",
            Severity.INFO, List.of());
    private static final AnalysisDescriptor BROKEN = new AnalysisDescriptor("test.broken", "Broken check", "Fails.", "Tests",
            Severity.ERROR, List.of());

    @TempDir
    Path folder;

    private InnovationSystem model;
    private Actor funder;
    private Actor network;
    private Actor quiet;
    private PolicyInitiative programme;

    @BeforeEach
    void smallModel() {
        InnovationSystemBuilder build = new InnovationSystemBuilder("pages", "Small & Co system");
        model = build.system();
        model.setDescription("Two bodies and a programme.");
        model.setJurisdiction("England");
        model.setSnapshotDate("2021-06");
        SourceDocument report = build.document("report", "The Report", "report.pdf");
        funder = build.actor("funder", "Funder & Partners", ActorKind.RESEARCH_FUNDER, ActorLevel.NATIONAL);
        funder.setDescription("Funds research.");
        funder.setExternalId("REG-7");
        Property budget = InnoscapeFactory.eINSTANCE.createProperty();
        budget.setKey("Budget <annual>");
        budget.setValue("£3m");
        funder.getProperties().add(budget);
        InnovationSystemBuilder.cite(funder, report, "§2.1");
        SourceReference derived = InnoscapeFactory.eINSTANCE.createSourceReference();
        derived.setDocument(report);
        derived.setCertainty(Certainty.DERIVED);
        derived.setNote("Read from a chart.");
        funder.getSources().add(derived);
        network = build.actor("network", "Regional Network", ActorKind.NETWORK, ActorLevel.REGIONAL);
        quiet = build.actor("quiet", "Quiet Body", ActorKind.OTHER, ActorLevel.UNKNOWN);
        Relationship funds = build.relationship("funds", funder, RelationshipKind.FUNDS, network);
        funds.setEvidence("Annual grant letter");
        build.relationship("unnamed", network, RelationshipKind.OTHER, funder);
        programme = build.initiative("programme", "Spread Programme");
        programme.getOwners().add(funder);
        programme.getPartners().add(network);
    }

    private AnalysisResult findings() {
        Finding aboutFunder = Finding.of(RULE, "Funder & Partners owns too much").subject(funder).related(List.of(programme))
                .explanation("It owns 1 of 1 programmes.").build();
        // A plugin's rule may give no explanation at all: its element's page still shows the finding.
        Finding aboutNetwork = Finding.of(RULE, "Regional Network has no programme of its own").severity(Severity.INFO).subject(network)
                .explanation(null).build();
        return new AnalysisResult(List.of(new AnalysisRun(RULE, Map.of(), List.of(aboutFunder, aboutNetwork), 1, null),
                new AnalysisRun(QUIET, Map.of(), List.of(), 1, null), new AnalysisRun(BROKEN, Map.of(), List.of(), 1, "it fell over")));
    }

    private PublishedSite publish(AnalysisResult findings) throws IOException {
        return SitePublisher.publish(model, findings, DiagramTypes.installed(), folder.resolve("site"), "Footer line.", new NullProgressMonitor());
    }

    private String page(PublishedSite site, String path) throws IOException {
        return Files.readString(site.folder().resolve(path));
    }

    @Test
    void theHomePageStatesTheModelsFactsDiagramsAndFindingsByRule() throws IOException {
        Diagram diagram = DiagramCreation.create(model, DiagramTypes.installed().find(StakeholderNetworkType.ID).orElseThrow(), "Who funds whom");
        model.getDiagrams().add(diagram);
        PublishedSite site = publish(findings());
        String home = page(site, "index.html");

        assertTrue(home.contains("<h1>Small &amp; Co system</h1>\n<p>Two bodies and a programme.</p>"), home);
        assertTrue(home.contains("<dt>Jurisdiction</dt><dd>England</dd><dt>Snapshot</dt><dd>2021-06</dd>"), home);
        assertTrue(home.contains("Actors</a></dt><dd>3</dd>"), "three actors counted: " + home);
        assertTrue(home.contains("<h2>Diagrams</h2>\n<ul class=\"links\">\n<li><a href=\"d/" + diagram.getId() + ".html\">Who funds whom</a></li>"),
                home);
        assertTrue(home.contains("<h3>Owner check <small>(2)</small></h3>"), "the rule with its count: " + home);
        assertFalse(home.contains("Quiet check"), "a rule that found nothing is not listed");
        assertTrue(home.contains("<li class=\"warning\"><strong>warning</strong> Funder &amp; Partners owns too much — <a href=\"e/"
                + funder.getId() + ".html\">Funder &amp; Partners</a></li>"), home);
        assertTrue(home.contains("<li class=\"info\"><strong>info</strong> Regional Network has no programme of its own — <a href=\"e/"
                + network.getId() + ".html\">"), home);
        assertTrue(home.contains("<p>The analysis Broken check failed: it fell over</p>"), home);
        assertFalse(home.contains("No analysis found anything"), home);
        assertTrue(home.contains("Footer line."), home);

        String diagramPage = page(site, "d/" + diagram.getId() + ".html");
        assertTrue(diagramPage.contains("<h1>Who funds whom</h1>"), diagramPage);
        assertTrue(diagramPage.contains("<h2>On this diagram</h2>\n<details><summary>Actors (3)</summary>"), diagramPage);
        assertTrue(diagramPage.contains("<li><a href=\"../e/" + quiet.getId() + ".html\">Quiet Body</a></li>"), diagramPage);
        assertTrue(diagramPage.contains("<h2>Legend</h2>"), diagramPage);
    }

    @Test
    void aHomePageSaysWhetherTheAnalysesRanAndFoundNothing() throws IOException {
        String notRun = page(publish(null), "index.html");
        assertTrue(notRun.contains("<p>The analyses were not run for this publication.</p>"), notRun);
        assertFalse(notRun.contains("<h2>Diagrams</h2>"), "no diagrams, no list");

        String nothing = page(publish(new AnalysisResult(List.of(new AnalysisRun(QUIET, Map.of(), List.of(), 1, null)))), "index.html");
        assertTrue(nothing.contains("<p>No analysis found anything to report.</p>"), nothing);
        assertFalse(nothing.contains("Quiet check"), nothing);
    }

    @Test
    void anElementPageGivesItsDetailsRelationshipsUsesFindingsSourcesAndIds() throws IOException {
        PublishedSite site = publish(findings());
        String page = page(site, "e/" + funder.getId() + ".html");

        assertTrue(page.contains("<h1>Funder &amp; Partners</h1>\n<p>Funds research.</p>"), page);
        assertTrue(page.contains("<h2>Details</h2>\n<table class=\"details\"><tbody>\n<tr><th scope=\"row\">Kind</th><td>Research funder</td></tr>"), page);
        assertTrue(page.contains("<td>Research funder</td>"), "an enumeration in words: " + page);
        assertTrue(page.contains("<td>National</td>"), page);
        assertTrue(page.contains("<tr><th scope=\"row\">Budget &lt;annual&gt;</th><td>£3m</td></tr>"), "a property, escaped: " + page);
        assertTrue(page.contains("<tr><td><strong>Funder &amp; Partners</strong></td><td>funds</td><td><a href=\"../e/" + network.getId()
                + ".html\">Regional Network</a></td><td><a href=\"../e/"), page);
        assertTrue(page.contains("\">Annual grant letter</a></td></tr>"), "the evidence links to the relationship: " + page);
        assertTrue(page.contains("<td>other</td><td><strong>Funder &amp; Partners</strong></td><td><a href=\"../e/"), page);
        assertTrue(page.contains("\">(details)</a></td></tr>"), "a relationship without evidence still links: " + page);
        assertTrue(page.contains("<h2>Owner of</h2>\n<ul class=\"links\">\n<li><a href=\"../e/" + programme.getId()
                + ".html\">Spread Programme</a> <small>Initiative</small></li>"), page);
        assertTrue(page.contains("<h2>Findings</h2>\n<ul class=\"findings\">\n<li class=\"warning\"><strong>warning</strong> Funder &amp; "
                + "Partners owns too much <small>(Owner check)</small><br>It owns 1 of 1 programmes.</li>"), page);
        assertTrue(page.contains("<h2>Sources</h2>\n<ul class=\"sources\">\n<li><a href=\"../e/"), page);
        assertTrue(page.contains("\">The Report</a>, §2.1</li>"), "a stated source with its section: " + page);
        assertTrue(page.contains("\">The Report</a> <small>(derived)</small><br><span class=\"note\">Read from a chart.</span></li>"), page);
        assertTrue(page.contains("<p class=\"ids\">Id <code>" + funder.getId() + "</code> · register id <code>REG-7</code></p>"), page);

        String programmePage = page(site, "e/" + programme.getId() + ".html");
        assertTrue(programmePage.contains("<strong>warning</strong> Funder &amp; Partners owns too much <small>(Owner check)</small>"),
                "a finding is also on the pages of the elements it relates: " + programmePage);
        assertTrue(programmePage.contains("<a href=\"../e/" + funder.getId() + ".html\">Funder &amp; Partners</a>"), "owners link: "
                + programmePage);
        String networkPage = page(site, "e/" + network.getId() + ".html");
        assertTrue(networkPage.contains("<h2>Partner in</h2>"), networkPage);
        assertTrue(networkPage.contains("no programme of its own <small>(Owner check)</small></li>"), "no explanation, no break: " + networkPage);
    }

    @Test
    void anElementWithNothingToSayHasOnlyItsNameAndId() throws IOException {
        PublishedSite site = publish(null);
        String page = page(site, "e/" + quiet.getId() + ".html");
        for (String heading : List.of("Relationships", "Findings", "Sources", "Owner of", "On diagrams", "Cited by")) {
            assertFalse(page.contains("<h2>" + heading + "</h2>"), heading + " on " + page);
        }
        assertTrue(page.contains("<p class=\"ids\">Id <code>" + quiet.getId() + "</code></p>"), "no register id: " + page);
        assertFalse(page.contains("<h1>Quiet Body</h1>\n<p>"), "no description, no paragraph");
    }

    @Test
    void theKindPagesListEveryElementByNameWithRegisterIdsAndTheIndexFindsThem() throws IOException {
        PublishedSite site = publish(null);
        String actors = page(site, "k/Actor.html");
        assertTrue(actors.contains("<h1>Actors (3)</h1>"), actors);
        int funderAt = actors.indexOf(">Funder &amp; Partners</a> <small>REG-7</small></li>");
        int quietAt = actors.indexOf(">Quiet Body</a></li>");
        int networkAt = actors.indexOf(">Regional Network</a></li>");
        assertTrue(funderAt > 0 && funderAt < quietAt && quietAt < networkAt, "by name: " + actors);

        String index = page(site, "search-index.js");
        assertTrue(index.contains("{\"n\":\"Funder \\u0026 Partners\",\"i\":\"" + funder.getId() + "\",\"x\":\"REG-7\",\"k\":\"Actor\","
                + "\"d\":\"Funds research.\",\"u\":\"e/" + funder.getId() + ".html\"}"), index);
        assertTrue(index.contains("{\"n\":\"Quiet Body\",\"i\":\"" + quiet.getId() + "\",\"k\":\"Actor\",\"u\":\"e/" + quiet.getId() + ".html\"}"),
                "no register id, no description: " + index);
        String longDescription = "word ".repeat(400);
        quiet.setDescription(longDescription);
        String cut = page(publish(null), "search-index.js");
        assertFalse(cut.contains(longDescription.trim()), "long descriptions are cut in the index");
        assertTrue(cut.contains("\"d\":\"word word"), cut.substring(0, Math.min(cut.length(), 300)));
    }

    @Test
    void aPublicationReportsAllItsWorkAndStopsWhenCancelledAtAnyPoint() throws IOException {
        model.getDiagrams().add(DiagramCreation.create(model, DiagramTypes.installed().find(StakeholderNetworkType.ID).orElseThrow(), "A"));
        model.getDiagrams().add(DiagramCreation.create(model, DiagramTypes.installed().find(StakeholderNetworkType.ID).orElseThrow(), "B"));
        RecordingMonitor monitor = new RecordingMonitor(Integer.MAX_VALUE);
        PublishedSite site = SitePublisher.publish(model, null, DiagramTypes.installed(), folder.resolve("site"), "", monitor);
        assertEquals(monitor.total, monitor.done, 0.5, "the work announced is the work done");
        assertTrue(site.millis() >= 0 && site.millis() < 60_000, "took " + site.millis());
        assertTrue(monitor.checks >= 3, "checked for cancellation " + monitor.checks + " times");

        // Cancelled at each of its checks in turn: always refused, never a part-written site.
        for (int check = 1; check <= monitor.checks; check++) {
            Path target = folder.resolve("cancelled-" + check);
            RecordingMonitor cancelling = new RecordingMonitor(check);
            assertThrows(OperationCanceledException.class,
                    () -> SitePublisher.publish(model, null, DiagramTypes.installed(), target, "", cancelling), "cancelled at check " + check);
            assertFalse(Files.exists(target), "cancelled at check " + check);
        }
    }

    @Test
    void largeModelsSayHowManyPagesAreWritten() throws IOException {
        InnovationSystemBuilder build = new InnovationSystemBuilder("many", "Many");
        for (int i = 0; i < 250; i++) {
            build.initiative("p" + i, "Programme " + i);
        }
        model = build.system();
        RecordingMonitor monitor = new RecordingMonitor(Integer.MAX_VALUE);
        SitePublisher.publish(model, null, DiagramTypes.installed(), folder.resolve("many"), "", monitor);
        assertTrue(monitor.subTasks.contains("100 pages") && monitor.subTasks.contains("200 pages"), monitor.subTasks.toString());
        assertEquals(monitor.total, monitor.done, 0.5);
    }

    /** Counts the work announced and done, and the checks for cancellation; says cancelled from the {@code cancelAt}-th check on. */
    private static final class RecordingMonitor extends NullProgressMonitor {
        private final int cancelAt;
        private final List<String> subTasks = new ArrayList<>();
        private double total;
        private double done;
        private int checks;

        RecordingMonitor(int cancelAt) {
            this.cancelAt = cancelAt;
        }

        @Override
        public void beginTask(String name, int totalWork) {
            total = totalWork;
        }

        @Override
        public void internalWorked(double work) {
            done += work;
        }

        @Override
        public void worked(int work) {
            internalWorked(work);
        }

        @Override
        public void subTask(String name) {
            subTasks.add(name);
        }

        @Override
        public boolean isCanceled() {
            return ++checks >= cancelAt;
        }
    }
}
