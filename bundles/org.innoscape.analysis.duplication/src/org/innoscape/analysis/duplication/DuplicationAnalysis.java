package org.innoscape.analysis.duplication;

import java.util.ArrayList;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.innoscape.analysis.Analysis;
import org.innoscape.analysis.AnalysisContext;
import org.innoscape.analysis.AnalysisDescriptor;
import org.innoscape.analysis.Finding;
import org.innoscape.analysis.ParameterDefinition;
import org.innoscape.analysis.Severity;
import org.innoscape.model.Actor;
import org.innoscape.model.DuplicateReview;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.ReviewVerdict;

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
            List.of(ParameterDefinition.decimal("threshold", "Report from score", 0.6, 0, 1, "Pairs scoring at least this are reported."),
                    ParameterDefinition.decimal("duplication-threshold", "Duplication from score", 0.75, 0, 1,
                            "Pairs scoring at least this, with the same beneficiaries and similar activities, are duplication."),
                    ParameterDefinition.decimal("min-text", "Minimum text similarity", 0.5, 0, 1,
                            "Pairs must also be at least this similar in name and description."),
                    ParameterDefinition.decimal("text-weight", "Weight: name and description", 0.5, 0, 10, "TF-IDF cosine of name and description."),
                    ParameterDefinition.decimal("stage-weight", "Weight: stages", 0.1, 0, 10, "Jaccard similarity of stages supported."),
                    ParameterDefinition.decimal("driver-weight", "Weight: drivers", 0.05, 0, 10, "Jaccard similarity of drivers addressed."),
                    ParameterDefinition.decimal("group-weight", "Weight: target groups", 0.1, 0, 10, "Jaccard similarity of target groups."),
                    ParameterDefinition.decimal("activity-weight", "Weight: activities", 0.1, 0, 10, "Jaccard similarity of activity types."),
                    ParameterDefinition.decimal("recipient-weight", "Weight: funding recipients", 0.05, 0, 10, "Same funding recipients."),
                    ParameterDefinition.decimal("focus-weight", "Weight: focus", 0.03, 0, 10, "Same clinical/non-clinical focus."),
                    ParameterDefinition.decimal("instrument-weight", "Weight: instrument type", 0.02, 0, 10, "Same STIP instrument type."),
                    ParameterDefinition.decimal("time-weight", "Weight: dates", 0.05, 0, 10, "Running at overlapping times."),
                    ParameterDefinition.integer("max-posting", "Longest index list searched", 300, 2, 10_000_000,
                            "Large registers: terms in more initiatives than this are not used to find candidates."),
                    ParameterDefinition.integer("exhaustive-limit", "Compare all pairs up to", 2000, 0, 1_000_000,
                            "Registers up to this size compare every pair; larger ones use an inverted index (exact above min-text).")));

    @Override
    public AnalysisDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> run(AnalysisContext context) {
        DetectionSettings settings = DetectionSettings.from(context.parameters());
        DuplicateDetector.Detection detection = new DuplicateDetector(settings).detectCounting(context.model().getInitiatives(),
                context.monitor());
        List<SimilarPair> pairs = detection.pairs();
        Set<String> reviewed = reviewedFingerprints(context.model().getDuplicateReviews());
        List<SimilarPair> reported = pairs.stream()
                .filter(p -> !reviewed.contains(ReviewFingerprint.of(p.first(), p.second()))).toList();
        List<Finding> findings = new ArrayList<>();
        for (SimilarPair pair : reported) {
            findings.add(pairFinding(pair));
        }
        findings.addAll(clusterFindings(reported));
        if (detection.candidatesSkipped() > 0) {
            findings.add(skippedFinding(detection, settings));
        }
        return findings;
    }

    /** Never silent: what a max-posting limit left unscored is a finding of its own, in every report format. */
    private static Finding skippedFinding(DuplicateDetector.Detection detection, DetectionSettings settings) {
        return Finding.of(DESCRIPTOR, String.format(Locale.ROOT, "Up to %,d candidate pairs were not scored because index lists longer than "
                + "max-posting (%,d) were not searched; %,d candidate pairs were scored", detection.candidatesSkipped(),
                settings.maxPosting(), detection.candidatesScored()))
                .severity(Severity.INFO)
                .explanation("Large registers are searched through an index of their terms; a term shared by more than max-posting "
                        + "initiatives is not searched, so pairs whose only distinctive terms in common are that common may be "
                        + "missed. The count is an upper bound: many of these pairs were found through other terms.")
                .fix("Run again with --param duplication.initiatives.max-posting=10000000 to search every list (slower on large "
                        + "registers: see docs/performance.md).")
                .build();
    }

    private static Set<String> reviewedFingerprints(List<DuplicateReview> reviews) {
        Set<String> fingerprints = new HashSet<>();
        for (DuplicateReview review : reviews) {
            if (review.getVerdict() == ReviewVerdict.NOT_DUPLICATE && review.getFirst() != null && review.getSecond() != null
                    && ReviewFingerprint.of(review.getFirst(), review.getSecond()).equals(review.getFingerprint())) {
                fingerprints.add(review.getFingerprint());
            }
        }
        return fingerprints;
    }

    private static Finding pairFinding(SimilarPair pair) {
        PairScore score = pair.score();
        String verb = pair.overlapClass() == OverlapClass.DUPLICATION ? "may duplicate" : "overlaps with";
        List<String> accounts = new ArrayList<>();
        score.parts().forEach(part -> accounts.add(part.account()));
        accounts.add(owners(pair.first(), pair.second()));
        String explanation = String.format(Locale.ROOT, "%s, score %.2f: %s. Shared terms: %s.", pair.overlapClass().label(),
                score.total(), String.join("; ", accounts), String.join(", ", score.sharedTerms()));
        return Finding.of(DESCRIPTOR, String.format(Locale.ROOT, "%s %s %s (%s, score %.2f)", pair.first().getName(), verb,
                pair.second().getName(), pair.overlapClass().label(), score.total()))
                .severity(pair.overlapClass() == OverlapClass.DUPLICATION ? Severity.WARNING : Severity.INFO)
                .subjects(List.of(pair.first(), pair.second()))
                .related(owners(pair))
                .explanation(explanation)
                .fix("Review the pair: merge or coordinate the initiatives, or mark the pair 'reviewed - not a duplicate'.")
                .build();
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

    /** Groups of three or more initiatives linked by reported pairs (union-find). */
    private static List<Finding> clusterFindings(List<SimilarPair> pairs) {
        Map<PolicyInitiative, PolicyInitiative> parent = new IdentityHashMap<>();
        for (SimilarPair pair : pairs) {
            union(parent, pair.first(), pair.second());
        }
        Map<PolicyInitiative, List<PolicyInitiative>> clusters = new java.util.LinkedHashMap<>();
        for (SimilarPair pair : pairs) {
            for (PolicyInitiative member : List.of(pair.first(), pair.second())) {
                List<PolicyInitiative> cluster = clusters.computeIfAbsent(find(parent, member), r -> new ArrayList<>());
                if (!cluster.contains(member)) {
                    cluster.add(member);
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (List<PolicyInitiative> cluster : clusters.values()) {
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

    private static PolicyInitiative find(Map<PolicyInitiative, PolicyInitiative> parent, PolicyInitiative x) {
        PolicyInitiative root = x;
        while (parent.containsKey(root) && parent.get(root) != root) {
            root = parent.get(root);
        }
        PolicyInitiative node = x;
        while (parent.containsKey(node) && parent.get(node) != root) {
            PolicyInitiative next = parent.get(node);
            parent.put(node, root);
            node = next;
        }
        return root;
    }

    private static void union(Map<PolicyInitiative, PolicyInitiative> parent, PolicyInitiative a, PolicyInitiative b) {
        parent.putIfAbsent(a, a);
        parent.putIfAbsent(b, b);
        PolicyInitiative ra = find(parent, a);
        PolicyInitiative rb = find(parent, b);
        if (ra != rb) {
            parent.put(rb, ra);
        }
    }

}
