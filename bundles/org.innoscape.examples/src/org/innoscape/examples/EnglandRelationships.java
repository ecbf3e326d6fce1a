package org.innoscape.examples;

import static org.innoscape.model.RelationshipKind.ACCOUNTABLE_TO;
import static org.innoscape.model.RelationshipKind.ADVISES;
import static org.innoscape.model.RelationshipKind.BROKERS;
import static org.innoscape.model.RelationshipKind.COMMISSIONS;
import static org.innoscape.model.RelationshipKind.EVALUATES;
import static org.innoscape.model.RelationshipKind.FUNDS;
import static org.innoscape.model.RelationshipKind.PARTNERS_WITH;
import static org.innoscape.model.RelationshipKind.REGULATES;
import static org.innoscape.model.RelationshipKind.SUPPLIES;

import org.innoscape.model.Actor;
import org.innoscape.model.Relationship;
import org.innoscape.model.RelationshipKind;
import org.innoscape.model.SourceDocument;
import org.innoscape.model.build.InnovationSystemBuilder;
import org.innoscape.examples.EnglandHealthInnovation2021.Sources;

/** Relationships between actors that the documents describe. Strength is not stated, so it stays unset. */
final class EnglandRelationships {

    private EnglandRelationships() {
    }

    static void add(InnovationSystemBuilder b, Sources s) {
        SourceDocument r = s.report();
        SourceDocument blog = s.blog();
        link(b, "nhse-funds-ahsns", "nhs-england", FUNDS, "ahsns", r, "R Ch 7.3.3",
                "£50m a year 2013-2018; £44.2m in 2018/19 and £44.4m in 2019/20.");
        link(b, "gov-funds-ahsns", "hm-government", FUNDS, "ahsns", r, "R Box 9; Ch 7.3.3",
                "£39m from the government response to the Accelerated Access Review.");
        link(b, "ahsns-accountable-nhse", "ahsns", ACCOUNTABLE_TO, "nhs-england", r, "R Ch 7.3.3",
                "Established and licensed by NHS England, with performance metrics that now reward their role in uptake.");
        link(b, "ahsns-broker-industry", "ahsns", BROKERS, "industry", r, "R Ch 7.3.3",
                "Neutral, honest knowledge brokers between industry and the NHS.");
        link(b, "ahsns-broker-trusts", "ahsns", BROKERS, "nhs-trusts", r, "R Ch 7.3.3",
                "Signpost decision makers to innovators and support scaling and spread.");
        link(b, "yh-brokers-ieg4", "yh-ahsn", BROKERS, "ieg4", r, "R Box 24",
                "Supported IEG4 with staff feedback, an event for CCGs and advice on the pricing model.");
        link(b, "ieg4-supplies-cheshire", "ieg4", SUPPLIES, "cheshire-ccg", r, "R Box 19", "Supplies CHC2DST.");
        link(b, "cheshire-commissions-ieg4", "cheshire-ccg", COMMISSIONS, "ieg4", r, "R Box 19; Ch 9",
                "Commissioned CHC2DST on short one-year contracts.");
        link(b, "nhsei-partners-hf", "nhsei", PARTNERS_WITH, "health-foundation", blog, "B observation 2",
                "Partnership behind the Improvement Analytics Unit.");
        link(b, "dhsc-partners-wellcome", "dhsc", PARTNERS_WITH, "wellcome", r, "R Ch 10.1",
                "Joint funding of the Health Innovation Challenge Fund.");
        link(b, "epsrc-partners-mrc", "epsrc", PARTNERS_WITH, "mrc", r, "R Ch 10.1", "Joint funding for innovations.");
        link(b, "beis-partners-dhsc", "beis", PARTNERS_WITH, "dhsc", r, "R Ch 2.1.1",
                "Joint government response to the Accelerated Access Review (November 2017).");
        link(b, "ols-partners-nhse", "ols", PARTNERS_WITH, "nhs-england", r, "R Ch 9; Ch 10",
                "Mapped the innovation funding landscape together.");
        link(b, "nihr-partners-involve", "nihr", PARTNERS_WITH, "involve", r, "R Ch 8",
                "Public involvement in research.");
        link(b, "mhra-regulates-industry", "mhra", REGULATES, "industry", r, "R Table 3",
                "Approvals, including the Early Access to Medicines Scheme.");
        link(b, "cqc-regulates-trusts", "cqc", REGULATES, "nhs-trusts", r, "R Ch 5.1; Table 11",
                "National regulatory regime into which innovation accountability could be built.");
        link(b, "nice-advises-ccgs", "nice", ADVISES, "ccgs", r, "R Ch 6",
                "Guidance and technology appraisals inform adoption decisions; the Innovation Scorecard tracks compliance.");
        link(b, "nice-evaluates-industry", "nice", EVALUATES, "industry", r, "R Box 23",
                "Health technology appraisal of products such as HeartFlow FFRCT.");
        link(b, "innovate-funds-industry", "innovate-uk", FUNDS, "industry", r, "R Ch 9.2",
                "Grants for health and life-science enterprises.");
        link(b, "nihr-funds-industry", "nihr", FUNDS, "industry", r, "R Ch 9.2; Box 27",
                "Invention for Innovation (i4i) development funding.");
        link(b, "ukri-funds-industry", "ukri", FUNDS, "industry", blog, "B observation 3",
                "Digital Health Technology Catalyst.");
        link(b, "ahsn-network-funds-trusts", "ahsn-network", FUNDS, "nhs-trusts", blog, "B observation 1",
                "National programme for adoption and spread, which funds adopters.");
    }

    private static void link(InnovationSystemBuilder b, String key, String source, RelationshipKind kind, String target,
            SourceDocument document, String section, String evidence) {
        Relationship relationship = b.relationship(key, b.get(Actor.class, source), kind, b.get(Actor.class, target));
        relationship.setEvidence(evidence);
        InnovationSystemBuilder.cite(relationship, document, section);
    }
}
