package org.innoscape.analysis.duplication;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.innoscape.analysis.Analysis;
import org.innoscape.analysis.AnalysisContext;
import org.innoscape.analysis.AnalysisDescriptor;
import org.innoscape.analysis.Finding;
import org.innoscape.analysis.ParameterDefinition;
import org.innoscape.analysis.Parameters;
import org.innoscape.analysis.Severity;
import org.innoscape.analysis.duplication.core.DetectionParameters;
import org.innoscape.analysis.duplication.core.DetectionSettings;
import org.innoscape.analysis.duplication.core.InitiativeRecord;
import org.innoscape.analysis.duplication.core.LinkedGroups;
import org.innoscape.analysis.duplication.core.OverlapClass;
import org.innoscape.analysis.duplication.core.PairScore;
import org.innoscape.analysis.duplication.core.ScoringWeights;
import org.innoscape.analysis.duplication.core.TwoDecimals;
import org.innoscape.model.Actor;
import org.innoscape.model.PolicyInitiative;

/**
 * Which initiatives do the same thing, for the same people? Reports pairs as duplication (warning)
 * or overlap (info) with a per-part breakdown, and groups of three or more linked initiatives, as
 * fragmentation when several bodies run them. Pairs an analyst reviewed as "not a duplicate" stay
 * quiet until either initiative changes. It never changes the model.
 */
public class DuplicationAnalysis implements Analysis {
    static final AnalysisDescriptor DESCRIPTOR = new AnalysisDescriptor("duplication.initiatives", "Duplication and overlap",
            "Finds initiatives with similar names, descriptions, stages, drivers, target groups, activities, funding recipients, "
                    + "focus, instrument type and dates, and classes them with the US GAO's terms (fragmentation, overlap, "
                    + "duplication). The mapping notes 'the sheer number of programmes' and a patchwork that 'doesn't "
                    + "necessarily reflect an intentional design' (B, Getting the balance right); the report asks policy "
                    + "designers 'to avoid needless duplication' (R Box 7, Rec 18).",
            "Duplication", Severity.WARNING,
            parameters());;

    /** The detector's parameters (the shared core's one list) as the analysis framework describes them. */
    private static List<ParameterDefinition> parameters() {
        return DetectionParameters.ALL.stream().map(d -> switch (d.kind()) {
            case INTEGER -> ParameterDefinition.integer(d.key(), d.label(), (Integer) d.defaultValue(), (int) d.min(), (int) d.max(),
                    d.description());
            case DECIMAL -> ParameterDefinition.decimal(d.key(), d.label(), (Double) d.defaultValue(), d.min(), d.max(), d.description());
            case CHOICE -> ParameterDefinition.choice(d.key(), d.label(), (String) d.defaultValue(), d.choices(), d.description());
        }).toList();
    }

    /** The detector's settings of the parameters an analysis was given. */
    static DetectionSettings settings(Parameters parameters) {
        Map<String, String> values = new java.util.HashMap<>();
        DetectionParameters.ALL.forEach(d -> values.put(d.key(), String.valueOf(parameters.get(d.key()))));
        return DetectionSettings.of(values);
    }

    private final DetectionWork work;

    /** The analysis as the registry makes it: all work on this machine. */
    public DuplicationAnalysis() {
        this(DetectionWork.ON_THIS_MACHINE);
    }

    /** The same analysis with its embedding and scoring done where {@code work} puts them (the Spark engine). */
    public DuplicationAnalysis(DetectionWork work) {
        this.work = work;
    }

