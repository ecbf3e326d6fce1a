package org.innoscape.publish;

import java.nio.file.Path;

/** What a publication wrote: the site's folder, its home page and how many pages it has. */
public record PublishedSite(Path folder, int pages, int diagrams, long millis) {

    public Path home() {
        return folder.resolve("index.html");
    }
}
