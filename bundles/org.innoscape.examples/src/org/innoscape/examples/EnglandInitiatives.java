package org.innoscape.examples;

import static org.innoscape.model.ActivityType.EVALUATION_AND_EVIDENCE;
import static org.innoscape.model.ActivityType.FUNDING;
import static org.innoscape.model.ActivityType.INFORMATION_AND_SIGNPOSTING;
import static org.innoscape.model.ActivityType.INFRASTRUCTURE;
import static org.innoscape.model.ActivityType.NETWORKING_AND_BROKERAGE;
import static org.innoscape.model.ActivityType.PROCUREMENT_AND_COMMISSIONING;
import static org.innoscape.model.ActivityType.REGULATORY_ADVICE;
import static org.innoscape.model.ActivityType.TRAINING_AND_SKILLS;
import static org.innoscape.model.Focus.BOTH;
import static org.innoscape.model.Focus.CLINICAL;
import static org.innoscape.model.Focus.NON_CLINICAL;
import static org.innoscape.model.FundingRecipients.ADOPTERS;
import static org.innoscape.model.FundingRecipients.INNOVATORS;
import static org.innoscape.model.InitiativeStatus.ACTIVE;
import static org.innoscape.model.InitiativeStatus.CONCLUDED;
import static org.innoscape.model.InitiativeStatus.PROPOSED;
import static org.innoscape.model.InstrumentType.CHALLENGES_PRIZES_AND_AWARDS;
import static org.innoscape.model.InstrumentType.HORIZONTAL_STI_COORDINATION_BODIES;
import static org.innoscape.model.InstrumentType.INFORMATION_SERVICES_AND_DATASETS;
import static org.innoscape.model.InstrumentType.NATIONAL_STRATEGIES_AND_PLANS;
import static org.innoscape.model.InstrumentType.POLICY_INTELLIGENCE;
import static org.innoscape.model.Tristate.YES;

import org.innoscape.model.SourceDocument;
import org.innoscape.model.build.InnovationSystemBuilder;
import org.innoscape.examples.EnglandHealthInnovation2021.Sources;

/**
 * Every programme the blog names, and the programmes, schemes and strategies the report describes.
 * Attributes the documents do not state stay unset (UNKNOWN); derived facts are marked as such.
 */
final class EnglandInitiatives {

    private EnglandInitiatives() {
    }

    static void add(InnovationSystemBuilder b, Sources s) {
        blogProgrammes(b, s.blog(), s.report());
        acceleratedAccessPackage(b, s.report());
        developmentFunding(b, s.report());
        adoptionMechanisms(b, s.report());
        skillsInformationAndImprovement(b, s.report());
        strategies(b, s.report(), s.blog());
        EnglandFurtherInitiatives.add(b, s.report());
    }

