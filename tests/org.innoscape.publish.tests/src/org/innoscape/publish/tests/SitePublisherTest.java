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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.innoscape.analysis.AnalysisResult;
import org.innoscape.analysis.AnalysisRunner;
import org.innoscape.analysis.alignment.StageCoverageRule;
import org.innoscape.diagram.DiagramTypes;
import org.innoscape.examples.EnglandHealthInnovation2021;
import org.innoscape.model.Actor;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.publish.PublishedSite;
import org.innoscape.publish.SitePublisher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SitePublisherTest {
    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"]*)\"");

    @TempDir
    Path folder;

    private PublishedSite publish(InnovationSystem model, Path site) throws IOException {
        AnalysisResult findings = AnalysisRunner.run(model, List.of(new StageCoverageRule()), Map.of(), new NullProgressMonitor());
        return SitePublisher.publish(model, findings, DiagramTypes.installed(), site, "Test publication.", new NullProgressMonitor());
    }

    @Test
    void everyLinkOfEveryPageLeadsToAFileOfTheSiteAndNothingComesFromElsewhere() throws Exception {
        InnovationSystem model = EnglandHealthInnovation2021.buildAsShipped();
        PublishedSite site = publish(model, folder.resolve("site"));

        List<Path> pages;
        try (var files = Files.walk(site.folder())) {
            pages = files.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertEquals(site.pages(), pages.size());
        assertTrue(pages.size() > model.getActors().size() + model.getInitiatives().size(), "a page per element: " + pages.size());
        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            String html = Files.readString(page);
            Matcher links = LINK.matcher(html);
            while (links.find()) {
                String target = links.group(1);
                if (target.startsWith("#")) {
                    continue;
                }
                assertFalse(target.matches("(?i)^([a-z]+:|//).*"), page + " refers outside the site: " + target);
                if (!Files.isRegularFile(page.getParent().resolve(target.replaceFirst("[?#].*$", "")).normalize())) {
                    broken.add(site.folder().relativize(page) + " -> " + target);
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void diagramShapesLinkToElementPagesWhichLinkBothWays() throws Exception {
        InnovationSystem model = EnglandHealthInnovation2021.buildAsShipped();
        PublishedSite site = publish(model, folder.resolve("site"));
        Actor nhsEngland = actor(model, "NHS England");
        Actor ahsns = model.getRelationships().stream().filter(r -> r.getSource() == nhsEngland).map(r -> r.getTarget())
                .filter(a -> a.getName().startsWith("Academic Health Science Networks")).findFirst().orElseThrow();

        String network = Files.readString(site.folder().resolve("d/" + model.getDiagrams().get(0).getId() + ".html"));
        assertTrue(network.contains("<a href=\"../e/" + nhsEngland.getId() + ".html\" class=\"element\""), "the node links to its page");
        assertTrue(network.contains("<h2>Legend</h2>") && network.contains("</svg> Actor (kind): research funder</li>")
                && network.contains("</svg> Relationship (kind): funds</li>"), "a legend names the colours");
        String landscape = Files.readString(site.folder().resolve("d/" + model.getDiagrams().get(1).getId() + ".html"));
        assertTrue(landscape.contains("</svg> Initiative (funding recipients): innovators</li>"),
                "initiatives are coloured by whom they fund, not by any attribute that happens to differ");

        String ahsnPage = Files.readString(site.folder().resolve("e/" + ahsns.getId() + ".html"));
        assertTrue(ahsnPage.contains("<td><a href=\"../e/" + nhsEngland.getId() + ".html\">NHS England</a></td><td>funds</td><td><strong>"),
                ahsnPage);
        String englandPage = Files.readString(site.folder().resolve("e/" + nhsEngland.getId() + ".html"));
        assertTrue(englandPage.contains("<td><strong>NHS England</strong></td><td>funds</td><td><a href=\"../e/" + ahsns.getId() + ".html\">"),
                "and back");
        assertTrue(englandPage.contains("<h2>On diagrams</h2>") && englandPage.contains("<h2>Sources</h2>"), englandPage);

        PolicyInitiative owned = model.getInitiatives().stream().filter(i -> i.getOwners().contains(nhsEngland)).findFirst().orElseThrow();
        assertTrue(englandPage.contains("<h2>Owner of</h2>") && englandPage.contains(owned.getId() + ".html"), "initiatives it owns");
        String index = Files.readString(site.folder().resolve("search-index.js"));
        assertTrue(index.startsWith("window.INNOSCAPE_INDEX = ["), index.substring(0, 40));
        assertTrue(Files.readString(site.home()).contains("<h2>Findings</h2>"));
    }

    /** A diagram drawn by an appearance is published so, with the appearance's legend. */
    @Test
    void aDiagramsAppearanceIsPublishedWithItsLegend() throws Exception {
        InnovationSystem model = EnglandHealthInnovation2021.buildAsShipped();
        var network = model.getDiagrams().get(0);
        network.getAppearances().clear();
        network.getAppearances().add(appearance(org.innoscape.model.AppearanceChannel.FILL, "level"));
        network.getAppearances().add(appearance(org.innoscape.model.AppearanceChannel.LABEL, "count:memberOf"));
        PublishedSite site = publish(model, folder.resolve("site"));
        String page = Files.readString(site.folder().resolve("d/" + network.getId() + ".html"));
        assertTrue(page.contains("</svg> Actor level: national</li>"), "the appearance's colours are named");
        assertFalse(page.contains("Actor (kind): research funder"), "the type's colour legend gives way for the actors it recolours");
        assertTrue(page.contains("</svg> Labels show the Actor member of (how many)</li>"), "and what the labels show");
    }

    private static org.innoscape.model.NodeAppearance appearance(org.innoscape.model.AppearanceChannel channel, String source) {
        var appearance = org.innoscape.model.InnoscapeFactory.eINSTANCE.createNodeAppearance();
        appearance.setMapping("actor");
        appearance.setChannel(channel);
        appearance.setSource(source);
        return appearance;
    }

    @Test
    void namesAreTextNeverMarkupAndRegisterIdsAreSearchable() throws Exception {
        InnovationSystem model = EnglandHealthInnovation2021.build();
        Actor actor = model.getActors().get(0);
        actor.setName("<script>alert(1)</script>");
        actor.setDescription("</script><img src=x onerror=alert(2)>");
        PolicyInitiative initiative = model.getInitiatives().get(0);
        initiative.setExternalId("H-042");
        PublishedSite site = publish(model, folder.resolve("site"));

        String page = Files.readString(site.folder().resolve("e/" + actor.getId() + ".html"));
        assertFalse(page.contains("<script>alert") || page.contains("<img src=x"), page);
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        String index = Files.readString(site.folder().resolve("search-index.js"));
        assertFalse(index.contains("</script") || index.contains("<img"), "the index cannot close a script");
        assertTrue(index.contains("\"x\":\"H-042\""), "register ids are in the index");
    }

    @Test
    void republishingReplacesAnEarlierSiteButNeverAFolderOfOtherFiles() throws Exception {
        InnovationSystem model = EnglandHealthInnovation2021.build();
        Path target = folder.resolve("site");
        publish(model, target);
        PolicyInitiative deleted = model.getInitiatives().remove(0);
        Path stale = target.resolve("e/" + deleted.getId() + ".html");
        assertTrue(Files.exists(stale));
        Files.writeString(target.resolve("CNAME"), "map.example.org");
        Files.createDirectories(target.resolve(".git")).resolve("HEAD").toFile().createNewFile();
        publish(model, target);
        assertFalse(Files.exists(stale), "the earlier pages are replaced whole: an element since deleted has no page");
        assertEquals("map.example.org", Files.readString(target.resolve("CNAME")), "what the user added is kept");
        assertTrue(Files.exists(target.resolve(".git/HEAD")));

        Path link = folder.resolve("link");
        Files.createSymbolicLink(link, target);
        assertThrows(org.innoscape.publish.SiteRefusedException.class, () -> publish(model, link));

        Path documents = Files.createDirectories(folder.resolve("documents"));
        Files.writeString(documents.resolve("thesis.txt"), "precious");
        IOException refused = assertThrows(IOException.class, () -> publish(model, documents));
        assertTrue(refused.getMessage().contains("not an earlier publication"), refused.getMessage());
        assertEquals("precious", Files.readString(documents.resolve("thesis.txt")));
        try (var left = Files.list(folder)) {
            assertEquals(List.of("documents", "link", "site"), left.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no staging folder is left behind");
        }
    }

    /** A file the user put inside the publication's own folders would go with them: refused, named, kept (session 29's pass). */
    @Test
    void republishingOverFilesThePublicationDidNotWriteIsRefusedAndTheyAreKept() throws Exception {
        InnovationSystem model = EnglandHealthInnovation2021.build();
        Path target = folder.resolve("site");
        publish(model, target);
        Files.writeString(target.resolve("e/my-note.txt"), "mine");
        Files.writeString(target.resolve("assets/logo.txt"), "also mine");
        Files.writeString(target.resolve("e/.DS_Store"), "a file manager's");
        IOException refused = assertThrows(org.innoscape.publish.SiteRefusedException.class, () -> publish(model, target));
        assertTrue(refused.getMessage().contains("holding files it did not write (assets/logo.txt, e/my-note.txt)"), refused.getMessage());
        assertEquals("mine", Files.readString(target.resolve("e/my-note.txt")));
        assertEquals("also mine", Files.readString(target.resolve("assets/logo.txt")));
        Files.delete(target.resolve("e/my-note.txt"));
        Files.delete(target.resolve("assets/logo.txt"));
        publish(model, target);
    }

    /** The site is for a web server to read: its folder takes the user's umask, and a folder published in place keeps its mode. */
    @Test
    void theSiteFolderIsReadableAndKeepsItsMode() throws Exception {
        InnovationSystem model = EnglandHealthInnovation2021.build();
        Path fresh = folder.resolve("fresh");
        publish(model, fresh);
        // As any new folder of this user's (the umask), not the private 0700 of a temporary folder.
        Path usual = Files.createDirectory(folder.resolve("usual"));
        assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(fresh));
        Path web = Files.createDirectories(folder.resolve("web"));
        Files.setPosixFilePermissions(web, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-x--x"));
        publish(model, web);
        publish(model, web);
        assertEquals("rwxr-x--x", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(web)));
    }

    @Test
    void aCancelledPublicationLeavesNothing() throws Exception {
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        Path target = folder.resolve("site");
        assertThrows(OperationCanceledException.class, () -> SitePublisher.publish(EnglandHealthInnovation2021.build(), null,
                DiagramTypes.installed(), target, "x", cancelled));
        try (var left = Files.list(folder)) {
            assertEquals(0, left.count());
        }
    }

    private static Actor actor(InnovationSystem model, String name) {
        return model.getActors().stream().filter(a -> name.equals(a.getName())).findFirst().orElseThrow();
    }
}
