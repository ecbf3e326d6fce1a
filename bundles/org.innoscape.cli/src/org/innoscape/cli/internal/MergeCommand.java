package org.innoscape.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.innoscape.compare.merge.MergeConflict;
import org.innoscape.compare.merge.MergeResult;
import org.innoscape.compare.merge.ModelMerge;
import org.innoscape.compare.merge.Preference;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.persistence.ModelLock;
import org.innoscape.model.persistence.ModelStore;
import org.innoscape.cli.Command;
import org.innoscape.cli.Console;
import org.innoscape.cli.ExitCode;
import org.innoscape.cli.ModelInput;
import org.innoscape.cli.UsageException;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** {@code innoscape merge BASE OURS THEIRS --output MERGED}: a three-way merge by element id. */
@picocli.CommandLine.Command(name = "merge", description = {
        "merge two edited copies of a model with their common base (also a Git merge driver)",
        "",
        "Merges by element id. A change made on one side only is taken; lists (owners, stages, sources...) merge as sets. "
                + "Conflicts: the same attribute or single reference changed differently on both sides; an element deleted "
                + "on one side and changed on the other; an element added inside one that the other side deleted. Each is "
                + "listed in the report (standard output). Without --prefer, MERGED holds our side of every conflict and the "
                + "exit code is 1; --prefer ours or --prefer theirs settles them all that way (exit 0). MERGED may be OURS "
                + "itself (as for Git); it is written atomically and always loads.",
        "",
        "As a Git merge driver (see README, \"Compare and merge\"):",
        "  .gitattributes:  *.innoscape merge=innoscape",
        "  git config merge.innoscape.driver \"innoscape merge %%O %%A %%B --output %%A\"" },
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
                "0:merged",
                "1:merged with unsettled conflicts",
                "2:usage or input error (nothing written)",
                "3:internal error (the message names the diagnostic file)",
                "4:MERGED could not be written" })
public final class MergeCommand implements Command {

    @Parameters(arity = "3", paramLabel = "MODEL", description = "BASE, OURS and THEIRS")
    private List<Path> models = new ArrayList<>();

    @Option(names = { "-o", "--output" }, required = true, paramLabel = "MERGED", description = "the merged model (may be OURS)")
    private Path merged;

    @Option(names = "--prefer", paramLabel = "SIDE", converter = Sides.class, completionCandidates = Sides.class,
            description = "ours or theirs: settle every conflict that way")
    private Preference preference = Preference.NONE;

    @Option(names = "--report", paramLabel = "FORMAT", converter = ReportFormats.class, completionCandidates = ReportFormats.class,
            description = "text (default) or json")
    private String report = "text";

    @Override
    public int run(Console console) throws UsageException {
        if (OutputFile.isStdout(merged.toString())) {
            throw new UsageException("--output needs a file: the merged model is written atomically, not to standard output");
        }
        if (models.size() != 3) {
            // picocli takes a second group of three: merging only the first would leave the others' edits out without a word.
            throw new UsageException("expected three models, BASE OURS THEIRS; got " + models.size());
        }
        for (Path model : models) {
            ModelInput.requireFile(model);
        }
        // Writing over OURS is what Git asks of a merge driver; BASE and THEIRS stay untouched.
        OutputFile.check(merged, List.of(models.get(0), models.get(2)), false, false);
        List<InnovationSystem> loaded = new ArrayList<>();
        for (Path model : models) {
            loaded.add(ModelInput.load(model.toString(), console));
        }
        boolean json = report.equals("json");
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

    /** {@code --prefer}: ours or theirs. */
    static final class Sides implements ITypeConverter<Preference>, Iterable<String> {
        @Override
        public Preference convert(String side) {
            return switch (side) {
                case "ours" -> Preference.OURS;
                case "theirs" -> Preference.THEIRS;
                default -> throw new TypeConversionException("--prefer takes ours or theirs, not '" + side + "'");
            };
        }

        @Override
        public Iterator<String> iterator() {
            return List.of("ours", "theirs").iterator();
        }
    }

    /** {@code --report}: text or json. */
    static final class ReportFormats implements ITypeConverter<String>, Iterable<String> {
        @Override
        public String convert(String format) {
            if (!format.equals("text") && !format.equals("json")) {
                throw new TypeConversionException("--report takes text or json, not '" + format + "'");
            }
            return format;
        }

        @Override
        public Iterator<String> iterator() {
            return List.of("text", "json").iterator();
        }
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
