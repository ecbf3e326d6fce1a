/**
 */
package org.innoscape.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Instrument Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The 27 EC-OECD STIP Compass policy instrument types.
 * <!-- end-model-doc -->
 * @see org.innoscape.model.InnoscapePackage#getInstrumentType()
 * @model
 * @generated
 */
public enum InstrumentType implements Enumerator {
	/**
	 * The '<em><b>UNKNOWN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNKNOWN_VALUE
	 * @generated
	 * @ordered
	 */
	UNKNOWN(0, "UNKNOWN", "UNKNOWN"),

	/**
	 * The '<em><b>CENTRES OF EXCELLENCE GRANTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CENTRES_OF_EXCELLENCE_GRANTS_VALUE
	 * @generated
	 * @ordered
	 */
	CENTRES_OF_EXCELLENCE_GRANTS(1, "CENTRES_OF_EXCELLENCE_GRANTS", "CENTRES_OF_EXCELLENCE_GRANTS"),

	/**
	 * The '<em><b>CORPORATE TAX RELIEF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CORPORATE_TAX_RELIEF_VALUE
	 * @generated
	 * @ordered
	 */
	CORPORATE_TAX_RELIEF(2, "CORPORATE_TAX_RELIEF", "CORPORATE_TAX_RELIEF"),

	/**
	 * The '<em><b>GOVERNANCE STRUCTURE OR PUBLIC BODY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GOVERNANCE_STRUCTURE_OR_PUBLIC_BODY_VALUE
	 * @generated
	 * @ordered
	 */
	GOVERNANCE_STRUCTURE_OR_PUBLIC_BODY(3, "GOVERNANCE_STRUCTURE_OR_PUBLIC_BODY", "GOVERNANCE_STRUCTURE_OR_PUBLIC_BODY"),

	/**
	 * The '<em><b>DEBT GUARANTEES AND RISK SHARING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEBT_GUARANTEES_AND_RISK_SHARING_VALUE
	 * @generated
	 * @ordered
	 */
	DEBT_GUARANTEES_AND_RISK_SHARING(4, "DEBT_GUARANTEES_AND_RISK_SHARING", "DEBT_GUARANTEES_AND_RISK_SHARING"),

	/**
	 * The '<em><b>RESEARCH INFRASTRUCTURE SUPPORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESEARCH_INFRASTRUCTURE_SUPPORT_VALUE
	 * @generated
	 * @ordered
	 */
	RESEARCH_INFRASTRUCTURE_SUPPORT(5, "RESEARCH_INFRASTRUCTURE_SUPPORT", "RESEARCH_INFRASTRUCTURE_SUPPORT"),

	/**
	 * The '<em><b>EMERGING TECHNOLOGY REGULATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMERGING_TECHNOLOGY_REGULATION_VALUE
	 * @generated
	 * @ordered
	 */
	EMERGING_TECHNOLOGY_REGULATION(6, "EMERGING_TECHNOLOGY_REGULATION", "EMERGING_TECHNOLOGY_REGULATION"),

	/**
	 * The '<em><b>EQUITY FINANCING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EQUITY_FINANCING_VALUE
	 * @generated
	 * @ordered
	 */
	EQUITY_FINANCING(7, "EQUITY_FINANCING", "EQUITY_FINANCING"),

	/**
	 * The '<em><b>FELLOWSHIPS AND SCHOLARSHIPS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FELLOWSHIPS_AND_SCHOLARSHIPS_VALUE
	 * @generated
	 * @ordered
	 */
	FELLOWSHIPS_AND_SCHOLARSHIPS(8, "FELLOWSHIPS_AND_SCHOLARSHIPS", "FELLOWSHIPS_AND_SCHOLARSHIPS"),

	/**
	 * The '<em><b>STAKEHOLDER CONSULTATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STAKEHOLDER_CONSULTATION_VALUE
	 * @generated
	 * @ordered
	 */
	STAKEHOLDER_CONSULTATION(9, "STAKEHOLDER_CONSULTATION", "STAKEHOLDER_CONSULTATION"),