    @Override
    public AnalysisDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> run(AnalysisContext context) {
        DetectionSettings settings = settings(context.parameters());
        DuplicateDetector.Detection detection = new DuplicateDetector(settings, work).detectCounting(context.model().getInitiatives(),
                context.modelFile().orElse(null), context.monitor());
        ReviewedPairs reviewed = ReviewedPairs.of(context.model().getDuplicateReviews());
        List<SimilarPair> reported = new ArrayList<>(reviewed.isEmpty() ? detection.pairs()
                : detection.pairs().stream().filter(p -> !reviewed.hides(p)).toList());
        // What needs every pair comes first; the pairs' findings, listed first, are made last.
        // Fragmentation is within one system: similar policies of different countries do not make a group.
        List<Finding> after = new ArrayList<>(clusterFindings(reported.stream().filter(p -> p.overlapClass() != OverlapClass.ELSEWHERE)
                .toList()));
        if (detection.candidatesSkipped() > 0) {
            after.add(skippedFinding(detection, settings, context.model().getInitiatives().size()));
        }
        if (detection.identicalCopies() > 0 && reported.stream().anyMatch(DuplicationAnalysis::linksCopies)) {
            after.add(copiesFinding(detection.identicalCopies()));
        }
        if (detection.meaningNote() != null) {
            after.add(meaningFinding(detection.meaningNote()));
        }
        detection = null; // its pairs' scores can go as their findings are made: half a million at 100,000 rows
        Map<String, PolicyInitiative> named = lookAlikesNamed(reported, context.model().getInitiatives());
        List<Finding> findings = new ArrayList<>(reported.size() + after.size());
        for (int from = 0; from < reported.size(); from += FINDINGS_AT_ONCE) {
            int to = Math.min(reported.size(), from + FINDINGS_AT_ONCE);
            List<SimilarPair> block = reported.subList(from, to);
            // A pair's explanation is written as its finding is made, so these are made on every core, a block at a time.
            findings.addAll(block.parallelStream().map(pair -> pairFinding(pair, settings.weights(), named)).toList());
            block.replaceAll(pair -> null);
        }
        findings.addAll(after);
        return findings;
    }

    /** Pair findings made together: enough to keep the cores busy, few enough that their scores go soon after. */
    private static final int FINDINGS_AT_ONCE = 8192;

    /** How meaning was compared when it was not as asked, or that its cache could not be kept: said once, as information. */
    private static Finding meaningFinding(String note) {
        boolean wordsOnly = note.startsWith(SemanticVectors.NOT_USED);
        boolean tokenVectors = note.startsWith(SemanticVectors.BY_TOKEN_VECTORS);
        String explanation = wordsOnly || tokenVectors
                ? "Similarity of meaning finds paraphrases that share few words. The sentence model (all-MiniLM-L6-v2) reads each "
                        + "description as a whole; the token vectors distilled from it weigh its words' meanings without their order, "
                        + "a hundred times faster; without either, pairs are scored on the words they share and their attributes."
                : "Embeddings are cached beside the model file (.NAME.embeddings next to NAME.innoscape), keyed by a "
                        + "fingerprint of each text, so that a re-analysis embeds only what changed.";
        return Finding.of(DESCRIPTOR, note).severity(Severity.INFO).explanation(explanation)
                .fix(wordsOnly || tokenVectors
                        ? "Choose with --param duplication.initiatives.text=auto|semantic|token-vectors|lexical (and semantic-limit)."
                        : "Make the model's folder writable, or ignore: results are the same, only slower to compute.")
                .build();
    }

    /** Whether the pair is two copies of one initiative (a link of the chain the detector makes of copies). */
    private static boolean linksCopies(SimilarPair pair) {
        List<InitiativeRecord> records = InitiativeRecords.of(List.of(pair.first(), pair.second()));
        return records.get(0).withoutId().equals(records.get(1).withoutId());
    }

    /** Identical rows are said once, as information: their pairs and clusters are among the findings. */
    static Finding copiesFinding(int copies) {
        return Finding.of(DESCRIPTOR, String.format(Locale.ROOT, copies == 1 ? "%,d initiative is an identical copy of another"
                : "%,d initiatives are identical copies of others", copies))
                .severity(Severity.INFO)
                .explanation("Initiatives whose name, description and compared attributes are all the same (owners, budgets and "
                        + "status are not compared) are compared with the rest once, through the first of them, and each copy is paired "
                        + "with the next, with the class two copies earn: a register holding a row a thousand times gives a thousand "
                        + "pairs, not half a million.")
                .fix("Check whether each is one programme recorded twice (keep one) or several bodies' programmes described alike "
                        + "(keep them, and tell them apart in their descriptions).")
                .build();
    }

