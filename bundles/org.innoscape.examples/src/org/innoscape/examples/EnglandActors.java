package org.innoscape.examples;

import static org.innoscape.model.ActorKind.ACADEMIA;
import static org.innoscape.model.ActorKind.ARMS_LENGTH_BODY;
import static org.innoscape.model.ActorKind.CHARITY;
import static org.innoscape.model.ActorKind.COMMISSIONER;
import static org.innoscape.model.ActorKind.GOVERNMENT_DEPARTMENT;
import static org.innoscape.model.ActorKind.HEALTHCARE_PROVIDER;
import static org.innoscape.model.ActorKind.INDUSTRY;
import static org.innoscape.model.ActorKind.NETWORK;
import static org.innoscape.model.ActorKind.OTHER;
import static org.innoscape.model.ActorKind.PATIENT_PUBLIC_GROUP;
import static org.innoscape.model.ActorKind.PROFESSIONAL_BODY;
import static org.innoscape.model.ActorKind.REGULATOR;
import static org.innoscape.model.ActorKind.RESEARCH_FUNDER;
import static org.innoscape.model.ActorLevel.INTERNATIONAL;
import static org.innoscape.model.ActorLevel.LOCAL;
import static org.innoscape.model.ActorLevel.NATIONAL;
import static org.innoscape.model.ActorLevel.REGIONAL;

import org.innoscape.model.Actor;
import org.innoscape.model.ActorKind;
import org.innoscape.model.ActorLevel;
import org.innoscape.model.SourceDocument;
import org.innoscape.model.StakeholderGroup;
import org.innoscape.model.build.InnovationSystemBuilder;
import org.innoscape.examples.EnglandHealthInnovation2021.Sources;

/** The actors: the 12 national bodies of the blog, and the other actors the report names. */
final class EnglandActors {

    private EnglandActors() {
    }

