package org.innoscape.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.innoscape.compare.merge.MergeConflict;
import org.innoscape.compare.merge.MergeResult;
import org.innoscape.compare.merge.ModelMerge;
import org.innoscape.compare.merge.Preference;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.persistence.ModelLoadException;
import org.innoscape.model.persistence.ModelLock;
import org.innoscape.model.persistence.ModelStore;
import org.innoscape.cli.Command;
import org.innoscape.cli.Console;
import org.innoscape.cli.ExitCode;
import org.innoscape.cli.UsageException;

/** {@code innoscape merge BASE OURS THEIRS --output MERGED}: a three-way merge by element id. */
public final class MergeCommand implements Command {

    @Override
    public String name() {
        return "merge";
    }

    @Override
    public String summary() {
        return "merge two edited copies of a model with their common base (also a Git merge driver)";
    }

    @Override
    public String usage() {
        return """
                Usage: innoscape merge BASE OURS THEIRS --output MERGED [--prefer ours|theirs] [--report text|json]

                Merges by element id. A change made on one side only is taken; lists (owners, stages,
                sources...) merge as sets. Conflicts: the same attribute or single reference changed
                differently on both sides; an element deleted on one side and changed on the other; an
                element added inside one that the other side deleted. Each is listed in the report
                (standard output). Without --prefer, MERGED holds our side of every conflict and the exit
                code is 1; --prefer ours or --prefer theirs settles them all that way (exit 0).
                MERGED may be OURS itself (as for Git); it is written atomically and always loads.

                As a Git merge driver (see README, "Compare and merge"):
                  .gitattributes:  *.innoscape merge=innoscape
                  git config merge.innoscape.driver "innoscape merge %O %A %B --output %A"

                Exit codes: 0 merged, 1 merged with unsettled conflicts, 2 usage or input error (nothing
                written), 4 MERGED could not be written.
                """;
    }

    @Override
    public int run(List<String> arguments, Console console) throws UsageException {
        List<Path> models = new ArrayList<>();
        String output = null;
        Preference preference = Preference.NONE;
        boolean json = false;
        Arguments args = new Arguments(arguments);
        while (args.hasNext()) {
            String argument = args.next();
            switch (argument) {
                case "--output", "-o" -> output = args.value(argument);
                case "--prefer" -> {
                    String side = args.value(argument);
                    preference = switch (side) {
                        case "ours" -> Preference.OURS;
                        case "theirs" -> Preference.THEIRS;
                        default -> throw new UsageException("--prefer takes ours or theirs, not '" + side + "'");
                    };
                }
                case "--report" -> {
                    String format = args.value(argument);
                    if (!format.equals("text") && !format.equals("json")) {
                        throw new UsageException("--report takes text or json, not '" + format + "'");
                    }
                    json = format.equals("json");
                }
                default -> {
                    if (argument.startsWith("-")) {
                        throw new UsageException("unexpected option '" + argument + "'");
                    }
                    models.add(Path.of(argument));
                }
            }
        }
        if (models.size() != 3 || output == null) {
            throw new UsageException("expected BASE OURS THEIRS --output MERGED");
        }
        if (OutputFile.isStdout(output)) {
            throw new UsageException("--output needs a file: the merged model is written atomically, not to standard output");
        }
        for (Path model : models) {
            if (!Files.isRegularFile(model)) {
                throw new UsageException("no such file: " + model);
            }
        }
        Path merged = Path.of(output);
        // Writing over OURS is what Git asks of a merge driver; BASE and THEIRS stay untouched.
        OutputFile.check(merged, List.of(models.get(0), models.get(2)), false, false);
        List<InnovationSystem> loaded = new ArrayList<>();
        for (Path model : models) {
            try {
                loaded.add(new ModelStore().load(model));
            } catch (ModelLoadException e) {
                console.err().println(e.getMessage());
                return ExitCode.USAGE_OR_INPUT_ERROR;
            }
        }
        MergeResult result = ModelMerge.merge(loaded.get(0), loaded.get(1), loaded.get(2), preference);
        Path lockFile = ModelLock.lockFileOf(merged.toAbsolutePath());
        boolean lockFileExisted = Files.exists(lockFile);
        try {
            new ModelStore().save(result.merged(), merged.toAbsolutePath());
            // Git merges into a temporary file beside the model: leave no lock file of ours behind it.
            if (!lockFileExisted) {
                Files.deleteIfExists(lockFile);
            }
        } catch (IOException e) {
            console.err().println("innoscape merge: cannot write " + merged + ": " + e.getMessage());
            return ExitCode.RESOURCES;
        }
        if (json) {
            console.out().println(json(result, merged));
        } else {
            text(result, merged, console);
        }
        return result.hasUnsettledConflicts() ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private static void text(MergeResult result, Path merged, Console console) {
        long unsettled = result.conflicts().stream().filter(c -> c.settled() == null).count();
        console.out().printf("Merged into %s: %d changes taken from theirs, %d conflicts (%d unsettled).%n", merged,
                result.appliedFromTheirs(), result.conflicts().size(), unsettled);
        for (MergeConflict conflict : result.conflicts()) {
            console.out().println((conflict.settled() == null ? "  CONFLICT " : "  settled  ") + conflict.sentence());
        }
        if (unsettled > 0) {
            console.out().println("Our side is kept for each unsettled conflict. Edit the merged model, or run again with "
                    + "--prefer ours or --prefer theirs.");
        }
    }

    private static String json(MergeResult result, Path merged) {
        JsonObject root = new JsonObject();
        root.addProperty("merged", merged.toString());
        root.addProperty("appliedFromTheirs", result.appliedFromTheirs());
        JsonArray conflicts = new JsonArray();
        for (MergeConflict conflict : result.conflicts()) {
            JsonObject c = new JsonObject();
            c.addProperty("element", conflict.elementId());
            c.addProperty("label", conflict.label());
            c.addProperty("feature", conflict.feature());
            c.addProperty("ours", conflict.ours());
            c.addProperty("theirs", conflict.theirs());
            c.addProperty("settled", conflict.settled());
            c.addProperty("text", conflict.sentence());
            conflicts.add(c);
        }
        root.add("conflicts", conflicts);
        root.addProperty("unsettled", result.hasUnsettledConflicts());
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(root);
    }
}
