package org.innoscape.publish.internal;

import java.util.Comparator;
import java.util.List;

import org.innoscape.model.ModelElement;
import org.innoscape.model.values.Wording;

/** The list of every element of one kind, sorted by name, with their register ids. */
public final class KindPage {

    private KindPage() {
    }

    public static String write(SiteContext site, String kind, List<ModelElement> elements) {
        String title = Wording.kinds(kind);
        Html page = site.page(PagePaths.kind(kind), title);
        page.heading(1, title + " (" + elements.size() + ")");
        page.raw("<ul class=\"links columns\">\n");
        elements.stream().sorted(Comparator.comparing(e -> Wording.nameOf(e).toLowerCase(java.util.Locale.ROOT))).forEach(element -> {
            page.raw("<li>").raw(page.link(PagePaths.of(element), Wording.nameOf(element)));
            if (element.getExternalId() != null && !element.getExternalId().isBlank()) {
                page.raw(" <small>").raw(Html.text(element.getExternalId())).raw("</small>");
            }
            page.raw("</li>\n");
        });
        page.raw("</ul>\n");
        return page.end(site.footer());
    }
}