	/**
	 * The '<em><b>GRANTS FOR BUSINESS RND AND INNOVATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRANTS_FOR_BUSINESS_RND_AND_INNOVATION_VALUE
	 * @generated
	 * @ordered
	 */
	GRANTS_FOR_BUSINESS_RND_AND_INNOVATION(10, "GRANTS_FOR_BUSINESS_RND_AND_INNOVATION", "GRANTS_FOR_BUSINESS_RND_AND_INNOVATION"),

	/**
	 * The '<em><b>HORIZONTAL STI COORDINATION BODIES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HORIZONTAL_STI_COORDINATION_BODIES_VALUE
	 * @generated
	 * @ordered
	 */
	HORIZONTAL_STI_COORDINATION_BODIES(11, "HORIZONTAL_STI_COORDINATION_BODIES", "HORIZONTAL_STI_COORDINATION_BODIES"),

	/**
	 * The '<em><b>INFORMATION SERVICES AND DATASETS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INFORMATION_SERVICES_AND_DATASETS_VALUE
	 * @generated
	 * @ordered
	 */
	INFORMATION_SERVICES_AND_DATASETS(12, "INFORMATION_SERVICES_AND_DATASETS", "INFORMATION_SERVICES_AND_DATASETS"),

	/**
	 * The '<em><b>INNOVATION VOUCHERS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INNOVATION_VOUCHERS_VALUE
	 * @generated
	 * @ordered
	 */
	INNOVATION_VOUCHERS(13, "INNOVATION_VOUCHERS", "INNOVATION_VOUCHERS"),

	/**
	 * The '<em><b>INSTITUTIONAL FUNDING FOR PUBLIC RESEARCH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INSTITUTIONAL_FUNDING_FOR_PUBLIC_RESEARCH_VALUE
	 * @generated
	 * @ordered
	 */
	INSTITUTIONAL_FUNDING_FOR_PUBLIC_RESEARCH(14, "INSTITUTIONAL_FUNDING_FOR_PUBLIC_RESEARCH", "INSTITUTIONAL_FUNDING_FOR_PUBLIC_RESEARCH"),

	/**
	 * The '<em><b>INTELLECTUAL PROPERTY REGULATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTELLECTUAL_PROPERTY_REGULATION_VALUE
	 * @generated
	 * @ordered
	 */
	INTELLECTUAL_PROPERTY_REGULATION(15, "INTELLECTUAL_PROPERTY_REGULATION", "INTELLECTUAL_PROPERTY_REGULATION"),

	/**
	 * The '<em><b>LABOUR MOBILITY REGULATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LABOUR_MOBILITY_REGULATION_VALUE
	 * @generated
	 * @ordered
	 */
	LABOUR_MOBILITY_REGULATION(16, "LABOUR_MOBILITY_REGULATION", "LABOUR_MOBILITY_REGULATION"),

	/**
	 * The '<em><b>LOANS AND CREDITS FOR INNOVATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOANS_AND_CREDITS_FOR_INNOVATION_VALUE
	 * @generated
	 * @ordered
	 */
	LOANS_AND_CREDITS_FOR_INNOVATION(17, "LOANS_AND_CREDITS_FOR_INNOVATION", "LOANS_AND_CREDITS_FOR_INNOVATION"),

	/**
	 * The '<em><b>NATIONAL STRATEGIES AND PLANS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NATIONAL_STRATEGIES_AND_PLANS_VALUE
	 * @generated
	 * @ordered
	 */
	NATIONAL_STRATEGIES_AND_PLANS(18, "NATIONAL_STRATEGIES_AND_PLANS", "NATIONAL_STRATEGIES_AND_PLANS"),

	/**
	 * The '<em><b>NETWORKING AND COLLABORATIVE PLATFORMS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NETWORKING_AND_COLLABORATIVE_PLATFORMS_VALUE
	 * @generated
	 * @ordered
	 */
	NETWORKING_AND_COLLABORATIVE_PLATFORMS(19, "NETWORKING_AND_COLLABORATIVE_PLATFORMS", "NETWORKING_AND_COLLABORATIVE_PLATFORMS"),