    /** Never silent: what the search limits left unscored is a finding of its own, in every report format. */
    static Finding skippedFinding(DuplicateDetector.Detection detection, DetectionSettings settings, int initiatives) {
        List<String> reasons = new ArrayList<>();
        if (detection.rankedOut() > 0) {
            reasons.add(String.format(Locale.ROOT, "%,d shared strong terms with an initiative but fewer than the max-candidates (%,d) "
                    + "that shared the most", detection.rankedOut(), settings.maxCandidates()));
        }
        if (detection.skippedBlocks() > 0) {
            reasons.add(String.format(Locale.ROOT, "up to %,d shared only pairs of terms too common to search (in more than max-block, "
                    + "%,d, initiatives)", detection.skippedBlocks(), settings.maxBlock()));
        }
        if (detection.skippedPostings() > 0) {
            reasons.add(String.format(Locale.ROOT, "up to %,d were in exact-index lists longer than max-posting (%,d)",
                    detection.skippedPostings(), settings.maxPosting()));
        }
        return Finding.of(DESCRIPTOR, String.format(Locale.ROOT, "%,d candidate pairs were scored; not scored: %s",
                detection.candidatesScored(), String.join("; ", reasons)))
                .severity(Severity.INFO)
                .explanation("Registers larger than exhaustive-limit are not compared pair by pair: each initiative is compared with "
                        + "those sharing two of its strongest terms, the ones sharing most first" + nearestCompared(settings, initiatives)
                        + ". Pairs left out by these limits are counted here; counts marked 'up to' are upper bounds, because many "
                        + "such pairs were found another way.")
                .fix("To compare more: raise duplication.initiatives.max-candidates or max-block, or set max-posting=100000000 to "
                        + "compare every pair reaching min-text (slower on large registers: see docs/performance.md).")
                .build();
    }

    /** ", and with its N nearest in meaning" (saying when N grew with the register), or nothing when meaning is not searched. */
    private static String nearestCompared(DetectionSettings settings, int initiatives) {
        int nearest = settings.neighboursFor(initiatives);
        if (!settings.usesMeaning() || nearest == 0) {
            return "";
        }
        return String.format(Locale.ROOT, ", and with its %d nearest in meaning%s", nearest, nearest == settings.neighbours() ? ""
                : String.format(Locale.ROOT, " (neighbours, %d, grown with the register's %,d initiatives: neighbours-grow)",
                        settings.neighbours(), initiatives));
    }

    /** The initiatives by their ids in the detector, when a pair's account names a closer look-alike by its id; else none. */
    private static Map<String, PolicyInitiative> lookAlikesNamed(List<SimilarPair> pairs, List<PolicyInitiative> initiatives) {
        if (pairs.stream().noneMatch(pair -> pair.score().closerLookAlike() != null)) {
            return Map.of();
        }
        Map<String, PolicyInitiative> byId = new HashMap<>();
        initiatives.forEach(initiative -> byId.putIfAbsent(String.valueOf(initiative.getId()), initiative));
        return byId;
    }

    /** A closer look-alike as the analyst knows it: its name and its id in the register. */
    private static String account(PairScore.Part part, PairScore score, Map<String, PolicyInitiative> named) {
        PolicyInitiative lookAlike = score.closerLookAlike() == null ? null : named.get(score.closerLookAlike());
        if (!part.field().equals("closest") || lookAlike == null) {
            return part.account();
        }
        String external = lookAlike.getExternalId() == null ? "" : " [" + lookAlike.getExternalId() + "]";
        return part.account().replace(score.closerLookAlike(), "'" + lookAlike.getName() + "'" + external);
    }

