package org.innoscape.publish.internal;

import java.util.List;

import org.innoscape.model.values.XmlText;

/**
 * The frame every page shares: the same head (one style sheet, one script, both in the site), a
 * header with the model's name, the navigation and the search box, a main region and a footer.
 * Everything from the model goes through {@link #text}, so names are data, never markup.
 */
public final class Html {

    private final StringBuilder out = new StringBuilder(8192);
    private final String root;

    /** @param root the way from this page back to the site's folder: "" or "../" */
    public Html(String root) {
        this.root = root;
    }

    public static String text(String value) {
        return value == null ? "" : XmlText.escape(value);
    }

    public Html begin(String title, String siteName, List<String[]> navigation) {
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .append("<title>").append(text(title)).append(" · ").append(text(siteName)).append("</title>\n")
                .append("<link rel=\"stylesheet\" href=\"").append(root).append("assets/site.css\">\n")
                .append("<script src=\"").append(root).append("search-index.js\" defer></script>\n")
                .append("<script src=\"").append(root).append("assets/site.js\" defer></script>\n")
                .append("</head>\n<body data-root=\"").append(root).append("\">\n")
                .append("<a class=\"skip\" href=\"#main\">Skip to content</a>\n")
                .append("<header class=\"site\"><a class=\"home\" href=\"").append(root).append("index.html\">").append(text(siteName))
                .append("</a>\n<nav aria-label=\"Sections\"><ul>");
        for (String[] link : navigation) {
            out.append("<li><a href=\"").append(root).append(link[0]).append("\">").append(text(link[1])).append("</a></li>");
        }
        out.append("</ul></nav>\n<form class=\"search\" role=\"search\" action=\"").append(root).append("index.html\">")
                .append("<label for=\"search\">Search</label><input id=\"search\" name=\"q\" type=\"search\" autocomplete=\"off\" ")
                .append("placeholder=\"Name, id or words\" aria-describedby=\"search-help\" aria-controls=\"results\">")
                .append("<span id=\"search-help\" class=\"hidden\">Names, ids (including register ids) and descriptions; ")
                .append("the results list below updates as you type.</span>")
                .append("<ul id=\"results\" class=\"results\" aria-live=\"polite\"></ul></form>\n</header>\n")
                .append("<main id=\"main\" tabindex=\"-1\">\n");
        return this;
    }

    public Html raw(String html) {
        out.append(html);
        return this;
    }

    public Html heading(int level, String value) {
        out.append("<h").append(level).append('>').append(text(value)).append("</h").append(level).append(">\n");
        return this;
    }

    public Html paragraph(String value) {
        if (value != null && !value.isBlank()) {
            out.append("<p>").append(text(value)).append("</p>\n");
        }
        return this;
    }

    /** A link to another page of the site, given its path from the site's folder. */
    public String link(String path, String label) {
        return path == null ? text(label) : "<a href=\"" + root + path + "\">" + text(label) + "</a>";
    }

    public String end(String footer) {
        out.append("</main>\n<footer class=\"site\">").append(text(footer)).append("</footer>\n</body>\n</html>\n");
        return out.toString();
    }
}