    private static void blogProgrammes(InnovationSystemBuilder b, SourceDocument blog, SourceDocument report) {
        new InitiativeSpec(b, "ahsn-spread", "AHSN national programme for adoption and spread", blog, "B observation 1",
                "The AHSN Network's national spread programme, named as a spread-focused programme that funds adopters only.")
                .owners("ahsn-network").supportsInnovation(YES).funding(YES, ADOPTERS).activities(FUNDING)
                .stages("adoption", "spread").targets("adopters");
        new InitiativeSpec(b, "rapid-uptake", "Rapid Uptake Products programme", blog, "B observation 1",
                "NHSEI programme named as an example of spread-focused programmes.")
                .owners("nhsei").stages("adoption", "spread");
        new InitiativeSpec(b, "itp", "Innovation and Technology Payment", blog, "B observation 1",
                "Competitive payment that lowers financial and procurement barriers so the NHS adopts low-cost, evidence-based "
                        + "innovations; a supply-driven pull covering a small number of innovations.")
                .acronym("ITP").also(report, "R Ch 2.1.1; Box 28; Ch 9.2-9.3").supportsInnovation(YES).funding(YES, ADOPTERS)
                .activities(FUNDING, PROCUREMENT_AND_COMMISSIONING).stages("adoption", "spread").targets("adopters")
                .drivers("funding").dates("2018-04", null);
        new InitiativeSpec(b, "innovation-exchange", "AHSN Innovation Exchange", blog, "B observation 2",
                "Support for testing innovations in real-world settings; links the 15 AHSNs with each other and with national actors.")
                .also(report, "R Box 9; Ch 7.3.3").owners("ahsn-network")
                .activities(NETWORKING_AND_BROKERAGE, EVALUATION_AND_EVIDENCE).stages("testing", "adoption", "spread")
                .drivers("networks", "information").dates("2017-11", null);
        new InitiativeSpec(b, "i4i", "NIHR Invention for Innovation (i4i) Challenge awards", blog, "B observation 2",
                "Dedicated development funding for innovations; the blog names it as support for real-world testing.")
                .acronym("i4i").also(report, "R Ch 5.3.2; Ch 9.2; Box 27").owners("nihr").funding(YES, INNOVATORS)
                .activities(FUNDING).stages("development", "testing").targets("innovators").drivers("funding");
        new InitiativeSpec(b, "brace-rset", "BRACE and RSET rapid service evaluation centres", blog, "B observation 2",
                "NIHR-funded centres doing rapid evaluation of services; about £5m in total over five years, a small share of the NIHR budget.")
                .owners("nihr").activities(EVALUATION_AND_EVIDENCE).stages("testing").rapidEvaluation(YES)
                .drivers("information").budget("5000000", null, "5 years (approximate total)");
        new InitiativeSpec(b, "phe-rapid-guidance", "PHE guidance on rapidly evaluating digital health products", blog, "B observation 2",
                "Guidance issued during the COVID-19 pandemic; a guidance document rather than a funding programme.")
                .owners("phe").activities(INFORMATION_AND_SIGNPOSTING, EVALUATION_AND_EVIDENCE).stages("testing")
                .rapidEvaluation(YES).technology("digital health");
        new InitiativeSpec(b, "iau", "Improvement Analytics Unit", blog, "B observation 2",
                "Partnership of NHSEI and the Health Foundation giving rapid and robust evaluation of complex changes; "
                        + "evaluating digital-first primary care in 2021.")
                .owners("nhsei").partners("health-foundation").activities(EVALUATION_AND_EVIDENCE).stages("testing")
                .rapidEvaluation(YES).status(ACTIVE);
        new InitiativeSpec(b, "test-beds", "NHS Test Bed programme", blog, "B observation 2",
                "Real-world testing of innovations, given more emphasis by the NHS Long Term Plan; regional Test Bed Clusters from 2020/21.")
                .also(report, "R Ch 1.3.1; Ch 2.1.4; Ch 7").owners("nhsei").activities(EVALUATION_AND_EVIDENCE, NETWORKING_AND_BROKERAGE)
                .stages("testing").drivers("networks", "information", "ppie");
        new InitiativeSpec(b, "nia", "NHS Innovation Accelerator", blog, "B observation 3",
                "Fellowship and accelerator supporting selected individuals to get their innovations adopted; supports clinical "
                        + "and non-clinical innovation. Paid for by NHS England Innovation funding (R Box 27).")
                .acronym("NIA").also(report, "R Box 12; Ch 4; Ch 7; Ch 8.3.2").focus(BOTH)
                .activities(TRAINING_AND_SKILLS, NETWORKING_AND_BROKERAGE).stages("adoption", "spread")
                .drivers("skills", "networks", "ppie", "funding").targets("innovators").evaluated(YES).measures("uptake-amount");
        new InitiativeSpec(b, "lhcre", "Local Health and Care Record exemplars", blog, "B observation 3",
                "One of only two mapped programmes focused solely on non-clinical innovation.")
                .owners("nhsei").supportsInnovation(YES).focus(NON_CLINICAL);
        new InitiativeSpec(b, "interop-collaborative", "NHS Digital Interoperability data design collaborative", blog, "B observation 3",
                "One of only two mapped programmes focused solely on non-clinical innovation.")
                .owners("nhs-digital").supportsInnovation(YES).focus(NON_CLINICAL);
        new InitiativeSpec(b, "dpp", "Digital Productivity Programme", blog, "B observation 3",
                "Explicit productivity focus; the only one of the three productivity programmes looking at non-clinical as well as clinical work.")
                .owners("nhsx").productivity(YES).focus(BOTH);
        new InitiativeSpec(b, "innovation-collaborative", "NHSX Innovation Collaborative", blog, "B observation 3",
                "One of three programmes with an explicit focus on improving productivity.")
                .owners("nhsx").productivity(YES);
        new InitiativeSpec(b, "dhtc", "Digital Health Technology Catalyst", blog, "B observation 3",
                "£35m catalyst that match-funds innovators developing digital tools for patients and the NHS and helps SMEs build "
                        + "the evidence they need to enter the NHS; explicit productivity focus.")
                .also(report, "R Box 9").owners("ukri").productivity(YES).funding(YES, INNOVATORS).activities(FUNDING)
                .stages("development", "testing").targets("innovators").drivers("funding", "information")
                .budget("35000000", null, "total").dates("2017-11", null).technology("digital health");
    }