	/**
	 * The '<em><b>POLICY INTELLIGENCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLICY_INTELLIGENCE_VALUE
	 * @generated
	 * @ordered
	 */
	POLICY_INTELLIGENCE(20, "POLICY_INTELLIGENCE", "POLICY_INTELLIGENCE"),

	/**
	 * The '<em><b>PROCUREMENT FOR RND AND INNOVATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROCUREMENT_FOR_RND_AND_INNOVATION_VALUE
	 * @generated
	 * @ordered
	 */
	PROCUREMENT_FOR_RND_AND_INNOVATION(21, "PROCUREMENT_FOR_RND_AND_INNOVATION", "PROCUREMENT_FOR_RND_AND_INNOVATION"),

	/**
	 * The '<em><b>PROJECT GRANTS FOR PUBLIC RESEARCH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROJECT_GRANTS_FOR_PUBLIC_RESEARCH_VALUE
	 * @generated
	 * @ordered
	 */
	PROJECT_GRANTS_FOR_PUBLIC_RESEARCH(22, "PROJECT_GRANTS_FOR_PUBLIC_RESEARCH", "PROJECT_GRANTS_FOR_PUBLIC_RESEARCH"),

	/**
	 * The '<em><b>PUBLIC AWARENESS AND OUTREACH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PUBLIC_AWARENESS_AND_OUTREACH_VALUE
	 * @generated
	 * @ordered
	 */
	PUBLIC_AWARENESS_AND_OUTREACH(23, "PUBLIC_AWARENESS_AND_OUTREACH", "PUBLIC_AWARENESS_AND_OUTREACH"),

	/**
	 * The '<em><b>REGULATORY OVERSIGHT AND ETHICS BODIES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGULATORY_OVERSIGHT_AND_ETHICS_BODIES_VALUE
	 * @generated
	 * @ordered
	 */
	REGULATORY_OVERSIGHT_AND_ETHICS_BODIES(24, "REGULATORY_OVERSIGHT_AND_ETHICS_BODIES", "REGULATORY_OVERSIGHT_AND_ETHICS_BODIES"),

	/**
	 * The '<em><b>CHALLENGES PRIZES AND AWARDS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHALLENGES_PRIZES_AND_AWARDS_VALUE
	 * @generated
	 * @ordered
	 */
	CHALLENGES_PRIZES_AND_AWARDS(25, "CHALLENGES_PRIZES_AND_AWARDS", "CHALLENGES_PRIZES_AND_AWARDS"),

	/**
	 * The '<em><b>STANDARDS AND CERTIFICATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STANDARDS_AND_CERTIFICATION_VALUE
	 * @generated
	 * @ordered
	 */
	STANDARDS_AND_CERTIFICATION(26, "STANDARDS_AND_CERTIFICATION", "STANDARDS_AND_CERTIFICATION"),

	/**
	 * The '<em><b>TECHNOLOGY EXTENSION AND ADVISORY SERVICES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TECHNOLOGY_EXTENSION_AND_ADVISORY_SERVICES_VALUE
	 * @generated
	 * @ordered
	 */
	TECHNOLOGY_EXTENSION_AND_ADVISORY_SERVICES(27, "TECHNOLOGY_EXTENSION_AND_ADVISORY_SERVICES", "TECHNOLOGY_EXTENSION_AND_ADVISORY_SERVICES"), /**
	 * The '<em><b>TAX RELIEF FOR INDIVIDUALS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TAX_RELIEF_FOR_INDIVIDUALS_VALUE
	 * @generated
	 * @ordered
	 */
	TAX_RELIEF_FOR_INDIVIDUALS(28, "TAX_RELIEF_FOR_INDIVIDUALS", "TAX_RELIEF_FOR_INDIVIDUALS");