    private static Finding pairFinding(SimilarPair pair, ScoringWeights weights, Map<String, PolicyInitiative> named) {
        PairScore score = pair.score();
        String verb = switch (pair.overlapClass()) {
            case DUPLICATION -> "may duplicate";
            case ELSEWHERE -> "is similar to";
            default -> "overlaps with";
        };
        List<String> accounts = new ArrayList<>();
        score.parts().forEach(part -> accounts.add(account(part, score, named)));
        accounts.add(owners(pair.first(), pair.second()));
        // Concatenated, not formatted: a large register makes half a million of these.
        String total = TwoDecimals.of(score.total());
        String explanation = pair.overlapClass().label() + ", score " + total + ": " + String.join("; ", accounts) + ". Shared terms: "
                + String.join(", ", score.sharedTerms()) + ".";
        Finding.Builder finding = Finding.of(DESCRIPTOR, pair.first().getName() + " " + verb + " " + pair.second().getName() + " ("
                + pair.overlapClass().label() + ", score " + total + ")")
                .severity(pair.overlapClass() == OverlapClass.DUPLICATION ? Severity.WARNING : Severity.INFO)
                .subjects(List.of(pair.first(), pair.second()))
                .related(owners(pair))
                .explanation(explanation)
                .fix("Review the pair: merge or coordinate the initiatives, or mark the pair 'reviewed - not a duplicate'.");
        side(finding, "first", pair.first());
        side(finding, "second", pair.second());
        finding.data("class", pair.overlapClass().label()).data("score", round(score.total()));
        for (PairScore.Part part : score.parts()) {
            finding.data(part.field(), round(part.value())).data(part.field() + "_weight", weights.of(part.field()));
        }
        return finding.data("shared_terms", score.sharedTerms()).build();
    }

    /** The columns of one initiative of a pair in the pair table: ids, name and owners. */
    private static void side(Finding.Builder finding, String side, PolicyInitiative initiative) {
        finding.data(side + "_id", String.valueOf(initiative.getId()))
                .data(side + "_external_id", initiative.getExternalId() == null ? "" : initiative.getExternalId())
                .data(side + "_name", String.valueOf(initiative.getName()))
                .data(side + "_owners", names(initiative.getOwners()));
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static String owners(PolicyInitiative a, PolicyInitiative b) {
        if (a.getOwners().isEmpty() || b.getOwners().isEmpty()) {
            return "owner not stated for one of them";
        }
        boolean shared = a.getOwners().stream().anyMatch(b.getOwners()::contains);
        return shared ? "same owner" : "different owners (" + names(a.getOwners()) + " / " + names(b.getOwners()) + ")";
    }

    private static List<Actor> owners(SimilarPair pair) {
        List<Actor> owners = new ArrayList<>(pair.first().getOwners());
        pair.second().getOwners().stream().filter(o -> !owners.contains(o)).forEach(owners::add);
        return owners;
    }

    private static String names(List<Actor> actors) {
        return String.join(", ", actors.stream().map(Actor::getName).toList());
    }

    /** Groups of three or more initiatives linked by reported pairs. */
    private static List<Finding> clusterFindings(List<SimilarPair> pairs) {
        List<Finding> findings = new ArrayList<>();
        for (List<PolicyInitiative> group : LinkedGroups.of(pairs, SimilarPair::first, SimilarPair::second)) {
            List<PolicyInitiative> cluster = new ArrayList<>(group);
            if (cluster.size() < 3) {
                continue;
            }
            cluster.sort((x, y) -> String.valueOf(x.getName()).compareTo(String.valueOf(y.getName())));
            Set<Actor> owners = new java.util.LinkedHashSet<>();
            cluster.forEach(i -> owners.addAll(i.getOwners()));
            boolean fragmented = owners.size() >= 2;
            findings.add(Finding.of(DESCRIPTOR, cluster.size() + " similar initiatives" + (fragmented
                    ? " run by " + owners.size() + " different bodies (fragmentation)" : " (a cluster of overlaps)"))
                    .severity(Severity.INFO).subjects(cluster).related(List.copyOf(owners))
                    .explanation("These initiatives are linked by pairs above the reporting threshold: "
                            + String.join("; ", cluster.stream().map(PolicyInitiative::getName).toList())
                            + (fragmented ? ". Owners: " + names(List.copyOf(owners)) + "." : "."))
                    .fix(fragmented ? "Consider whether one body should coordinate this area." : null)
                    .build());
        }
        return findings;
    }

}
