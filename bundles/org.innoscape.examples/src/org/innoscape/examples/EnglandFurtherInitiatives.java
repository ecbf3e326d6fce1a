package org.innoscape.examples;

import static org.innoscape.model.ActivityType.EVALUATION_AND_EVIDENCE;
import static org.innoscape.model.ActivityType.FUNDING;
import static org.innoscape.model.ActivityType.INFORMATION_AND_SIGNPOSTING;
import static org.innoscape.model.ActivityType.NETWORKING_AND_BROKERAGE;
import static org.innoscape.model.ActivityType.PROCUREMENT_AND_COMMISSIONING;
import static org.innoscape.model.ActivityType.TRAINING_AND_SKILLS;
import static org.innoscape.model.InitiativeStatus.PROPOSED;
import static org.innoscape.model.InstrumentType.NATIONAL_STRATEGIES_AND_PLANS;
import static org.innoscape.model.InstrumentType.POLICY_INTELLIGENCE;

import org.innoscape.model.SourceDocument;
import org.innoscape.model.build.InnovationSystemBuilder;

/**
 * The other schemes, strategies, networks and information resources the report names, mostly in
 * passing: only what it states is recorded, often just the name, the section and a line of purpose.
 */
final class EnglandFurtherInitiatives {

    private EnglandFurtherInitiatives() {
    }

    static void add(InnovationSystemBuilder b, SourceDocument r) {
        strategiesAndReviews(b, r);
        accessAndCommissioning(b, r);
        networksAndSkills(b, r);
        informationAndPpie(b, r);
    }

    private static InitiativeSpec named(InnovationSystemBuilder b, String key, String name, SourceDocument r, String section,
            String description) {
        return new InitiativeSpec(b, key, name, r, section, description);
    }

    private static void strategiesAndReviews(InnovationSystemBuilder b, SourceDocument r) {
        named(b, "next-steps-fyfv", "Next Steps on the NHS Five Year Forward View", r, "R Ch 2.1.2; Box 10",
                "Progress and next steps across nine areas, including digitisation aims such as the NHS Apps Library.")
                .owners("nhs-england").instrument(NATIONAL_STRATEGIES_AND_PLANS).dates("2017-11", null);
        named(b, "wachter-review", "Wachter Review", r, "R Ch 2.1.2; Box 10",
                "Review of making better use of health IT; the basis of the Digital Exemplars.")
                .instrument(POLICY_INTELLIGENCE).dates("2016", "2016");
        named(b, "naylor-review", "Naylor Review", r, "R Ch 1.1", "Review of the NHS's technical efficiency.")
                .instrument(POLICY_INTELLIGENCE).dates("2017", "2017");
        named(b, "life-sciences-strategy", "Life Sciences Industrial Strategy", r, "R Ch 2.1",
                "Strategy (Bell, 2017) supporting health innovation.").instrument(NATIONAL_STRATEGIES_AND_PLANS).dates("2017", null);
        named(b, "life-sciences-deal", "Life Sciences Sector Deal", r, "R Ch 2.1.5; Box 11",
                "Supports UK production of innovative treatments and technologies; NHS England supports it.")
                .owners("hm-government").instrument(NATIONAL_STRATEGIES_AND_PLANS).dates("2017", null);
        named(b, "ai-deal", "Artificial Intelligence Sector Deal", r, "R Ch 2.1.5; Ch 12.3", "Sector deal of the Industrial Strategy.")
                .owners("hm-government").instrument(NATIONAL_STRATEGIES_AND_PLANS).dates("2017", null);
        named(b, "hsca-2012", "Health and Social Care Act 2012", r, "R Ch 12.1",
                "Opened commissioning and procurement to more competition and decentralised decisions.").dates("2012", null);
        named(b, "twelve-actions", "12 Actions to Support and Apply Research in the NHS", r, "R Box 11",
                "NHS England Board paper on research in the NHS.").owners("nhs-england").dates("2017", null);
        named(b, "new-care-models", "New care models (Vanguards)", r, "R Box 9; Ch 2.1.2",
                "Service models of the Five Year Forward View tried out through the Vanguards.").owners("nhs-england");
        named(b, "digital-exemplars", "Global Digital Exemplars", r, "R Box 10; Ch 12",
                "Acute and mental health providers setting a blueprint for digital care.").technology("digital");
    }

