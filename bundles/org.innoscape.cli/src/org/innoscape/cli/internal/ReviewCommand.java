package org.innoscape.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.innoscape.analysis.duplication.ReviewFingerprint;
import org.innoscape.model.DuplicateReview;
import org.innoscape.model.InnoscapeFactory;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.ReviewVerdict;
import org.innoscape.model.persistence.ModelStore;
import org.innoscape.model.values.Wording;
import org.innoscape.cli.Command;
import org.innoscape.cli.Console;
import org.innoscape.cli.ExitCode;
import org.innoscape.cli.ModelInput;
import org.innoscape.cli.UsageException;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code innoscape review MODEL --not-duplicate A B}: records that an analyst reviewed a reported pair
 * and found it is not a duplicate, so the duplication check stops reporting it until either changes.
 */
@picocli.CommandLine.Command(name = "review", description = {
        "mark a reported pair of initiatives 'reviewed - not a duplicate'",
        "",
        "Records in MODEL that the two initiatives were reviewed and are not duplicates. The duplication analysis then "
                + "leaves the pair out until either initiative changes. The model is saved in place (atomically)." },
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
                "0:recorded (or listed)",
                "2:usage or input error, or the model is being changed by another Innoscape (nothing changed)",
                "3:internal error (the message names the diagnostic file)",
                "4:out of memory" })
public final class ReviewCommand implements Command {

    @Parameters(paramLabel = "MODEL", description = "the model (saved in place, atomically)")
    private Path model;

    @Option(names = "--not-duplicate", arity = "2", paramLabel = "INITIATIVE",
            description = "the two initiatives (each by id, register id or exact name) reviewed as not duplicates")
    private List<String> pair = new ArrayList<>();

    @Option(names = "--reviewer", paramLabel = "NAME", description = "who reviewed (default: the user name)")
    private String reviewer;

    @Option(names = "--note", paramLabel = "TEXT", description = "why they are not duplicates")
    private String note;

    @Option(names = "--list", description = "list the reviews and whether each still applies")
    private boolean list;

    @Override
    public int run(Console console) throws UsageException {
        if (pair.isEmpty() && !list) {
            throw new UsageException("expected MODEL and --not-duplicate A B, or --list");
        }
        if (!pair.isEmpty() && list) {
            // --list only reads: the pair would be left unrecorded without a word.
            throw new UsageException("--list and --not-duplicate are two uses; give one (record the pair, then list)");
        }
        ModelInput.requireFile(model);
        String by = reviewer == null ? System.getProperty("user.name") : reviewer;
        requireStorable("--reviewer", by);
        requireStorable("--note", note);
        return WithModelLock.run("review", model, console, () -> reviewLocked(model, pair, by, note, list, console));
    }

    /** A text the model file can hold (XML 1.0: no control characters but tab and line breaks), said as usage before anything is read. */
    private static void requireStorable(String option, String text) throws UsageException {
        int bad = text == null ? -1 : org.innoscape.model.values.XmlCharacters.firstForbidden(text);
        if (bad >= 0) {
            throw new UsageException(String.format(java.util.Locale.ROOT,
                    "%s holds the control character U+%04X at position %d; a model file cannot hold it (only tab and line breaks are allowed)",
                    option, (int) text.charAt(bad), bad + 1));
        }
    }

    /** Reads, records and saves while this process is the model's only writer. */
    private int reviewLocked(Path model, List<String> pair, String reviewer, String note, boolean list, Console console)
            throws UsageException {
        ModelStore store = new ModelStore();
        InnovationSystem system = ModelInput.load(model.toString(), console);
        if (list) {
            for (DuplicateReview review : system.getDuplicateReviews()) {
                boolean current = review.getFirst() != null && review.getSecond() != null
                        && ReviewFingerprint.of(review.getFirst(), review.getSecond()).equals(review.getFingerprint());
                console.out().printf("%s / %s: %s by %s on %s%s%n", name(review.getFirst()), name(review.getSecond()),
                        Wording.of(review.getVerdict()), review.getReviewer(), review.getDate(),
                        current ? "" : " (lapsed: an initiative changed since)");
            }
            return ExitCode.OK;
        }
        PolicyInitiative first = find(system, pair.get(0));
        PolicyInitiative second = find(system, pair.get(1));
        if (first == second) {
            throw new UsageException("the two initiatives are the same");
        }
        DuplicateReview review = system.getDuplicateReviews().stream()
                .filter(r -> (r.getFirst() == first && r.getSecond() == second) || (r.getFirst() == second && r.getSecond() == first))
                .findFirst().orElseGet(() -> {
                    DuplicateReview created = InnoscapeFactory.eINSTANCE.createDuplicateReview();
                    system.getDuplicateReviews().add(created);
                    return created;
                });
        review.setFirst(first);
        review.setSecond(second);
        review.setVerdict(ReviewVerdict.NOT_DUPLICATE);
        review.setFingerprint(ReviewFingerprint.of(first, second));
        review.setReviewer(reviewer);
        review.setDate(LocalDate.now().toString());
        review.setNote(note);
        try {
            store.save(system, model);
        } catch (IOException e) {
            console.err().println("innoscape review: cannot save " + model + " (it is unchanged): " + e.getMessage());
            return ExitCode.USAGE_OR_INPUT_ERROR;
        }
        console.out().println("Recorded: '" + first.getName() + "' and '" + second.getName() + "' are not duplicates.");
        return ExitCode.OK;
    }

    private static PolicyInitiative find(InnovationSystem system, String idOrName) throws UsageException {
        List<PolicyInitiative> matches = system.getInitiatives().stream()
                .filter(i -> idOrName.equals(i.getId()) || idOrName.equals(i.getExternalId())).toList();
        if (matches.isEmpty()) {
            matches = system.getInitiatives().stream().filter(i -> idOrName.equals(i.getName())).toList();
        }
        if (matches.isEmpty()) {
            throw new UsageException("no initiative with the id, register id or name '" + idOrName + "'");
        }
        if (matches.size() > 1) {
            throw new UsageException(matches.size() + " initiatives are called '" + idOrName + "'; give the id instead");
        }
        return matches.get(0);
    }

    private static String name(PolicyInitiative initiative) {
        return initiative == null ? "(missing)" : initiative.getName();
    }

}
