package org.innoscape.cli.internal;

import java.util.List;
import org.innoscape.cli.UsageException;

/**
 * A command's arguments read one at a time, with a usage error naming an option that lacks its
 * value. ({@link InnoscapeCli} has already turned {@code --name=value} into {@code --name value}.)
 */
final class Arguments {

    private final List<String> words;
    private int next;

    Arguments(List<String> arguments) {
        words = List.copyOf(arguments);
    }

    boolean hasNext() {
        return next < words.size();
    }

    String next() {
        return words.get(next++);
    }

    /** The value of the option just read. */
    String value(String option) throws UsageException {
        return valueAt(words, next++, option);
    }

    /**
     * The value at {@code index} for {@code option}; an option in its place ("--format --output x")
     * means the value was forgotten. "-" (standard output) is a value.
     */
    static String valueAt(List<String> arguments, int index, String option) throws UsageException {
        if (index >= arguments.size() || arguments.get(index).startsWith("--") && !OutputFile.isStdout(arguments.get(index))) {
            throw new UsageException(option + " needs a value");
        }
        return arguments.get(index);
    }
}