    private static void accessAndCommissioning(InnovationSystemBuilder b, SourceDocument r) {
        named(b, "cancer-drugs-fund", "Cancer Drugs Fund", r, "R Box 9", "Existing scheme the Accelerated Access Collaborative builds on.");
        named(b, "nice-fast-track", "NICE fast-track approvals", r, "R Box 9", "Existing scheme the Accelerated Access Collaborative builds on.")
                .owners("nice");
        named(b, "budget-impact-test", "NICE and NHS England budget impact test", r, "R Box 9",
                "Existing scheme the Accelerated Access Collaborative builds on.").owners("nice", "nhs-england");
        named(b, "commercial-unit", "NHS England commercial function", r, "R Box 9",
                "New commercial unit for negotiations with industry, alongside the NICE commercial liaison team.")
                .owners("nhs-england").activities(PROCUREMENT_AND_COMMISSIONING).dates("2017-11", null);
        named(b, "outcome-based-commissioning", "Outcome-based commissioning", r, "R Ch 9.3",
                "Commissioning that pays on real-world outcomes; its scalability is yet to be seen.")
                .activities(PROCUREMENT_AND_COMMISSIONING).stages("adoption", "spread").drivers("funding");
        named(b, "commissioning-through-evaluation", "Commissioning through evaluation", r, "R Ch 9.3",
                "A newer mechanism to support uptake while evidence is gathered.")
                .activities(PROCUREMENT_AND_COMMISSIONING, EVALUATION_AND_EVIDENCE).stages("adoption").drivers("funding");
        named(b, "pre-commercial-procurement", "Pre-commercial procurement commitments", r, "R Box 19; Box 31; Ch 9.3",
                "Demand-led pull: a guaranteed purchase, as NHSBT did for the Blood Donor Chair.")
                .activities(PROCUREMENT_AND_COMMISSIONING).drivers("funding");
        named(b, "risk-sharing", "Risk- and reward-sharing agreements", r, "R Ch 9.3; Ch 2.1.1",
                "Agreements between innovators and the NHS from the Accelerated Access Review, to be explored and evaluated.")
                .activities(PROCUREMENT_AND_COMMISSIONING).drivers("funding").status(PROPOSED);
        named(b, "epsrc-mrc-joint-funding", "EPSRC and MRC joint funding for innovations", r, "R Ch 10.1",
                "Cited as a good example of joint funding.").owners("epsrc", "mrc").activities(FUNDING).drivers("funding", "alignment");
        named(b, "eu-funding", "EU framework programmes and European Regional Development Funds", r, "R Box 27",
                "National-level funding sources named by stakeholders.").owners("eu").activities(FUNDING).stages("development");
        named(b, "grantfinder", "GrantFinder", r, "R Box 27", "Web search tool for small pots of funding, mainly research grants.")
                .activities(INFORMATION_AND_SIGNPOSTING).drivers("funding", "information");
        named(b, "local-seed-funds", "Regional and local seed funding and competitions", r, "R Box 27; Ch 9",
                "Trust competitions, CCG innovation pots and AHSN pump-prime funds for internal and local innovators.")
                .activities(FUNDING).stages("idea", "development").targets("innovators");
    }