	/**
	 * The '<em><b>UNKNOWN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNKNOWN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNKNOWN_VALUE = 0;

	/**
	 * The '<em><b>CENTRES OF EXCELLENCE GRANTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CENTRES_OF_EXCELLENCE_GRANTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CENTRES_OF_EXCELLENCE_GRANTS_VALUE = 1;

	/**
	 * The '<em><b>CORPORATE TAX RELIEF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CORPORATE_TAX_RELIEF
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CORPORATE_TAX_RELIEF_VALUE = 2;

	/**
	 * The '<em><b>GOVERNANCE STRUCTURE OR PUBLIC BODY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GOVERNANCE_STRUCTURE_OR_PUBLIC_BODY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GOVERNANCE_STRUCTURE_OR_PUBLIC_BODY_VALUE = 3;

	/**
	 * The '<em><b>DEBT GUARANTEES AND RISK SHARING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEBT_GUARANTEES_AND_RISK_SHARING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DEBT_GUARANTEES_AND_RISK_SHARING_VALUE = 4;

	/**
	 * The '<em><b>RESEARCH INFRASTRUCTURE SUPPORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESEARCH_INFRASTRUCTURE_SUPPORT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RESEARCH_INFRASTRUCTURE_SUPPORT_VALUE = 5;

	/**
	 * The '<em><b>EMERGING TECHNOLOGY REGULATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMERGING_TECHNOLOGY_REGULATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EMERGING_TECHNOLOGY_REGULATION_VALUE = 6;

	/**
	 * The '<em><b>EQUITY FINANCING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EQUITY_FINANCING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EQUITY_FINANCING_VALUE = 7;

	/**
	 * The '<em><b>FELLOWSHIPS AND SCHOLARSHIPS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FELLOWSHIPS_AND_SCHOLARSHIPS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FELLOWSHIPS_AND_SCHOLARSHIPS_VALUE = 8;

	/**
	 * The '<em><b>STAKEHOLDER CONSULTATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STAKEHOLDER_CONSULTATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STAKEHOLDER_CONSULTATION_VALUE = 9;

	/**
	 * The '<em><b>GRANTS FOR BUSINESS RND AND INNOVATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRANTS_FOR_BUSINESS_RND_AND_INNOVATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GRANTS_FOR_BUSINESS_RND_AND_INNOVATION_VALUE = 10;

	/**
	 * The '<em><b>HORIZONTAL STI COORDINATION BODIES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HORIZONTAL_STI_COORDINATION_BODIES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HORIZONTAL_STI_COORDINATION_BODIES_VALUE = 11;

	/**
	 * The '<em><b>INFORMATION SERVICES AND DATASETS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INFORMATION_SERVICES_AND_DATASETS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INFORMATION_SERVICES_AND_DATASETS_VALUE = 12;

	/**
	 * The '<em><b>INNOVATION VOUCHERS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INNOVATION_VOUCHERS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INNOVATION_VOUCHERS_VALUE = 13;

	/**
	 * The '<em><b>INSTITUTIONAL FUNDING FOR PUBLIC RESEARCH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INSTITUTIONAL_FUNDING_FOR_PUBLIC_RESEARCH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INSTITUTIONAL_FUNDING_FOR_PUBLIC_RESEARCH_VALUE = 14;

	/**
	 * The '<em><b>INTELLECTUAL PROPERTY REGULATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTELLECTUAL_PROPERTY_REGULATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTELLECTUAL_PROPERTY_REGULATION_VALUE = 15;

	/**
	 * The '<em><b>LABOUR MOBILITY REGULATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LABOUR_MOBILITY_REGULATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LABOUR_MOBILITY_REGULATION_VALUE = 16;

	/**
	 * The '<em><b>LOANS AND CREDITS FOR INNOVATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOANS_AND_CREDITS_FOR_INNOVATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LOANS_AND_CREDITS_FOR_INNOVATION_VALUE = 17;

	/**
	 * The '<em><b>NATIONAL STRATEGIES AND PLANS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NATIONAL_STRATEGIES_AND_PLANS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NATIONAL_STRATEGIES_AND_PLANS_VALUE = 18;

	/**
	 * The '<em><b>NETWORKING AND COLLABORATIVE PLATFORMS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NETWORKING_AND_COLLABORATIVE_PLATFORMS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NETWORKING_AND_COLLABORATIVE_PLATFORMS_VALUE = 19;

	/**
	 * The '<em><b>POLICY INTELLIGENCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLICY_INTELLIGENCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POLICY_INTELLIGENCE_VALUE = 20;

	/**
	 * The '<em><b>PROCUREMENT FOR RND AND INNOVATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROCUREMENT_FOR_RND_AND_INNOVATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROCUREMENT_FOR_RND_AND_INNOVATION_VALUE = 21;

	/**
	 * The '<em><b>PROJECT GRANTS FOR PUBLIC RESEARCH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROJECT_GRANTS_FOR_PUBLIC_RESEARCH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROJECT_GRANTS_FOR_PUBLIC_RESEARCH_VALUE = 22;

	/**
	 * The '<em><b>PUBLIC AWARENESS AND OUTREACH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PUBLIC_AWARENESS_AND_OUTREACH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PUBLIC_AWARENESS_AND_OUTREACH_VALUE = 23;

	/**
	 * The '<em><b>REGULATORY OVERSIGHT AND ETHICS BODIES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGULATORY_OVERSIGHT_AND_ETHICS_BODIES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REGULATORY_OVERSIGHT_AND_ETHICS_BODIES_VALUE = 24;

	/**
	 * The '<em><b>CHALLENGES PRIZES AND AWARDS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHALLENGES_PRIZES_AND_AWARDS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CHALLENGES_PRIZES_AND_AWARDS_VALUE = 25;

	/**
	 * The '<em><b>STANDARDS AND CERTIFICATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STANDARDS_AND_CERTIFICATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STANDARDS_AND_CERTIFICATION_VALUE = 26;

	/**
	 * The '<em><b>TECHNOLOGY EXTENSION AND ADVISORY SERVICES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TECHNOLOGY_EXTENSION_AND_ADVISORY_SERVICES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TECHNOLOGY_EXTENSION_AND_ADVISORY_SERVICES_VALUE = 27;

	/**
	 * The '<em><b>TAX RELIEF FOR INDIVIDUALS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TAX_RELIEF_FOR_INDIVIDUALS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TAX_RELIEF_FOR_INDIVIDUALS_VALUE = 28;

	/**
	 * An array of all the '<em><b>Instrument Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final InstrumentType[] VALUES_ARRAY =
		new InstrumentType[] {
			UNKNOWN,
			CENTRES_OF_EXCELLENCE_GRANTS,
			CORPORATE_TAX_RELIEF,
			GOVERNANCE_STRUCTURE_OR_PUBLIC_BODY,
			DEBT_GUARANTEES_AND_RISK_SHARING,
			RESEARCH_INFRASTRUCTURE_SUPPORT,
			EMERGING_TECHNOLOGY_REGULATION,
			EQUITY_FINANCING,
			FELLOWSHIPS_AND_SCHOLARSHIPS,
			STAKEHOLDER_CONSULTATION,
			GRANTS_FOR_BUSINESS_RND_AND_INNOVATION,
			HORIZONTAL_STI_COORDINATION_BODIES,
			INFORMATION_SERVICES_AND_DATASETS,
			INNOVATION_VOUCHERS,
			INSTITUTIONAL_FUNDING_FOR_PUBLIC_RESEARCH,
			INTELLECTUAL_PROPERTY_REGULATION,
			LABOUR_MOBILITY_REGULATION,
			LOANS_AND_CREDITS_FOR_INNOVATION,
			NATIONAL_STRATEGIES_AND_PLANS,
			NETWORKING_AND_COLLABORATIVE_PLATFORMS,
			POLICY_INTELLIGENCE,
			PROCUREMENT_FOR_RND_AND_INNOVATION,
			PROJECT_GRANTS_FOR_PUBLIC_RESEARCH,
			PUBLIC_AWARENESS_AND_OUTREACH,
			REGULATORY_OVERSIGHT_AND_ETHICS_BODIES,
			CHALLENGES_PRIZES_AND_AWARDS,
			STANDARDS_AND_CERTIFICATION,
			TECHNOLOGY_EXTENSION_AND_ADVISORY_SERVICES,
			TAX_RELIEF_FOR_INDIVIDUALS,
		};

	/**
	 * A public read-only list of all the '<em><b>Instrument Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<InstrumentType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Instrument Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InstrumentType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InstrumentType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Instrument Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InstrumentType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InstrumentType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Instrument Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InstrumentType get(int value) {
		switch (value) {
			case UNKNOWN_VALUE: return UNKNOWN;
			case CENTRES_OF_EXCELLENCE_GRANTS_VALUE: return CENTRES_OF_EXCELLENCE_GRANTS;
			case CORPORATE_TAX_RELIEF_VALUE: return CORPORATE_TAX_RELIEF;
			case GOVERNANCE_STRUCTURE_OR_PUBLIC_BODY_VALUE: return GOVERNANCE_STRUCTURE_OR_PUBLIC_BODY;
			case DEBT_GUARANTEES_AND_RISK_SHARING_VALUE: return DEBT_GUARANTEES_AND_RISK_SHARING;
			case RESEARCH_INFRASTRUCTURE_SUPPORT_VALUE: return RESEARCH_INFRASTRUCTURE_SUPPORT;
			case EMERGING_TECHNOLOGY_REGULATION_VALUE: return EMERGING_TECHNOLOGY_REGULATION;
			case EQUITY_FINANCING_VALUE: return EQUITY_FINANCING;
			case FELLOWSHIPS_AND_SCHOLARSHIPS_VALUE: return FELLOWSHIPS_AND_SCHOLARSHIPS;
			case STAKEHOLDER_CONSULTATION_VALUE: return STAKEHOLDER_CONSULTATION;
			case GRANTS_FOR_BUSINESS_RND_AND_INNOVATION_VALUE: return GRANTS_FOR_BUSINESS_RND_AND_INNOVATION;
			case HORIZONTAL_STI_COORDINATION_BODIES_VALUE: return HORIZONTAL_STI_COORDINATION_BODIES;
			case INFORMATION_SERVICES_AND_DATASETS_VALUE: return INFORMATION_SERVICES_AND_DATASETS;
			case INNOVATION_VOUCHERS_VALUE: return INNOVATION_VOUCHERS;
			case INSTITUTIONAL_FUNDING_FOR_PUBLIC_RESEARCH_VALUE: return INSTITUTIONAL_FUNDING_FOR_PUBLIC_RESEARCH;
			case INTELLECTUAL_PROPERTY_REGULATION_VALUE: return INTELLECTUAL_PROPERTY_REGULATION;
			case LABOUR_MOBILITY_REGULATION_VALUE: return LABOUR_MOBILITY_REGULATION;
			case LOANS_AND_CREDITS_FOR_INNOVATION_VALUE: return LOANS_AND_CREDITS_FOR_INNOVATION;
			case NATIONAL_STRATEGIES_AND_PLANS_VALUE: return NATIONAL_STRATEGIES_AND_PLANS;
			case NETWORKING_AND_COLLABORATIVE_PLATFORMS_VALUE: return NETWORKING_AND_COLLABORATIVE_PLATFORMS;
			case POLICY_INTELLIGENCE_VALUE: return POLICY_INTELLIGENCE;
			case PROCUREMENT_FOR_RND_AND_INNOVATION_VALUE: return PROCUREMENT_FOR_RND_AND_INNOVATION;
			case PROJECT_GRANTS_FOR_PUBLIC_RESEARCH_VALUE: return PROJECT_GRANTS_FOR_PUBLIC_RESEARCH;
			case PUBLIC_AWARENESS_AND_OUTREACH_VALUE: return PUBLIC_AWARENESS_AND_OUTREACH;
			case REGULATORY_OVERSIGHT_AND_ETHICS_BODIES_VALUE: return REGULATORY_OVERSIGHT_AND_ETHICS_BODIES;
			case CHALLENGES_PRIZES_AND_AWARDS_VALUE: return CHALLENGES_PRIZES_AND_AWARDS;
			case STANDARDS_AND_CERTIFICATION_VALUE: return STANDARDS_AND_CERTIFICATION;
			case TECHNOLOGY_EXTENSION_AND_ADVISORY_SERVICES_VALUE: return TECHNOLOGY_EXTENSION_AND_ADVISORY_SERVICES;
			case TAX_RELIEF_FOR_INDIVIDUALS_VALUE: return TAX_RELIEF_FOR_INDIVIDUALS;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private InstrumentType(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //InstrumentType