    static void add(InnovationSystemBuilder b, Sources s) {
        SourceDocument blog = s.blog();
        SourceDocument report = s.report();
        String bodies = "B list of the 12 organisations";

        // The 12 bodies whose programmes the blog mapped.
        Actor ahsnNetwork = actor(b, "ahsn-network", "AHSN Network", null, NETWORK, NATIONAL, blog, bodies,
                "Umbrella of the Academic Health Science Networks; runs the national spread programme.");
        actor(b, "beis", "Department for Business, Energy and Industrial Strategy", "BEIS", GOVERNMENT_DEPARTMENT, NATIONAL, blog, bodies,
                "Owner of mapped programmes; with the Department of Health, author of the 2017 response to the Accelerated Access Review (R Ch 2.1.1).");
        actor(b, "dhsc", "Department of Health and Social Care", "DHSC", GOVERNMENT_DEPARTMENT, NATIONAL, blog, bodies,
                "Formerly the Department of Health; published Innovation, Health and Wealth (2011); co-steered the report's study.");
        actor(b, "hee", "Health Education England", "HEE", ARMS_LENGTH_BODY, NATIONAL, blog, bodies,
                "Owner of mapped programmes; Recommendations 2 and 3 ask it to bring innovation skills into education.");
        actor(b, "mhra", "Medicines and Healthcare products Regulatory Agency", "MHRA", REGULATOR, NATIONAL, blog, bodies,
                "Regulator; member of the Accelerated Access Collaborative; runs the Early Access to Medicines Scheme.");
        actor(b, "nihr", "National Institute for Health Research", "NIHR", RESEARCH_FUNDER, NATIONAL, blog, bodies,
                "Funds BRACE and RSET and runs the Invention for Innovation (i4i) awards; its Policy Research Programme funded the report.");
        actor(b, "nice", "National Institute for Health and Care Excellence", "NICE", REGULATOR, NATIONAL, blog, bodies,
                "Health technology appraisal and guidance. The blog names it 'National Institute for Care Excellence'.");
        actor(b, "nhsei", "NHS England and Improvement", "NHSEI", ARMS_LENGTH_BODY, NATIONAL, blog, bodies,
                "Runs the Rapid Uptake Products programme, the Test Bed programme and the Local Health and Care Record exemplars.");
        actor(b, "nhsx", "NHSX", "NHSX", ARMS_LENGTH_BODY, NATIONAL, blog, bodies,
                "Runs the Digital Productivity Programme and the Innovation Collaborative.");
        actor(b, "nhs-digital", "NHS Digital", null, ARMS_LENGTH_BODY, NATIONAL, blog, bodies,
                "Runs the Interoperability data design collaborative; NHS Apps Library; NHS Digital Academy (R Box 10).");
        actor(b, "ols", "Office for Life Sciences", "OLS", GOVERNMENT_DEPARTMENT, NATIONAL, blog, bodies,
                "Co-steered the report's study; offers a real-world testing package for SMEs (R Ch 10.3.2).");
        actor(b, "ukri", "UK Research and Innovation", "UKRI", RESEARCH_FUNDER, NATIONAL, blog, bodies,
                "Owner of the Digital Health Technology Catalyst.");

        // National bodies the report names.
        actor(b, "nhs-england", "NHS England", null, ARMS_LENGTH_BODY, NATIONAL, report, "R Ch 2; 7.3.3",
                "Set up and funds the 15 AHSNs; runs Test Beds, the Clinical Entrepreneurs Training Programme and NHS RightCare; publishes the NHS Long Term Plan.");
        actor(b, "nhs-improvement", "NHS Improvement", null, ARMS_LENGTH_BODY, NATIONAL, report, "R Ch 2.1.3",
                "Oversight of providers; responded to the Carter Review; GIRFT sits in its Operational Productivity Directorate.");
        actor(b, "cqc", "Care Quality Commission", "CQC", REGULATOR, NATIONAL, report, "R Ch 5.1; Table 11",
                "Regulator into whose regime innovation accountability could be built (Recommendation 6).");
        actor(b, "phe", "Public Health England", "PHE", ARMS_LENGTH_BODY, NATIONAL, blog, "B observation 2",
                "Issued guidance on rapidly evaluating digital health products during the pandemic.");
        actor(b, "nhsbt", "NHS Blood and Transplant", "NHSBT", HEALTHCARE_PROVIDER, NATIONAL, report, "R Box 19; Box 31",
                "Identified a need, ran a pre-commercial procurement with guaranteed purchase and rolled out the NHS Blood Donor Chair.");
        actor(b, "hm-government", "UK government", null, GOVERNMENT_DEPARTMENT, NATIONAL, report, "R Ch 2.1.1; Box 9",
                "Commissioned the Accelerated Access Review; provides £39m for the AHSNs through the 2017 response.");
        actor(b, "innovate-uk", "Innovate UK", null, RESEARCH_FUNDER, NATIONAL, report, "R Ch 9.2",
                "Funds innovation development through grants for health and life-science enterprises.");
        actor(b, "epsrc", "Engineering and Physical Sciences Research Council", "EPSRC", RESEARCH_FUNDER, NATIONAL, report, "R Ch 10.1",
                "Joint funding with MRC, cited as a good example.");
        actor(b, "mrc", "Medical Research Council", "MRC", RESEARCH_FUNDER, NATIONAL, report, "R Ch 10.1",
                "Joint funding with EPSRC, cited as a good example.");
        actor(b, "wellcome", "Wellcome Trust", null, CHARITY, NATIONAL, report, "R Ch 10.1",
                "Funding partner of the Department of Health in the Health Innovation Challenge Fund.");
        actor(b, "health-foundation", "The Health Foundation", null, CHARITY, NATIONAL, blog, "B observation 2",
                "Partner of NHSEI in the Improvement Analytics Unit; author of the blog.");
        actor(b, "nao", "National Audit Office", "NAO", OTHER, NATIONAL, report, "R Ch 9.2",
                "Found that extra transformation money mostly went on current pressures.");
        actor(b, "royal-colleges", "Medical Royal Colleges", null, PROFESSIONAL_BODY, NATIONAL, report, "R Ch 4.3.2; Recs 2-3",
                "Recommendations 2 and 3 ask them to bring innovation training into medical education and CPD.");
        actor(b, "gmc", "General Medical Council", "GMC", PROFESSIONAL_BODY, NATIONAL, report, "R Ch 4.3.2",
                "Has a role in curricula and CPD that the NHS should work with.");
        actor(b, "leadership-academy", "NHS Leadership Academy", null, ARMS_LENGTH_BODY, NATIONAL, report, "R Ch 4; Rec 3",
                "Its training expertise could help design training for the private sector.");
        actor(b, "involve", "INVOLVE", null, PATIENT_PUBLIC_GROUP, NATIONAL, report, "R Ch 8",
                "Supports public involvement in research with NIHR.");
        actor(b, "national-voices", "National Voices", null, PATIENT_PUBLIC_GROUP, NATIONAL, report, "R Rec 15",
                "Named among the PPIE bodies whose work Recommendation 15 would coordinate.");
        Actor aac = actor(b, "aac", "Accelerated Access Collaborative", "AAC", NETWORK, NATIONAL, report, "R Box 9",
                "Cross-body group that chooses products for the Accelerated Access Pathway.");
        actor(b, "eu", "European Union funding programmes", null, RESEARCH_FUNDER, INTERNATIONAL, report, "R Box 27",
                "Framework programmes and European Regional Development Funds, named as funding sources.");

        // Networks and regions.
        Actor ahsns = actor(b, "ahsns", "Academic Health Science Networks (15)", "AHSNs", NETWORK, REGIONAL, report, "R Ch 7.3.3",
                "Fifteen regional networks set up by NHS England in 2013: they identify regional needs, broker between "
                        + "industry and the NHS, and support spread.");
        ahsns.getMemberOf().add(ahsnNetwork);
        for (String[] named : new String[][] {
                {"yh-ahsn", "Yorkshire and Humber AHSN", "R Box 24"},
                {"nenc-ahsn", "AHSN North East and North Cumbria", "R Ch 7.3.3"},
                {"hin-south-london", "Health Innovation Network South London", "R Ch 7.3.3"},
                {"ichp", "Imperial College Health Partners", "R Ch 7.3.3"},
                {"uclp", "UCLPartners", "R Ch 1.3"}}) {
            Actor ahsn = actor(b, named[0], named[1], null, NETWORK, REGIONAL, report, named[2], null);
            ahsn.getMemberOf().add(ahsns);
        }
        actor(b, "innovation-exchanges", "Innovation Exchanges", null, NETWORK, REGIONAL, report, "R Box 9; Ch 7.3.3",
                "Link the 15 AHSNs with each other and with national actors to spread proven innovations.")
                .getMemberOf().add(ahsns);
        actor(b, "health-enterprise-east", "Health Enterprise East", null, NETWORK, REGIONAL, report, "R Ch 9.2",
                "Leads the MedTech Accelerator in the Eastern region.");

        // Providers, commissioners, industry and the public, as collectives and named examples.
        Actor trusts = actor(b, "nhs-trusts", "NHS trusts (providers)", null, HEALTHCARE_PROVIDER, LOCAL, report, "R Ch 5; Ch 9",
                "Provider organisations that adopt innovations.");
        Actor ccgs = actor(b, "ccgs", "Clinical commissioning groups", "CCGs", COMMISSIONER, LOCAL, report, "R Ch 9",
                "Adoption decision makers; their characteristics often outweigh population characteristics in explaining uptake.");
        Actor cheshire = actor(b, "cheshire-ccg", "Cheshire CCG", null, COMMISSIONER, LOCAL, report, "R Box 19",
                "Early adopter of CHC2DST.");
        cheshire.getMemberOf().add(ccgs);
        Actor industry = actor(b, "industry", "Industry and SMEs", null, INDUSTRY, NATIONAL, report, "R Ch 4; Ch 7",
                "Private-sector innovators, from SMEs to large companies.");
        Actor ieg4 = actor(b, "ieg4", "IEG4", null, INDUSTRY, NATIONAL, report, "R Box 19; Box 24",
                "SME that developed CHC2DST, a digital tool for the continuing healthcare process.");
        ieg4.getMemberOf().add(industry);
        Actor universities = actor(b, "universities", "Universities and research institutes", null, ACADEMIA, NATIONAL, report, "R Ch 4.3.3",
                "Run regional innovation training and research.");
        Actor patients = actor(b, "patients-public", "Patients, carers and the public", null, PATIENT_PUBLIC_GROUP, NATIONAL, report, "R Ch 8",
                "Involved in identifying needs, design, testing and advocating uptake.");

        groupMembers(b, "innovators", industry, ieg4, universities);
        groupMembers(b, "adopters", trusts, ccgs, cheshire, b.get(Actor.class, "nhsbt"));
        groupMembers(b, "patients", patients, b.get(Actor.class, "national-voices"), b.get(Actor.class, "involve"));
        groupMembers(b, "clinicians", b.get(Actor.class, "royal-colleges"));
        groupMembers(b, "managers", trusts);

        for (String member : new String[] {"nihr", "mhra", "nice", "nhs-england", "nhs-improvement", "hm-government"}) {
            b.get(Actor.class, member).getMemberOf().add(aac);
        }
    }

    private static Actor actor(InnovationSystemBuilder b, String key, String name, String acronym, ActorKind kind,
            ActorLevel level, SourceDocument document, String section, String description) {
        Actor actor = InnovationSystemBuilder.cite(b.actor(key, name, kind, level), document, section);
        actor.setAcronym(acronym);
        actor.setDescription(description);
        return actor;
    }

    private static void groupMembers(InnovationSystemBuilder b, String group, Actor... members) {
        for (Actor member : members) {
            b.get(StakeholderGroup.class, group).getMembers().add(member);
        }
    }
}
