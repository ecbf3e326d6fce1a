package org.innoscape.examples;

import static org.innoscape.model.RelationshipKind.ACCOUNTABLE_TO;
import static org.innoscape.model.RelationshipKind.ADOPTS_FROM;
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

/**
 * Relationships between actors that the documents describe. Strength is not stated, so it stays unset. Relationships the
 * documents imply without stating them in so many words are cited as derived, with a note on how they were worked out.
 */
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

        // The study behind the report: who commissioned it and who steered it.
        link(b, "nihr-commissions-study-team", "nihr", COMMISSIONS, "universities", r, "R ES",
                "Its Policy Research Programme commissioned and funded RAND Europe and the University of Manchester to do the study.");
        link(b, "dhsc-commissions-study-team", "dhsc", COMMISSIONS, "universities", r, "R Ch 1.1",
                "Commissioned RAND Europe and the University of Manchester to run the multi-year study.");
        link(b, "nhse-advises-study-team", "nhs-england", ADVISES, "universities", r, "R ES; Ch 1.3.2",
                "Sat on the project working group that steered the study and helped choose its case vignettes.");
        link(b, "ols-advises-study-team", "ols", ADVISES, "universities", r, "R ES; Ch 1.3.2",
                "Sat on the project working group that steered the study and helped choose its case vignettes.");

        // Partnerships and joint work between national bodies.
        link(b, "dhsc-partners-nhse", "dhsc", PARTNERS_WITH, "nhs-england", r, "R Ch 2.1.4 fn 7; Ch 9.1",
                "Run Healthcare UK jointly (with UK Trade and Investment) and mapped public research and innovation funders together.");
        link(b, "dhsc-partners-ols", "dhsc", PARTNERS_WITH, "ols", r, "R ES; Ch 9.2",
                "Mapped, with NHS England, the schemes supporting health and care innovation across six organisations.");
        link(b, "nhse-partners-hee", "nhs-england", PARTNERS_WITH, "hee", r, "R Ch 2.1.2",
                "Partner organisations that developed the Five Year Forward View (October 2014).");
        link(b, "nhse-partners-cqc", "nhs-england", PARTNERS_WITH, "cqc", r, "R Ch 2.1.2",
                "Partner organisations that developed the Five Year Forward View (October 2014).");
        link(b, "nhse-partners-phe", "nhs-england", PARTNERS_WITH, "phe", r, "R Ch 2.1.2",
                "Partner organisations that developed the Five Year Forward View (October 2014).");
        link(b, "nhse-partners-nhsi", "nhs-england", PARTNERS_WITH, "nhs-improvement", r, "R Box 11",
                "Under the Long Term Plan they are to coordinate individual support for innovations that NICE has assessed positively.");
        link(b, "nhse-partners-ahsns", "nhs-england", PARTNERS_WITH, "ahsns", r, "R Box 11",
                "The Long Term Plan creates a new advisory service for innovators in collaboration with the AHSNs.");
        link(b, "gov-partners-industry", "hm-government", PARTNERS_WITH, "industry", r, "R Box 11; Ch 2.1.5",
                "Joint government and industry voluntary scheme on branded medicines pricing and access; the Life Sciences Sector "
                        + "Deal draws on private investment.");
        derived(b, "gov-partners-universities", "hm-government", PARTNERS_WITH, "universities", r, "R Ch 2.1.5",
                "The government's Life Sciences Sector Deal involves universities and research organisations.",
                "The report says the Sector Deal (HM Government 2017b) heavily involves universities and research organisations; "
                        + "read as a partnership between the government and academia.");
        derived(b, "nihr-partners-universities", "nihr", PARTNERS_WITH, "universities", r, "R Ch 2.1.5",
                "Set up the NIHR Innovation Observatory with the National Innovation Centre for Ageing, the National Institute "
                        + "for Smart Data Innovation and Newcastle Academic Health Partners.",
                "The three partners are academic and research organisations, which the model holds in 'Universities and "
                        + "research institutes'.");
        derived(b, "nice-partners-nhse", "nice", PARTNERS_WITH, "nhs-england", r, "R Box 9",
                "Share the NICE/NHS England budget impact test; NHS England's new commercial function works alongside NICE's "
                        + "commercial liaison team.",
                "Worked out from the joint name of the budget impact test that the Accelerated Access Collaborative builds on, "
                        + "and from the two commercial teams working in parallel.");
        derived(b, "aac-partners-ahsns", "aac", PARTNERS_WITH, "ahsns", r, "R Box 9",
                "The Collaborative's support for adoption and diffusion runs through the AHSNs.",
                "Box 9 lists adoption support 'through the AHSNs' among the Collaborative's functions; read as joint work.");

        // Funding flows.
        link(b, "ols-funds-industry", "ols", FUNDS, "industry", r, "R Ch 10.3.2; Box 9",
                "Package of up to £6m over three years for SMEs to test their products in the real world and build evidence.");
        link(b, "gov-funds-involve", "hm-government", FUNDS, "involve", r, "R Ch 8.2 fn 201",
                "INVOLVE is a government-funded national group supporting public involvement in research.");
        derived(b, "gov-funds-nhse", "hm-government", FUNDS, "nhs-england", r, "R Ch 2.1.4; Ch 12.3",
                "The June 2018 settlement raises NHS England's revenue funding by 3.4% a year in real terms to 2023/24.",
                "The settlement was announced by the Prime Minister (Prime Minister's Office 2018), taken here as the UK "
                        + "government.");
        derived(b, "gov-funds-trusts", "hm-government", FUNDS, "nhs-trusts", r, "R Box 9; Ch 4.2",
                "The government's £6m Pathway Transformation Fund helps NHS organisations build innovations into everyday practice.",
                "The fund is part of the government's response to the Accelerated Access Review; the NHS organisations that "
                        + "integrate innovations into practice are read as the provider trusts.");
        derived(b, "innovate-funds-ieg4", "innovate-uk", FUNDS, "ieg4", r, "R Box 28; Ch 9.2",
                "SBRI funding paid for IEG4's health-economic assessment of CHC2DST.",
                "Box 28 says IEG4 used SBRI funding; Ch 9.2 names 'Innovate UK funding such as the SBRI', so the funder is "
                        + "taken to be Innovate UK.");

        // Evaluation, appraisal and guidance.
        link(b, "nice-advises-trusts", "nice", ADVISES, "nhs-trusts", r, "R Box 23; Ch 6.2",
                "NICE approval made trusts more likely to adopt drug-eluting stents; NICE guidance is a national information "
                        + "resource for providers.");
        derived(b, "nhsi-evaluates-trusts", "nhs-improvement", EVALUATES, "nhs-trusts", r, "R Box 20; Ch 2.1.5",
                "GIRFT teams review each trust's performance from data and trust questionnaires and give it one action plan.",
                "GIRFT is a national programme set up under NHS Improvement's Operational Productivity Directorate (Box 20).");
        derived(b, "nhsi-partners-trusts", "nhs-improvement", PARTNERS_WITH, "nhs-trusts", r, "R Box 20",
                "GIRFT is a partnership between the Royal National Orthopaedic Hospital NHS Trust and NHS Improvement's "
                        + "Operational Productivity Directorate.",
                "The directorate is part of NHS Improvement and the partner trust is one of the NHS trusts the model groups "
                        + "together.");
        derived(b, "nhsi-partners-royal-colleges", "nhs-improvement", PARTNERS_WITH, "royal-colleges", r, "R Box 20",
                "GIRFT will work nationally with bodies such as the Medical Royal Colleges to help trusts act on its "
                        + "recommendations.",
                "Stated for GIRFT, as an intention; attributed to NHS Improvement because GIRFT was set up under its "
                        + "Operational Productivity Directorate.");
        derived(b, "aac-evaluates-industry", "aac", EVALUATES, "industry", r, "R Box 9",
                "Selects products for the Accelerated Access Pathway on potential patient impact and value for money.",
                "Box 9 gives the Collaborative the selection of products and case management per product; the products are "
                        + "industry's.");
        derived(b, "nhs-digital-evaluates-ccgs", "nhs-digital", EVALUATES, "ccgs", r, "R Ch 11.3.2; Box 21",
                "Compiles the Innovation Scorecard figures that track uptake of specific drugs and devices CCG by CCG.",
                "The report cites NHS Digital (2017) for how the Scorecard's usage figures are compiled from prescribing, "
                        + "hospital and sales data; read as NHS Digital compiling them.");
        derived(b, "nao-evaluates-trusts", "nao", EVALUATES, "nhs-trusts", r, "R Ch 9.2",
                "Concluded that extra NHS transformation money was mostly used to cope with current pressures.",
                "The NAO's finding is about how NHS organisations used transformation funding; those organisations are read as "
                        + "the provider trusts.");

        // Brokerage, signposting and advice.
        link(b, "ahsns-advise-industry", "ahsns", ADVISES, "industry", r, "R Ch 4.3.3; Ch 7.3.1; Ch 7.3.3",
                "Give businesses support, training and mentorship, and help them with health economics and business cases.");
        link(b, "ahsns-broker-ccgs", "ahsns", BROKERS, "ccgs", r, "R Box 28; Ch 7.3.3",
                "For UroLift, AHSN support built relationships between the innovators, commissioners and providers.");
        link(b, "yh-brokers-ccgs", "yh-ahsn", BROKERS, "ccgs", r, "R Box 24",
                "Hosted an event for CCG representatives after which IEG4 talked with many CCGs looking to adopt CHC2DST.");
        link(b, "yh-advises-ieg4", "yh-ahsn", ADVISES, "ieg4", r, "R Box 24",
                "Advised IEG4 on development and implementation, including the pricing model.");
        link(b, "nenc-brokers-industry", "nenc-ahsn", BROKERS, "industry", r, "R Ch 6.2",
                "Its Innovation Pathway helps industry find innovation opportunities and connect with the right actors.");
        derived(b, "nenc-brokers-trusts", "nenc-ahsn", BROKERS, "nhs-trusts", r, "R Ch 6.2",
                "Its Innovation Pathway helps NHS organisations find innovation opportunities and connect with the right actors.",
                "The report says 'NHS organisations'; read as the provider trusts.");
        link(b, "exchanges-broker-ahsns", "innovation-exchanges", BROKERS, "ahsns", r, "R Box 9; Ch 7.3.3",
                "Connect the 15 AHSNs with each other and with national actors so that proven innovations spread between regions.");
        derived(b, "nhse-brokers-industry", "nhs-england", BROKERS, "industry", r, "R Box 27; Ch 4.3.3",
                "The NHS Innovation Accelerator, paid for by NHS England Innovation funding, helped Big Health build relationships "
                        + "with NHS stakeholders.",
                "Box 27 says NHS England funds the Accelerator; Ch 4.3.3 says Big Health's fellowship in it built its NHS "
                        + "relationships.");
        derived(b, "nhse-advises-ccgs", "nhs-england", ADVISES, "ccgs", r, "R Box 20; Ch 6.2",
                "NHS RightCare advises local health economies with data packs, atlases and casebooks of local commissioning.",
                "RightCare is an NHS England programme; commissioners also rate NHS England portals as an information source "
                        + "(Ch 6.2).");

        // Patient and public involvement, and input from industry.
        link(b, "patients-advise-trusts", "patients-public", ADVISES, "nhs-trusts", r, "R Ch 8.1; Ch 8.2; Box 25",
                "Patient reference groups, lay panels and patient engagement roles inside NHS trusts.");
        link(b, "patients-advise-ccgs", "patients-public", ADVISES, "ccgs", r, "R Ch 8.2; Box 25",
                "Patient reference groups and patient engagement roles inside CCGs.");
        link(b, "patients-advise-ahsns", "patients-public", ADVISES, "ahsns", r, "R Ch 8.1; Ch 8.2; Box 25",
                "Patient reference groups, lay committees and patient engagement roles inside AHSNs.");
        link(b, "patients-advise-aac", "patients-public", ADVISES, "aac", r, "R Box 9; Box 25",
                "Give input to the Collaborative and may sit on the Accelerated Access Pathway selection panel.");
        link(b, "industry-advises-aac", "industry", ADVISES, "aac", r, "R Box 9",
                "Gives input to the Collaborative's selection of products for the Accelerated Access Pathway.");
        link(b, "patients-advise-ieg4", "patients-public", ADVISES, "ieg4", r, "R Box 19",
                "IEG4 consulted patients and their families on the continuing healthcare assessment before building CHC2DST.");
        link(b, "patients-advise-nhsbt", "patients-public", ADVISES, "nhsbt", r, "R Box 19; Box 14",
                "Patients and the public helped design and test the prototype NHS Blood Donor Chair before its final design.");

        // Commissioning, procurement and adoption.
        link(b, "nhsbt-commissions-industry", "nhsbt", COMMISSIONS, "industry", r, "R Box 19; Box 31",
                "Tendered for a new blood donor chair through pre-commercial procurement with guaranteed purchase.");
        link(b, "ccgs-commission-industry", "ccgs", COMMISSIONS, "industry", r, "R Ch 7.3.1; Box 16",
                "CCGs across London commissioned Sleepio together, and CCGs took up Kooth to meet national policy goals.");
        link(b, "ccgs-adopt-ieg4", "ccgs", ADOPTS_FROM, "ieg4", r, "R Box 13; Box 28",
                "Other CCGs adopted CHC2DST after Cheshire CCG's success and IEG4's stronger business case.");
        link(b, "ieg4-partners-ccgs", "ieg4", PARTNERS_WITH, "ccgs", r, "R Box 19",
                "Developed CHC2DST with commissioning managers after a workshop open to all NHS commissioners.");
        link(b, "trusts-adopt-industry", "nhs-trusts", ADOPTS_FROM, "industry", r, "R Box 13; Box 23; Box 31",
                "Trusts adopted SecurAcath, drug-eluting stents and ENDOCUFF VISION, the last bought directly by hospitals.");
    }

    private static void link(InnovationSystemBuilder b, String key, String source, RelationshipKind kind, String target,
            SourceDocument document, String section, String evidence) {
        Relationship relationship = b.relationship(key, b.get(Actor.class, source), kind, b.get(Actor.class, target));
        relationship.setEvidence(evidence);
        InnovationSystemBuilder.cite(relationship, document, section);
    }

    /** A relationship the documents imply without stating it in so many words; the note says how it was worked out. */
    private static void derived(InnovationSystemBuilder b, String key, String source, RelationshipKind kind, String target,
            SourceDocument document, String section, String evidence, String note) {
        Relationship relationship = b.relationship(key, b.get(Actor.class, source), kind, b.get(Actor.class, target));
        relationship.setEvidence(evidence);
        DerivedCitation.add(relationship, document, section, note);
    }
}
