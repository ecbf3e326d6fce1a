package org.innoscape.examples;

import static org.innoscape.model.TimeFrame.LONG;
import static org.innoscape.model.TimeFrame.MEDIUM;
import static org.innoscape.model.TimeFrame.SHORT;
import static org.innoscape.model.TimeFrame.UNKNOWN;

import org.innoscape.model.Actor;
import org.innoscape.model.Driver;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.Recommendation;
import org.innoscape.model.TimeFrame;
import org.innoscape.model.build.InnovationSystemBuilder;
import org.innoscape.examples.EnglandHealthInnovation2021.Sources;

/**
 * The report's 30 recommendations (R ES Boxes 1-8; time frames from Tables 10-17 where one row
 * clearly matches: short 1-3 years, medium 4-5, long 6-10). Addressees are linked where the
 * recommendation names an organisation in the model; groups such as "policymakers" stay in the text.
 */
final class EnglandRecommendations {

    private EnglandRecommendations() {
    }

    static void add(InnovationSystemBuilder b, Sources s) {
        rec(b, s, 1, "skills", "Box 1", MEDIUM, "Identify and place trusted Innovation Champions and brokers across the system, with clear duties for supporting innovation.");
        rec(b, s, 2, "skills", "Box 1", MEDIUM, "Put innovation training into CPD and innovation skills into medical education, with professional communities, the Medical Royal Colleges and HEE.")
                .addressees(b, "royal-colleges", "hee");
        rec(b, s, 3, "skills", "Box 1", SHORT, "Set up jointly designed programmes that teach the private sector how to engage with the NHS and build business cases.")
                .addressees(b, "leadership-academy", "hee").implementedBy(b, "nia", "clinical-entrepreneurs");
        rec(b, s, 4, "motivations", "Box 2", SHORT, "Provider leadership at every level should take more responsibility for raising awareness of innovation and sharing information about it.")
                .addressees(b, "nhs-trusts");
        rec(b, s, 5, "motivations", "Box 2", LONG, "Where feasible, buy out professionals' programmed activities so they have time to engage with innovation.");
        rec(b, s, 6, "motivations", "Box 2", SHORT, "Monitor accountabilities more strongly to tackle unwarranted variation, and build innovation accountability into national regulatory and improvement regimes.")
                .addressees(b, "cqc");
        rec(b, s, 7, "motivations", "Box 2", SHORT, "Set up 'innovating with impact' awards for entrepreneurial activity or uptake, for individuals and organisations.")
                .implementedBy(b, "innovating-with-impact-awards");
        rec(b, s, 8, "information", "Box 3", UNKNOWN, "Build a national framework and infrastructure to oversee and coordinate information and evidence flows, with a national integrated data platform.");
        rec(b, s, 9, "information", "Box 3", UNKNOWN, "Create a framework for evaluating innovations that informs adoption decisions, with clear evidence standards, also for incumbent products.");
        rec(b, s, 10, "information", "Box 3", UNKNOWN, "Invest in regional and national consensus processes to set priority NHS innovation needs.")
                .addressees(b, "ahsns");
        rec(b, s, 11, "networks", "Box 4", UNKNOWN, "Align and coordinate existing innovation initiatives, organisations and relationships: clarify roles, remits and funding, and evaluate initiatives.");
        rec(b, s, 12, "networks", "Box 4", SHORT, "Write guiding principles for private-sector innovators on engaging with the NHS, and create NHS receptor roles.");
        rec(b, s, 13, "ppie", "Box 5", UNKNOWN, "Create patient and public involvement opportunities across the whole pathway while limiting tokenism.");
        rec(b, s, 14, "ppie", "Box 5", UNKNOWN, "Write a national strategy for patient and public involvement in innovation, with an implementation plan and explicit principles.")
                .implementedBy(b, "ppie-strategy");
        rec(b, s, 15, "ppie", "Box 5", SHORT, "Pay for coordinating PPIE activity and resources across levels and across research, innovation and improvement.")
                .addressees(b, "ahsns", "involve", "national-voices");
        rec(b, s, 16, "ppie", "Box 5", MEDIUM, "Signpost the information patients and the public need through the channels they use, and feed it into a national platform.");
        rec(b, s, 17, "funding", "Box 6", UNKNOWN, "Take a whole-system approach to the innovation funding portfolio so promising innovations get through the whole pathway.");
        rec(b, s, 18, "alignment", "Box 7", MEDIUM, "When designing new policy interventions, check how they fit existing policy to avoid needless duplication and use complementarities.");
        rec(b, s, 19, "alignment", "Box 7", MEDIUM, "Innovation, improvement and research policy bodies should work together on whether new initiatives are needed and how to design them.")
                .implementedBy(b, "hicf");
        rec(b, s, 20, "alignment", "Box 7", MEDIUM, "Look harder for areas where joint funding can prevent piecemeal, fragmented investment and support scale.")
                .implementedBy(b, "hicf");
        rec(b, s, 21, "alignment", "Box 7", SHORT, "State the financial and human resources that implementation will need.");
        rec(b, s, 22, "alignment", "Box 7", SHORT, "Identify and communicate the relationships that implementation will need.");
        rec(b, s, 23, "alignment", "Box 7", SHORT, "State the physical and information infrastructure that implementation will need.");
        rec(b, s, 24, "alignment", "Box 7", UNKNOWN, "Set key success metrics at the start.");
        rec(b, s, 25, "alignment", "Box 7", SHORT, "Identify sources of implementation support that stakeholders can reach.");
        rec(b, s, 26, "alignment", "Box 7", SHORT, "Communicate innovation policies and schemes with stakeholders' information needs, incentives and accountabilities in mind.");
        rec(b, s, 27, "alignment", "Box 7", SHORT, "Give stakeholders enough notice to take part, with clear selection criteria, timelines and processes.");
        rec(b, s, 28, "metrics", "Box 8", MEDIUM, "Measure innovation performance with four indicator types: pathway progression, adoption and diffusion, impact, and capacity for innovating.");
        rec(b, s, 29, "metrics", "Box 8", UNKNOWN, "Indicators should judge relevance, efficiency, effectiveness, impact and sustainability, weighed against data availability.");
        rec(b, s, 30, "metrics", "Box 8", UNKNOWN, "Build indicators alongside data and evidence infrastructure capacity.");
    }

    /** Chained set-up of one recommendation. */
    private record Rec(Recommendation recommendation) {
        Rec addressees(InnovationSystemBuilder b, String... actorKeys) {
            for (String key : actorKeys) {
                recommendation.getAddressedActors().add(b.get(Actor.class, key));
            }
            return this;
        }

        Rec implementedBy(InnovationSystemBuilder b, String... initiativeKeys) {
            for (String key : initiativeKeys) {
                recommendation.getImplementingInitiatives().add(b.get(PolicyInitiative.class, key));
            }
            return this;
        }
    }

    private static Rec rec(InnovationSystemBuilder b, Sources s, int number, String driverKey, String box, TimeFrame timeFrame, String text) {
        Recommendation recommendation = b.recommendation("rec-" + number, number, "Recommendation " + number, text);
        recommendation.setDriver(b.get(Driver.class, driverKey));
        recommendation.setTimeFrame(timeFrame);
        InnovationSystemBuilder.cite(recommendation, s.report(), "R ES " + box + "; Ch 12.2");
        return new Rec(recommendation);
    }
}
