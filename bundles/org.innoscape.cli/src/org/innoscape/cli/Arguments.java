package org.innoscape.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A command's arguments read one at a time: {@code --name value} and {@code --name=value} both
 * work, and a missing value is a usage error naming the option.
 */
final class Arguments {

    private final List<String> words = new ArrayList<>();
    private int next;
    private String inlineValue;

    Arguments(List<String> arguments) {
        words.addAll(arguments);
    }

    boolean hasNext() {
        return next < words.size();
    }

    /** The next word; for {@code --name=value}, {@code --name} (the value is then {@link #value}'s). */
    String next() {
        String word = words.get(next++);
        inlineValue = null;
        int equals = word.indexOf('=');
        if (word.startsWith("--") && equals > 2) {
            inlineValue = word.substring(equals + 1);
            return word.substring(0, equals);
        }
        return word;
    }

    /** The value of the option just read. */
    String value(String option) throws UsageException {
        if (inlineValue != null) {
            String value = inlineValue;
            inlineValue = null;
            return value;
        }
        if (next >= words.size()) {
            throw new UsageException(option + " needs a value");
        }
        return words.get(next++);
    }

    /** Refuses {@code --flag=value} for an option that takes no value. */
    void noValue(String option) throws UsageException {
        if (inlineValue != null) {
            throw new UsageException(option + " takes no value");
        }
    }
}
