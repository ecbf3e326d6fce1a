package org.innoscape.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/**
 * Mutates a model file's text the way a hand edit, a bad merge or an attacker would: attribute values
 * replaced (escaped or raw), element and attribute names changed, lines dropped or repeated. The
 * fuzzer chooses every mutation, so the corpus steers towards the model's own checks.
 */
final class ModelMutations {
    private static final Pattern ATTRIBUTE_VALUE = Pattern.compile("=\"([^\"]*)\"");
    private static final Pattern NAME = Pattern.compile("(?<=[<\\s/])[A-Za-z:]+(?=[\\s=>/])");

    private ModelMutations() {
    }

    static String mutate(String model, FuzzedDataProvider data) {
        String text = model;
        int mutations = data.consumeInt(1, 4);
        for (int i = 0; i < mutations && data.remainingBytes() > 0; i++) {
            text = switch (data.consumeInt(0, 3)) {
                case 0 -> replaceOne(text, ATTRIBUTE_VALUE, data, value(data));
                case 1 -> replaceOne(text, NAME, data, data.consumeAsciiString(12));
                case 2 -> dropLine(text, data);
                default -> repeatLine(text, data);
            };
        }
        return text;
    }

    /** A fuzzed value, usually escaped as the product would write it, sometimes raw. */
    private static String value(FuzzedDataProvider data) {
        boolean raw = data.consumeBoolean();
        String value = data.consumeString(80);
        if (raw) {
            return "=\"" + value + "\"";
        }
        return "=\"" + value.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;") + "\"";
    }

    private static String replaceOne(String text, Pattern pattern, FuzzedDataProvider data, String replacement) {
        List<int[]> spans = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            spans.add(new int[] {matcher.start(), matcher.end()});
        }
        if (spans.isEmpty()) {
            return text;
        }
        int[] span = spans.get(data.consumeInt(0, spans.size() - 1));
        return text.substring(0, span[0]) + replacement + text.substring(span[1]);
    }

    private static String dropLine(String text, FuzzedDataProvider data) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        lines.remove(data.consumeInt(0, lines.size() - 1));
        return String.join("\n", lines);
    }

    private static String repeatLine(String text, FuzzedDataProvider data) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int line = data.consumeInt(0, lines.size() - 1);
        lines.add(data.consumeInt(0, lines.size()), lines.get(line));
        return String.join("\n", lines);
    }
}
