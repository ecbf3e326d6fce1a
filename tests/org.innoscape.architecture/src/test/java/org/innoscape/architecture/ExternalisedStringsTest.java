package org.innoscape.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * What a user reads in the UI bundles (every bundle under {@code bundles/} whose name ends in {@code .ui}) can be
 * translated: texts in Java live in the bundle's one {@code Messages} class (Eclipse NLS) and its
 * {@code messages.properties}, texts in {@code plugin.xml} are {@code %keys} of {@code plugin.properties}. A literal
 * that no user reads (an id, a preference key, a file extension, a log message) stays in the code, on a line marked
 * {@code //$NON-NLS-1$} ({@code //$NON-NLS-2$} for the line's second literal, and so on), as Eclipse marks them.
 */
class ExternalisedStringsTest {
    /** Attributes whose value a user reads, wherever they are not ids (see {@link #ID_ATTRIBUTES}). */
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("name", "label", "tooltip", "description");
    /** Elements whose {@code name} is an id or a key, not a text: a product property, a menu separator or group, a parameter. */
    private static final Set<String> ID_ATTRIBUTES = Set.of("property", "separator", "groupMarker", "parameter");
    private static final Pattern NLS_CLASS = Pattern.compile("\\bclass\\s+Messages\\s+extends\\s+(?:org\\.eclipse\\.osgi\\.util\\.)?NLS\\b");
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern BUNDLE_NAME = Pattern.compile("\\bBUNDLE_NAME\\s*=\\s*\"([\\w.]+)\"");
    private static final Pattern FIELD = Pattern.compile("^\\s*public\\s+static\\s+String\\s+(\\w+)\\s*;", Pattern.MULTILINE);
    private static final Pattern MESSAGE_USE = Pattern.compile("\\bMessages\\.(\\w+)");
    /** printf conversions ({@code %d}, {@code %.3f}, {@code %s}) and NLS placeholders ({@code {0}}): format, not words. */
    private static final Pattern FORMAT = Pattern.compile("%[-#+0,(<]*\\d*(?:\\.\\d+)?[a-zA-Z%]|\\{\\d+\\}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+\\}");
    private static final Pattern MARKER = Pattern.compile("\\$NON-NLS-\\d+\\$");
    private static final String HOW_TO_EXTERNALISE = "Move each text to the bundle's Messages class (a field Class_purpose) and its"
            + " messages.properties, with {0}, {1} and NLS.bind(Messages.X, ...) for what varies (whole sentences: never"
            + " concatenate translated pieces); or, if no user ever reads it (an id, a preference key, a file extension, a"
            + " font name, a log message), end its line with //$NON-NLS-1$ (//$NON-NLS-2$ for the line's second literal...).";

    private static List<Manifests.Bundle> uiBundles;

    /** One string literal of a Java source: where it starts and ends, its text with escapes resolved. */
    record Literal(int line, int endLine, String text) {
    }

    @BeforeAll
    static void findTheUiBundles() throws IOException {
        uiBundles = Manifests.read("bundles").values().stream().filter(b -> b.name().endsWith(".ui")).toList();
        assertFalse(uiBundles.isEmpty(), "no bundle under " + Manifests.ROOT.resolve("bundles") + " ends in .ui");
    }

    @Test
    void everyTextAUserReadsInJavaIsInMessagesProperties() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Manifests.Bundle bundle : uiBundles) {
            for (Path file : javaSources(bundle)) {
                String source = Files.readString(file);
                if (NLS_CLASS.matcher(source).find()) {
                    continue;
                }
                String[] lines = source.split("\n", -1);
                for (Literal literal : literals(source)) {
                    if (looksUserVisible(literal.text()) && !marked(lines, literal)) {
                        problems.add(Manifests.ROOT.relativize(file) + ":" + literal.line() + ": \"" + shown(literal.text()) + "\"");
                    }
                }
            }
        }
        assertNone(problems, problems.size() + " literal(s) in the UI bundles look like text a user reads but are neither"
                + " externalised nor marked //$NON-NLS-n$. " + HOW_TO_EXTERNALISE);
    }

    @Test
    void everyMessagesFieldHasItsTextAndEveryTextItsField() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Manifests.Bundle bundle : uiBundles) {
            List<Path> classes = new ArrayList<>();
            StringBuilder users = new StringBuilder();
            for (Path file : javaSources(bundle)) {
                String source = Files.readString(file);
                if (NLS_CLASS.matcher(source).find()) {
                    classes.add(file);
                } else {
                    users.append(source).append('\n');
                }
            }
            if (classes.size() != 1) {
                problems.add(bundle.name() + " has " + classes.size() + " Messages classes extending NLS " + classes
                        + ": give it exactly one, in its internal package (x-internal:=true), with messages.properties beside it");
                continue;
            }
            Path messagesClass = classes.get(0);
            String source = Files.readString(messagesClass);
            String where = Manifests.ROOT.relativize(messagesClass).toString();
            Matcher pkg = PACKAGE.matcher(source);
            String packageName = pkg.find() ? pkg.group(1) : "";
            bundle.exports().stream().filter(e -> e.name().equals(packageName) && !"true".equals(e.parameters().get("x-internal")))
                    .forEach(e -> problems.add(where + " is in " + packageName + ", which " + bundle.name() + " exports without"
                            + " x-internal:=true: move it to the bundle's internal package (exported with x-internal:=true)"));
            Matcher bundleName = BUNDLE_NAME.matcher(source);
            if (!bundleName.find()) {
                problems.add(where + " has no BUNDLE_NAME = \"<package>.messages\"");
                continue;
            }
            Path properties = bundle.folder().resolve("src").resolve(bundleName.group(1).replace('.', '/') + ".properties");
            if (!Files.isRegularFile(properties)) {
                problems.add(where + ": BUNDLE_NAME \"" + bundleName.group(1) + "\" names " + Manifests.ROOT.relativize(properties)
                        + ", which does not exist: create it, or correct BUNDLE_NAME");
                continue;
            }
            for (String line : Files.readAllLines(bundle.folder().resolve("build.properties"))) {
                if (line.contains("exclude") && (line.contains(".properties") || line.contains("messages"))) {
                    problems.add(bundle.name() + "/build.properties excludes properties files (" + line.strip()
                            + "): the messages.properties beside the Messages class must reach the jar");
                }
            }
            Set<String> fields = new TreeSet<>();
            Matcher field = FIELD.matcher(source);
            while (field.find()) {
                fields.add(field.group(1));
            }
            Properties texts = load(properties, problems);
            Set<String> keys = new TreeSet<>(texts.stringPropertyNames());
            String file = Manifests.ROOT.relativize(properties).toString();
            fields.stream().filter(f -> !keys.contains(f))
                    .forEach(f -> problems.add(where + ": field " + f + " has no text: add \"" + f + " = ...\" to " + file));
            keys.stream().filter(k -> !fields.contains(k)).forEach(k -> problems.add(file + ": key " + k
                    + " has no field: add \"public static String " + k + ";\" to " + where + ", or delete the key if no code uses it"));
            Set<String> used = new TreeSet<>();
            Matcher use = MESSAGE_USE.matcher(users);
            while (use.find()) {
                used.add(use.group(1));
            }
            fields.stream().filter(f -> !used.contains(f)).forEach(f -> problems.add(where + ": field " + f + " is used nowhere in "
                    + bundle.name() + ": delete it and its key in " + file + ", or use it where its text is shown"));
            used.stream().filter(u -> !fields.contains(u) && !u.equals("class"))
                    .forEach(u -> problems.add(bundle.name() + " uses Messages." + u + ", which " + where + " does not declare"));
            problems.addAll(wellFormed(file, texts));
        }
        assertNone(problems, "Each UI bundle's Messages class and its messages.properties must declare the same keys, and the"
                + " bundle must use every one:");
    }

    @Test
    void everyKeyThePluginXmlUsesIsInPluginProperties() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Manifests.Bundle bundle : uiBundles) {
            Path pluginXml = bundle.folder().resolve("plugin.xml");
            if (!Files.isRegularFile(pluginXml)) {
                continue;
            }
            Set<String> used = new TreeSet<>();
            visit(parse(pluginXml), (element, attribute, value) -> {
                if (value.startsWith("%") && !value.startsWith("%%")) {
                    used.add(value.substring(1).split("\\s", 2)[0]);
                }
            });
            String manifest = Files.readString(bundle.folder().resolve("META-INF/MANIFEST.MF"));
            Matcher inManifest = Pattern.compile(":\\s*%([\\w.-]+)").matcher(manifest);
            Set<String> usedByManifest = new TreeSet<>();
            while (inManifest.find()) {
                usedByManifest.add(inManifest.group(1));
            }
            if (used.isEmpty() && usedByManifest.isEmpty()) {
                continue;
            }
            String name = bundle.name();
            if (!Pattern.compile("(?m)^Bundle-Localization:\\s*plugin\\s*$").matcher(manifest).find()) {
                problems.add(name + "/META-INF/MANIFEST.MF: add the header \"Bundle-Localization: plugin\" (plugin.xml uses %keys)");
            }
            Path buildProperties = bundle.folder().resolve("build.properties");
            if (!Pattern.compile("bin\\.includes\\s*=(?:[^\\n]*\\\\\\n)*[^\\n]*\\bplugin\\.properties\\b")
                    .matcher(Files.readString(buildProperties)).find()) {
                problems.add(name + "/build.properties: add plugin.properties to bin.includes, else the %keys show as keys");
            }
            Path pluginProperties = bundle.folder().resolve("plugin.properties");
            if (!Files.isRegularFile(pluginProperties)) {
                problems.add(name + "/plugin.properties does not exist: create it with the keys " + used);
                continue;
            }
            Properties texts = load(pluginProperties, problems);
            used.stream().filter(k -> texts.getProperty(k) == null)
                    .forEach(k -> problems.add(name + "/plugin.xml uses %" + k + ": add \"" + k + " = ...\" to " + name + "/plugin.properties"));
            usedByManifest.stream().filter(k -> texts.getProperty(k) == null).forEach(k -> problems.add(
                    name + "/META-INF/MANIFEST.MF uses %" + k + ": add \"" + k + " = ...\" to " + name + "/plugin.properties"));
            texts.stringPropertyNames().stream().filter(k -> !used.contains(k) && !usedByManifest.contains(k)).sorted()
                    .forEach(k -> problems.add(name + "/plugin.properties: key " + k + " is used neither by plugin.xml nor by the"
                            + " MANIFEST: delete it, or write %" + k + " where its text is shown"));
            problems.addAll(wellFormed(name + "/plugin.properties", texts));
        }
        assertNone(problems, "The %keys of plugin.xml and META-INF/MANIFEST.MF must be the keys of plugin.properties, and"
                + " plugin.properties must reach the jar:");
    }

    @Test
    void theTextsOfEveryPluginXmlAreKeys() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Manifests.Bundle bundle : uiBundles) {
            Path pluginXml = bundle.folder().resolve("plugin.xml");
            if (!Files.isRegularFile(pluginXml)) {
                continue;
            }
            visit(parse(pluginXml), (element, attribute, value) -> {
                boolean text = attribute == null ? element.getTagName().equals("description")
                        : TEXT_ATTRIBUTES.contains(attribute) && !ID_ATTRIBUTES.contains(element.getTagName());
                if (text && !value.isBlank() && !value.startsWith("%")) {
                    Element owner = attribute == null && element.getParentNode() instanceof Element parent ? parent : element;
                    String where = "<" + owner.getTagName() + (idOf(owner).isEmpty() ? "" : " " + idOf(owner)) + ">";
                    String what = attribute == null ? "the text of its <description>" : attribute + "=\"" + value + "\"";
                    String key = suggestedKey(owner, attribute);
                    problems.add(bundle.name() + "/plugin.xml, " + where + ": " + what + " is shown to users: write %" + key
                            + " there instead, and add \"" + key + " = " + value.strip().replaceAll("\\s+", " ") + "\" to "
                            + bundle.name() + "/plugin.properties");
                }
            });
        }
        assertNone(problems, "What plugin.xml shows to users (name, label, tooltip, description) must be a %key of"
                + " plugin.properties, so that it can be translated:");
    }

    private static void assertNone(List<String> problems, String heading) {
        if (!problems.isEmpty()) {
            fail(heading + "\n  " + String.join("\n  ", problems));
        }
    }

    // --- Java sources

    private static List<Path> javaSources(Manifests.Bundle bundle) throws IOException {
        Path src = bundle.folder().resolve("src");
        if (!Files.isDirectory(src)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(src)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    /**
     * The string literals and text blocks of a Java source, outside comments and character literals, in order.
     * Unicode escapes are resolved as in a string (the sources write them only inside literals).
     */
    static List<Literal> literals(String source) {
        List<Literal> literals = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (source.startsWith("//", i)) {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(source, i, end);
                i = end;
            } else if (c == '\'') {
                i++;
                while (i < n && source.charAt(i) != '\'' && source.charAt(i) != '\n') {
                    i += source.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
            } else if (source.startsWith("\"\"\"", i)) {
                int start = line;
                int from = source.indexOf('\n', i + 3) + 1;
                int end = from;
                while (end < n && !(source.startsWith("\"\"\"", end) && !escaped(source, end))) {
                    end++;
                }
                line += count(source, i, Math.min(end, n));
                literals.add(new Literal(start, line, unescape(textBlock(source.substring(from, Math.min(end, n))))));
                i = end + 3;
            } else if (c == '"') {
                StringBuilder raw = new StringBuilder();
                i++;
                while (i < n && source.charAt(i) != '"' && source.charAt(i) != '\n') {
                    if (source.charAt(i) == '\\' && i + 1 < n) {
                        raw.append(source.charAt(i++));
                    }
                    raw.append(source.charAt(i++));
                }
                i++;
                literals.add(new Literal(line, line, unescape(raw.toString())));
            } else {
                i++;
            }
        }
        return literals;
    }

    private static boolean escaped(String source, int at) {
        int backslashes = 0;
        while (at - 1 - backslashes >= 0 && source.charAt(at - 1 - backslashes) == '\\') {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static int count(String source, int from, int to) {
        int lines = 0;
        for (int i = from; i < to; i++) {
            if (source.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    /** A text block's content without the indentation its closing delimiter's column or least indented line sets. */
    private static String textBlock(String content) {
        return content.stripIndent();
    }

    private static String unescape(String raw) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\\' || i + 1 == raw.length()) {
                text.append(c);
                continue;
            }
            char next = raw.charAt(++i);
            switch (next) {
                case 'n' -> text.append('\n');
                case 't' -> text.append('\t');
                case 'r' -> text.append('\r');
                case 's' -> text.append(' ');
                case 'b', 'f', '\n' -> { }
                case 'u' -> {
                    while (i + 1 < raw.length() && raw.charAt(i + 1) == 'u') {
                        i++;
                    }
                    if (i + 4 < raw.length() && raw.substring(i + 1, i + 5).matches("[0-9a-fA-F]{4}")) {
                        text.append((char) Integer.parseInt(raw.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                }
                default -> {
                    if (next >= '0' && next <= '7') {
                        int end = i;
                        while (end + 1 < raw.length() && end - i < 2 && raw.charAt(end + 1) >= '0' && raw.charAt(end + 1) <= '7') {
                            end++;
                        }
                        text.append((char) Integer.parseInt(raw.substring(i, end + 1), 8));
                        i = end;
                    } else {
                        text.append(next);
                    }
                }
            }
        }
        return text.toString();
    }

    /**
     * Whether a literal reads like words for a user: it has a letter (outside format conversions such as
     * {@code %d}) and either whitespace (words, or a piece of a sentence such as {@code " in "}), or begins like a
     * capitalised word ({@code "Delete"}), or ends like a label or an action ({@code ":"}, {@code "..."}, an
     * ellipsis). Mnemonic markers ({@code "&Delete"}) do not hide a word. Single lower-case words, dotted ids, paths and format patterns pass.
     */
    static boolean looksUserVisible(String literal) {
        String words = FORMAT.matcher(literal).replaceAll("").replace("&", "");
        if (words.codePoints().noneMatch(Character::isLetter)) {
            return false;
        }
        String stripped = words.strip();
        return words.codePoints().anyMatch(Character::isWhitespace)
                || stripped.length() > 1 && Character.isUpperCase(stripped.charAt(0)) && Character.isLowerCase(stripped.charAt(1))
                || stripped.endsWith("\u2026") || stripped.endsWith("...") || stripped.endsWith(":");
    }

    private static boolean marked(String[] lines, Literal literal) {
        for (int line = literal.line(); line <= literal.endLine(); line++) {
            if (line - 1 < lines.length && MARKER.matcher(lines[line - 1]).find()) {
                return true;
            }
        }
        return false;
    }

    private static String shown(String text) {
        String escaped = text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\"", "\\\"");
        return escaped.length() > 100 ? escaped.substring(0, 97) + "..." : escaped;
    }

    // --- properties

    private static Properties load(Path file, List<String> problems) throws IOException {
        String text = Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
        for (int i = 0, line = 1; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            } else if (text.charAt(i) > 127) {
                problems.add(Manifests.ROOT.relativize(file) + ":" + line + ": a character that is not ASCII: write it as \\uXXXX"
                        + " (properties files are read as ISO-8859-1 by some readers and UTF-8 by others)");
                break;
            }
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        }
        return properties;
    }

    /**
     * Quotes as NLS.bind reads them: in a text with {0}-style placeholders a single quote starts a quoted section, so an
     * apostrophe is written ''; a text without placeholders is shown as written, so '' would show two quotes.
     */
    private static List<String> wellFormed(String file, Properties texts) {
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(texts.stringPropertyNames())) {
            String value = texts.getProperty(key);
            boolean bound = PLACEHOLDER.matcher(value).find();
            if (bound && value.replace("''", "").contains("'")) {
                problems.add(file + ": " + key + " has placeholders, so NLS.bind reads a single quote as the start of a quoted"
                        + " section: write '' for each apostrophe or quote");
            } else if (!bound && value.contains("''")) {
                problems.add(file + ": " + key + " has no placeholders and is shown as written: write ' instead of ''");
            }
            if (bound && value.replaceAll("\\{\\d+\\}", "").contains("{")) {
                problems.add(file + ": " + key + " has a brace that is no placeholder {n}; NLS.bind cannot show it");
            }
        }
        return problems;
    }

    // --- plugin.xml

    private interface Visitor {
        /** An attribute of an element, or the element's own text when {@code attribute} is null. */
        void value(Element element, String attribute, String value);
    }

    private static Element parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
    }

    private static void visit(Element element, Visitor visitor) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            visitor.value(element, attribute.getName(), attribute.getValue());
        }
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            } else if (child instanceof Element nested) {
                visit(nested, visitor);
            }
        }
        if (!text.toString().isBlank()) {
            visitor.value(element, null, text.toString().strip());
        }
    }

    private static String idOf(Element element) {
        return element.getAttribute("id").isEmpty() ? element.getAttribute("commandId") : element.getAttribute("id");
    }

    /** A key as the plugin.properties here name them: the id's last segment and the element, e.g. modelExplorerView. */
    private static String suggestedKey(Element owner, String attribute) {
        String id = idOf(owner);
        String key = id.substring(id.lastIndexOf('.') + 1) + capitalised(owner.getTagName())
                + (attribute == null ? "Description" : attribute.equals("name") || attribute.equals("label") ? "" : capitalised(attribute));
        return Character.toLowerCase(key.charAt(0)) + key.substring(1);
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
