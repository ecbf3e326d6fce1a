package org.innoscape.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.innoscape.analysis.AnalysisResult;
import org.innoscape.analysis.landscape.LandscapeCalculator;
import org.innoscape.diagram.DiagramTypes;
import org.innoscape.diagram.appearance.AppearanceMetrics;
import org.innoscape.diagram.appearance.ElementMetric;
import org.innoscape.diagram.decoration.Decorations;
import org.innoscape.model.Diagram;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.ModelElement;
import org.innoscape.publish.internal.DiagramPage;
import org.innoscape.publish.internal.ElementPage;
import org.innoscape.publish.internal.HomePage;
import org.innoscape.publish.internal.KindPage;
import org.innoscape.publish.internal.PagePaths;
import org.innoscape.publish.internal.SearchIndex;
import org.innoscape.publish.internal.SiteContext;
import org.innoscape.publish.internal.SiteFolder;

/**
 * Publishes a model as a static web site that works from disk and from any web server, with no
 * request leaving it: a home page (summary, landscape charts, findings by rule), a page per diagram
 * (SVG, pan and zoom, legend, every shape a link), a page per element and per kind, and a search
 * over names, ids and descriptions.
 */
public final class SitePublisher {
    private static final List<String> ASSETS = List.of("assets/site.css", "assets/site.js");

    private SitePublisher() {
    }

    /**
     * Refuses, before any work, a folder the site could not replace (a file, a link, a folder of other files, an
     * earlier publication holding files it did not write); {@link #publish} checks again when it puts the site in place.
     */
    public static void checkTarget(Path folder) throws IOException {
        org.innoscape.publish.internal.SiteFolder.checkReplaceable(folder.toAbsolutePath().normalize());
    }

    /**
     * @param findings the analyses' results to show, or null when they were not run
     * @param types    the installed diagram types, to draw the diagrams
     * @param footer   a line for the foot of every page (e.g. what published it, and from which file)
     * @throws IOException                when the folder cannot be written (nothing is changed then)
     * @throws OperationCanceledException when cancelled (nothing is changed then)
     */
    public static PublishedSite publish(InnovationSystem model, AnalysisResult findings, DiagramTypes types, Path folder, String footer,
            IProgressMonitor monitor) throws IOException {
        long start = System.nanoTime();
        SiteContext site = new SiteContext(model, findings, footer);
        List<ModelElement> elements = new ArrayList<>();
        site.kinds().values().forEach(elements::addAll);
        SubMonitor progress = SubMonitor.convert(monitor, "Publishing " + site.siteName(), elements.size() + model.getDiagrams().size() + 10);
        int pages = 0;
        try (SiteFolder out = new SiteFolder(folder)) {
            for (String asset : ASSETS) {
                out.write(asset, resource(asset));
            }
            out.write("index.html", HomePage.write(site, LandscapeCalculator.summarise(model), findings));
            out.write("search-index.js", SearchIndex.write(elements));
            pages++;
            for (Map.Entry<String, List<ModelElement>> kind : site.kinds().entrySet()) {
                out.write(PagePaths.kind(kind.getKey()), KindPage.write(site, kind.getKey(), kind.getValue()));
                pages++;
            }
            progress.worked(10);
            // The metrics the diagrams' appearances draw by, computed once for all of them.
            List<ElementMetric> needed = new ArrayList<>();
            for (Diagram diagram : model.getDiagrams()) {
                AppearanceMetrics.neededBy(diagram, types.metrics()).stream().filter(m -> !needed.contains(m)).forEach(needed::add);
            }
            Decorations metrics = AppearanceMetrics.compute(model, needed, progress.newChild(0));
            for (Diagram diagram : model.getDiagrams()) {
                cancelled(progress);
                out.write(PagePaths.of(diagram), DiagramPage.write(site, diagram, types.find(diagram.getType()).orElse(null), metrics));
                pages++;
                progress.worked(1);
            }
            for (ModelElement element : elements) {
                if (pages % 100 == 0) {
                    cancelled(progress);
                    progress.subTask(pages + " pages");
                }
                out.write(PagePaths.of(element), ElementPage.write(site, element));
                pages++;
                progress.worked(1);
            }
            cancelled(progress);
            out.commit();
        }
        return new PublishedSite(folder.toAbsolutePath().normalize(), pages, model.getDiagrams().size(), (System.nanoTime() - start) / 1_000_000);
    }

    private static void cancelled(SubMonitor progress) {
        if (progress.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = SitePublisher.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IOException("the publisher's " + path + " is missing from its bundle");
            }
            return in.readAllBytes();
        }
    }
}
