package org.innoscape.io.values;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.innoscape.model.InstrumentType;

/**
 * The instrument-type labels of the EC-OECD STIP Compass codebooks and the model's instrument type
 * each one maps to. Labels are matched through {@link NameKey}, so case and punctuation do not
 * matter. docs/register-format.md prints this table per edition.
 */
public final class StipInstrumentLabels {
    private static final Map<String, InstrumentType> EDITION_2019 = new LinkedHashMap<>();
    private static final Map<String, InstrumentType> ADDED_LATER = new LinkedHashMap<>();

    static {
        e2019("Centres of excellence grants", InstrumentType.CENTRES_OF_EXCELLENCE_GRANTS);
        e2019("Corporate tax relief for R&D and innovation", InstrumentType.CORPORATE_TAX_RELIEF);
        e2019("Creation or reform of governance structure or public body", InstrumentType.GOVERNANCE_STRUCTURE_OR_PUBLIC_BODY);
        e2019("Debt guarantees and risk sharing schemes", InstrumentType.DEBT_GUARANTEES_AND_RISK_SHARING);
        e2019("Dedicated support to research infrastructures", InstrumentType.RESEARCH_INFRASTRUCTURE_SUPPORT);
        e2019("Emerging technology regulation", InstrumentType.EMERGING_TECHNOLOGY_REGULATION);
        e2019("Equity financing", InstrumentType.EQUITY_FINANCING);
        e2019("Fellowships and postgraduate loans and scholarships", InstrumentType.FELLOWSHIPS_AND_SCHOLARSHIPS);
        e2019("Formal consultation of stakeholders or experts", InstrumentType.STAKEHOLDER_CONSULTATION);
        e2019("Grants for business R&D and innovation", InstrumentType.GRANTS_FOR_BUSINESS_RND_AND_INNOVATION);
        e2019("Horizontal STI coordination bodies", InstrumentType.HORIZONTAL_STI_COORDINATION_BODIES);
        e2019("Information services and access to datasets", InstrumentType.INFORMATION_SERVICES_AND_DATASETS);
        e2019("Innovation vouchers", InstrumentType.INNOVATION_VOUCHERS);
        e2019("Institutional funding for public research", InstrumentType.INSTITUTIONAL_FUNDING_FOR_PUBLIC_RESEARCH);
        e2019("Intellectual property regulation and incentives", InstrumentType.INTELLECTUAL_PROPERTY_REGULATION);
        e2019("Labour mobility regulation and incentives", InstrumentType.LABOUR_MOBILITY_REGULATION);
        e2019("Loans and credits for innovation in firms", InstrumentType.LOANS_AND_CREDITS_FOR_INNOVATION);
        e2019("National strategies, agendas and plans", InstrumentType.NATIONAL_STRATEGIES_AND_PLANS);
        e2019("Networking and collaborative platforms", InstrumentType.NETWORKING_AND_COLLABORATIVE_PLATFORMS);
        e2019("Policy intelligence (e.g. evaluations, benchmarking and forecasts)", InstrumentType.POLICY_INTELLIGENCE);
        e2019("Procurement programmes for R&D and innovation", InstrumentType.PROCUREMENT_FOR_RND_AND_INNOVATION);
        e2019("Project grants for public research", InstrumentType.PROJECT_GRANTS_FOR_PUBLIC_RESEARCH);
        e2019("Public awareness campaigns and other outreach activities", InstrumentType.PUBLIC_AWARENESS_AND_OUTREACH);
        e2019("Regulatory oversight and ethical advice bodies", InstrumentType.REGULATORY_OVERSIGHT_AND_ETHICS_BODIES);
        e2019("Science and innovation challenges, prizes and awards", InstrumentType.CHALLENGES_PRIZES_AND_AWARDS);
        e2019("Standards and certification for technology development and adoption", InstrumentType.STANDARDS_AND_CERTIFICATION);
        e2019("Technology extension and business advisory services", InstrumentType.TECHNOLOGY_EXTENSION_AND_ADVISORY_SERVICES);
        // The 2021 and 2023 codebooks renamed four types and added one (tax relief for individuals).
        later("Strategies, agendas and plans", InstrumentType.NATIONAL_STRATEGIES_AND_PLANS);
        later("Tax or social contributions relief for firms investing in R&D and innovation", InstrumentType.CORPORATE_TAX_RELIEF);
        later("Tax relief for individuals supporting R&D and innovation", InstrumentType.TAX_RELIEF_FOR_INDIVIDUALS);
        later("Science and technology regulation and soft law", InstrumentType.EMERGING_TECHNOLOGY_REGULATION);
        later("Science and technology regulation", InstrumentType.EMERGING_TECHNOLOGY_REGULATION);
        later("Dedicated support to research and technical infrastructures", InstrumentType.RESEARCH_INFRASTRUCTURE_SUPPORT);
    }

    private StipInstrumentLabels() {
    }

    private static void e2019(String label, InstrumentType type) {
        EDITION_2019.put(label, type);
    }

    private static void later(String label, InstrumentType type) {
        ADDED_LATER.put(label, type);
    }

    /** The labels of the 2019 codebook. */
    public static Map<String, InstrumentType> edition2019() {
        return Collections.unmodifiableMap(EDITION_2019);
    }

    /** Labels added or renamed by the 2021 and 2023 codebooks. */
    public static Map<String, InstrumentType> addedLater() {
        return Collections.unmodifiableMap(ADDED_LATER);
    }

    /** Every label of every edition. */
    public static Map<String, InstrumentType> all() {
        Map<String, InstrumentType> all = new LinkedHashMap<>(EDITION_2019);
        all.putAll(ADDED_LATER);
        return all;
    }
}