    private static void acceleratedAccessPackage(InnovationSystemBuilder b, SourceDocument r) {
        new InitiativeSpec(b, "aar-ahsn-funding", "AHSN, Innovation Exchange and National Innovation Network funding", r, "R Box 9",
                "£39m to the 15 AHSNs for local uptake of proven innovations, tackling unwarranted variation and brokering "
                        + "relationships along the pathway; the money goes to intermediaries.")
                .owners("hm-government").activities(FUNDING, NETWORKING_AND_BROKERAGE).stages("adoption", "spread")
                .drivers("networks", "information").budget("39000000", null, "total").dates("2017-11", null);
        new InitiativeSpec(b, "sme-testing", "SME real-world testing package", r, "R Box 9; Ch 10.3.2",
                "Up to £6m over three years for SMEs with innovative medicines and devices to test in the real world and generate evidence.")
                .owners("ols").funding(YES, INNOVATORS).activities(FUNDING, EVALUATION_AND_EVIDENCE).stages("testing")
                .targets("innovators").budget(null, "6000000", "3 years").dates("2017-11", null);
        new InitiativeSpec(b, "pathway-transformation-fund", "Pathway Transformation Fund", r, "R Box 9",
                "£6m to help NHS organisations build innovations into everyday practice by overcoming practical obstacles such as training.")
                .funding(YES, ADOPTERS).activities(FUNDING, TRAINING_AND_SKILLS).stages("adoption").targets("adopters")
                .drivers("skills", "funding").budget("6000000", null, "total").dates("2017-11", null);
        new InitiativeSpec(b, "aap", "Accelerated Access Pathway", r, "R Box 9",
                "Streamlines regulatory and market-access decisions for about five transformative innovations a year "
                        + "('breakthrough designation'); must be cost-neutral overall.")
                .acronym("AAP").activities(REGULATORY_ADVICE).stages("testing", "adoption").drivers("information", "funding", "alignment")
                .dates("2017-11", null);
        new InitiativeSpec(b, "aac-programme", "Accelerated Access Collaborative (selection and support)", r, "R Box 9; Ch 12",
                "Cross-body group that chooses products for the Accelerated Access Pathway: horizon scanning, real-world evidence, "
                        + "early price negotiation and adoption support.")
                .owners("nihr", "mhra", "nice", "nhs-england", "nhs-improvement", "hm-government")
                .instrument(HORIZONTAL_STI_COORDINATION_BODIES).activities(REGULATORY_ADVICE, EVALUATION_AND_EVIDENCE)
                .stages("need", "testing", "adoption").dates("2017-11", null);
        new InitiativeSpec(b, "eams", "Early Access to Medicines Scheme", r, "R Box 9; Table 3",
                "Early access to medicines; an application to or approval from EAMS is a regulatory milestone.")
                .acronym("EAMS").owners("mhra").activities(REGULATORY_ADVICE).stages("testing").measures("regulatory-approval");
        new InitiativeSpec(b, "itt", "Innovation and Technology Tariff", r, "R Ch 2.1.1; Box 28; Ch 9",
                "Supply-led tariff that pays for the adoption of selected medical technologies in England; many decision makers do not know about it.")
                .acronym("ITT").activities(FUNDING, PROCUREMENT_AND_COMMISSIONING).stages("adoption", "spread")
                .drivers("funding").technology("medical technology")
                .derived(r, "R Ch 9", "It pays for adoption, so it offers funding to adopters.").funding(YES, ADOPTERS);
    }