    private static void networksAndSkills(InnovationSystemBuilder b, SourceDocument r) {
        named(b, "export-collaborative", "NHS Export Collaborative", r, "R Box 11", "Planned with Healthcare UK in the NHS Long Term Plan.")
                .owners("nhs-england").dates("2019-01", null).status(PROPOSED);
        named(b, "innovator-advisory-service", "Advisory service for innovators", r, "R Box 11",
                "New service for innovators, with the AHSNs, in the NHS Long Term Plan.").partners("ahsns")
                .activities(INFORMATION_AND_SIGNPOSTING).targets("innovators").status(PROPOSED);
        named(b, "innovation-national-networks", "NHS Innovation National Networks", r, "R Box 9; Ch 7.3.3",
                "Connect local and regional activity and the AHSNs with national clinical and policy leads.")
                .activities(NETWORKING_AND_BROKERAGE).stages("adoption", "spread").drivers("networks");
        named(b, "innovation-hubs", "Innovation Hubs", r, "R Ch 4.3.3; Ch 7",
                "Training, mentorship and seed funding for innovators; an information source and entry point.")
                .activities(TRAINING_AND_SKILLS, FUNDING, INFORMATION_AND_SIGNPOSTING).targets("innovators").drivers("networks", "skills");
        named(b, "gde-learning-network", "Global Digital Exemplar Learning Network", r, "R Box 10",
                "Learning network from the Next Steps on the Five Year Forward View.").activities(NETWORKING_AND_BROKERAGE)
                .drivers("skills", "networks");
        named(b, "leadership-academy-programmes", "NHS Leadership Academy programmes", r, "R Box 12; Ch 4",
                "Leadership training whose expertise could help design training for the private sector.")
                .owners("leadership-academy").activities(TRAINING_AND_SKILLS).drivers("skills");
        named(b, "regional-training", "Regional innovation training programmes", r, "R Ch 4.3.3",
                "Leadership, communication, entrepreneurship, legal and IP training by AHSNs, hubs, universities and others.")
                .activities(TRAINING_AND_SKILLS).drivers("skills");
        named(b, "innovation-champions", "Innovation Champions, Scouts and Leads schemes", r, "R Ch 4; Box 1",
                "Running in some regions and AHSNs; Recommendation 1 would scale them up.")
                .activities(NETWORKING_AND_BROKERAGE).drivers("skills");
        named(b, "nenc-innovation-pathway", "AHSN North East and North Cumbria Innovation Pathway", r, "R Ch 7.3.3",
                "Helps industry and NHS organisations find their way through opportunities and connect with the right actors.")
                .owners("nenc-ahsn").activities(NETWORKING_AND_BROKERAGE, INFORMATION_AND_SIGNPOSTING);
    }

    private static void informationAndPpie(InnovationSystemBuilder b, SourceDocument r) {
        named(b, "uk-pharmascan", "UK PharmaScan", r, "R Ch 6", "Finds new medicines on the horizon.")
                .activities(INFORMATION_AND_SIGNPOSTING).stages("need").drivers("information");
        named(b, "model-hospital", "Model Hospital portal", r, "R Box 20", "The main way to access GIRFT information.")
                .activities(INFORMATION_AND_SIGNPOSTING).drivers("information");
        named(b, "prescribing-metric", "Prescribing Metric", r, "R Ch 6", "Open-access tool on CCG and GP prescribing, used with NHS RightCare.")
                .activities(INFORMATION_AND_SIGNPOSTING).drivers("information");
        named(b, "fabulous-stuff", "Academy of Fabulous Stuff", r, "R Ch 6", "National online portal for sharing practice.")
                .activities(INFORMATION_AND_SIGNPOSTING).drivers("information");
        named(b, "outcomes-framework", "NHS Outcomes Framework", r, "R Ch 11.3.3",
                "Outcome domains from preventing premature death to safe care.").drivers("metrics").measures("impact-patients");
        named(b, "james-lind-psp", "Priority Setting Partnerships (James Lind Alliance)", r, "R Ch 8",
                "Named among the patient and public involvement initiatives.").drivers("ppie");
        named(b, "research-for-the-future", "Research for the Future", r, "R Ch 8", "Named by survey respondents as an NHS-led activity involving patients.")
                .drivers("ppie");
        named(b, "working-in-partnership", "Working in Partnership Programme", r, "R Ch 8",
                "Named by survey respondents as an NHS-led activity involving patients.").drivers("ppie");
        named(b, "cavendish-coalition", "Cavendish Coalition", r, "R Ch 8", "Named by survey respondents as an NHS-led activity involving patients.")
                .drivers("ppie");
        named(b, "oversight-committee", "Oversight committee for the recommendations (proposed)", r, "R Ch 12.3",
                "Proposed committee to oversee implementing the recommendations, with a lead for each driver.")
                .partners("dhsc", "nhs-england", "nhs-improvement", "ols", "nhs-digital").drivers("alignment").status(PROPOSED);
    }
}
