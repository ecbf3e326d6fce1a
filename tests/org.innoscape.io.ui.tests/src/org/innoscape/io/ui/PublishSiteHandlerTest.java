package org.innoscape.io.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.innoscape.publish.PublishedSite;
import org.innoscape.tests.support.Workbenches;
import org.innoscape.ui.model.ModelDocument;
import org.innoscape.ui.model.ModelOpener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Publish as Web Site publishes the open model in the background, unsaved edits included. */
class PublishSiteHandlerTest {
    @TempDir
    Path folder;

    @Test
    void theOpenModelIsPublishedInTheBackgroundAsItIsNow() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        ModelDocument document = ModelOpener.open(page, Workbenches.copyOfExample(folder));
        document.system().getActors().get(0).setName("Renamed, not saved");
        AtomicReference<PublishedSite> published = new AtomicReference<>();

        Job job = PublishSiteHandler.schedule(document, folder.resolve("site"), published::set);
        job.join();

        assertTrue(job.getResult().isOK(), job.getResult().toString());
        PublishedSite site = published.get();
        assertEquals(3, site.diagrams());
        String home = Files.readString(site.home());
        assertTrue(home.contains("<h2>Diagrams</h2>") && home.contains("<h2>Findings</h2>"), home);
        String actorPage = Files.readString(site.folder().resolve("e/" + document.system().getActors().get(0).getId() + ".html"));
        assertTrue(actorPage.contains("<h1>Renamed, not saved</h1>"), "what is open is what is published");
        assertFalse(document.isDirty() && Files.readString(document.file()).contains("Renamed, not saved"), "the file is not saved by it");
    }

    @AfterEach
    void close() {
        Workbenches.closeEverything();
    }
}