    private static void developmentFunding(InnovationSystemBuilder b, SourceDocument r) {
        new InitiativeSpec(b, "sbri", "SBRI Healthcare", r, "R Table 1; Box 12; Ch 9.2",
                "Competition-based funding bringing business, health, technology and government partners together on healthcare "
                        + "challenges, with health economics skills support. Its owner is ambiguous in the report.")
                .acronym("SBRI").funding(YES, INNOVATORS).activities(FUNDING, TRAINING_AND_SKILLS).stages("development", "testing")
                .targets("innovators").drivers("funding", "skills").evaluated(YES);
        new InitiativeSpec(b, "clinical-entrepreneurs", "Clinical Entrepreneurs Training Programme", r, "R Box 12; Ch 4; Ch 9",
                "Lets healthcare professionals pursue entrepreneurial goals; funded by NHS England.")
                .owners("nhs-england").activities(TRAINING_AND_SKILLS).stages("idea", "development").targets("clinicians", "innovators")
                .drivers("skills");
        new InitiativeSpec(b, "innovate-uk-grants", "Innovate UK grants for health and life-science enterprises", r, "R Ch 9.2; Ch 9.3.1",
                "Development funding for enterprises.")
                .owners("innovate-uk").funding(YES, INNOVATORS).activities(FUNDING).stages("development").targets("innovators")
                .drivers("funding");
        new InitiativeSpec(b, "medtech-accelerator", "MedTech Accelerator", r, "R Ch 9.2",
                "Proof-of-concept funding in the Eastern region for medical technology and software meeting unmet clinical need.")
                .owners("health-enterprise-east").funding(YES, INNOVATORS).focus(CLINICAL).activities(FUNDING)
                .stages("development").targets("innovators").technology("medical technology and software");
        new InitiativeSpec(b, "hicf", "Health Innovation Challenge Fund", r, "R Ch 10.1",
                "Joint funding by the Department of Health and the Wellcome Trust; a good example of joint policy design and funding.")
                .owners("dhsc", "wellcome").activities(FUNDING).drivers("funding", "alignment");
    }

    private static void adoptionMechanisms(InnovationSystemBuilder b, SourceDocument r) {
        new InitiativeSpec(b, "cquin", "Commissioning for Quality and Innovation (CQUIN)", r, "R Ch 9.2",
                "Payment framework; survey respondents said it is used for performance management rather than innovation.")
                .acronym("CQUIN").activities(PROCUREMENT_AND_COMMISSIONING).stages("adoption").drivers("funding", "motivations");
        new InitiativeSpec(b, "medtech-funding-mandate", "Medtech funding mandate", r, "R Box 11",
                "NHS Long Term Plan commitment to a funding mandate for NICE-approved technologies.")
                .activities(FUNDING).stages("adoption").drivers("funding").dates("2019-01", null).status(PROPOSED);
        new InitiativeSpec(b, "innovation-scorecard", "NHS Innovation Scorecard", r, "R Ch 6; Ch 11",
                "Benchmarking of the uptake of NICE-appraised medicines (and some devices) by CCG and region, to reduce variation.")
                .instrument(INFORMATION_SERVICES_AND_DATASETS).activities(INFORMATION_AND_SIGNPOSTING).stages("spread")
                .drivers("information", "metrics").measures("uptake-amount", "uptake-spread");
    }

    private static void skillsInformationAndImprovement(InnovationSystemBuilder b, SourceDocument r) {
        new InitiativeSpec(b, "nhs-digital-academy", "NHS Digital Academy", r, "R Box 10",
                "Trains new chief information officers, clinical chief information officers and aspiring leaders.")
                .owners("nhs-digital").activities(TRAINING_AND_SKILLS).drivers("skills").targets("managers");
        new InitiativeSpec(b, "nihr-leadership", "NIHR Leadership Programme", r, "R Box 12; Ch 4",
                "Leadership training whose expertise could help design training for the private sector.")
                .owners("nihr").activities(TRAINING_AND_SKILLS).drivers("skills");
        new InitiativeSpec(b, "nihr-io", "NIHR Innovation Observatory", r, "R Ch 6",
                "Horizon scanning and technology briefings for stakeholders.")
                .owners("nihr").instrument(POLICY_INTELLIGENCE).activities(INFORMATION_AND_SIGNPOSTING).stages("need")
                .drivers("information");
        new InitiativeSpec(b, "apps-library", "NHS Digital Apps Library", r, "R Box 10",
                "Library of apps, for example for mental health and diabetes.")
                .owners("nhs-digital").activities(INFORMATION_AND_SIGNPOSTING, INFRASTRUCTURE).stages("spread")
                .drivers("information").technology("digital health");
        new InitiativeSpec(b, "girft", "Getting It Right First Time (GIRFT)", r, "R Box 20",
                "Reduces unwarranted variation using data and clinically led reviews; set up in NHS Improvement's Operational Productivity Directorate.")
                .owners("nhs-improvement").activities(EVALUATION_AND_EVIDENCE).drivers("motivations", "information")
                .focus(BOTH).productivity(YES).dates("2012", null);
        new InitiativeSpec(b, "rightcare", "NHS RightCare", r, "R Ch 6; Box 11",
                "Improvement programme on unwarranted variation; the Long Term Plan asks AHSNs to work with it.")
                .owners("nhs-england").activities(INFORMATION_AND_SIGNPOSTING).drivers("information").dates("2009", null);
    }

    private static void strategies(InnovationSystemBuilder b, SourceDocument r, SourceDocument blog) {
        new InitiativeSpec(b, "ihw", "Innovation, Health and Wealth", r, "R Ch 1.1; Ch 7.3.3",
                "National strategy for spreading innovation through the health system in England; introduced the AHSNs.")
                .acronym("IHW").owners("dhsc").instrument(NATIONAL_STRATEGIES_AND_PLANS).stages("spread").dates("2011", null);
        new InitiativeSpec(b, "aar", "Accelerated Access Review", r, "R Ch 2.1.1",
                "Independent review led by Sir Hugh Taylor on faster, cost-effective patient access to innovative medicines and medtech; 18 recommendations.")
                .acronym("AAR").owners("hm-government").instrument(POLICY_INTELLIGENCE).activities(EVALUATION_AND_EVIDENCE)
                .drivers("information", "ppie", "funding").status(CONCLUDED).dates("2014-09", "2016");
        new InitiativeSpec(b, "fyfv", "Five Year Forward View", r, "R Ch 2.1.2; Box 10",
                "NHS strategy with new care models and digitisation aims, with HEE, Monitor, CQC, PHE and the Trust Development Authority.")
                .acronym("FYFV").owners("nhs-england").partners("hee", "cqc", "phe").instrument(NATIONAL_STRATEGIES_AND_PLANS)
                .drivers("skills", "networks").dates("2014-10", null);
        new InitiativeSpec(b, "carter-review", "Carter Review of operational productivity", r, "R Ch 1.1; Ch 2.1.3",
                "Independent review for the Department of Health of productivity and unwarranted variation in acute hospitals, "
                        + "clinical and administrative; 15 recommendations.")
                .owners("dhsc").instrument(POLICY_INTELLIGENCE).focus(BOTH).productivity(YES).status(CONCLUDED)
                .drivers("motivations", "information").dates("2016-02", "2016-02");
        new InitiativeSpec(b, "ltp", "NHS Long Term Plan", r, "R Ch 2.1.4; Box 11",
                "Ten-year plan (January 2019) with innovation actions: Test Bed Clusters, a medtech funding mandate, adoption in "
                        + "performance metrics, and more emphasis on real-world testing.")
                .also(blog, "B observation 2").acronym("LTP").owners("nhs-england").instrument(NATIONAL_STRATEGIES_AND_PLANS)
                .dates("2019-01", null);
        new InitiativeSpec(b, "industrial-strategy", "UK Industrial Strategy", r, "R Ch 2.1.5; Ch 9.3.1",
                "Productivity and industrial competitiveness, including the AI and Life Sciences Sector Deals.")
                .owners("hm-government").instrument(NATIONAL_STRATEGIES_AND_PLANS).productivity(YES).dates("2017", null);
        new InitiativeSpec(b, "ppie-strategy", "National strategy for PPIE in innovation (proposed)", r, "R Box 5; Rec 14",
                "Proposed national strategy with an implementation plan for patient and public involvement and engagement in innovation.")
                .instrument(NATIONAL_STRATEGIES_AND_PLANS).activities(NETWORKING_AND_BROKERAGE).drivers("ppie")
                .targets("patients").status(PROPOSED);
        new InitiativeSpec(b, "innovating-with-impact-awards", "'Innovating with impact' awards (proposed)", r, "R Box 2; Rec 7",
                "Proposed awards for entrepreneurial activity or uptake, for individuals and organisations.")
                .instrument(CHALLENGES_PRIZES_AND_AWARDS).drivers("motivations").status(PROPOSED);
    }
}
