/**
 */
package org.innoscape.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Activity Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.innoscape.model.InnoscapePackage#getActivityType()
 * @model
 * @generated
 */
public enum ActivityType implements Enumerator {
	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(0, "OTHER", "OTHER"),

	/**
	 * The '<em><b>FUNDING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FUNDING_VALUE
	 * @generated
	 * @ordered
	 */
	FUNDING(1, "FUNDING", "FUNDING"),

	/**
	 * The '<em><b>TRAINING AND SKILLS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAINING_AND_SKILLS_VALUE
	 * @generated
	 * @ordered
	 */
	TRAINING_AND_SKILLS(2, "TRAINING_AND_SKILLS", "TRAINING_AND_SKILLS"),

	/**
	 * The '<em><b>NETWORKING AND BROKERAGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NETWORKING_AND_BROKERAGE_VALUE
	 * @generated
	 * @ordered
	 */
	NETWORKING_AND_BROKERAGE(3, "NETWORKING_AND_BROKERAGE", "NETWORKING_AND_BROKERAGE"),

	/**
	 * The '<em><b>EVALUATION AND EVIDENCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EVALUATION_AND_EVIDENCE_VALUE
	 * @generated
	 * @ordered
	 */
	EVALUATION_AND_EVIDENCE(4, "EVALUATION_AND_EVIDENCE", "EVALUATION_AND_EVIDENCE"),

	/**
	 * The '<em><b>REGULATORY ADVICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGULATORY_ADVICE_VALUE
	 * @generated
	 * @ordered
	 */
	REGULATORY_ADVICE(5, "REGULATORY_ADVICE", "REGULATORY_ADVICE"),

	/**
	 * The '<em><b>INFORMATION AND SIGNPOSTING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INFORMATION_AND_SIGNPOSTING_VALUE
	 * @generated
	 * @ordered
	 */
	INFORMATION_AND_SIGNPOSTING(6, "INFORMATION_AND_SIGNPOSTING", "INFORMATION_AND_SIGNPOSTING"),

	/**
	 * The '<em><b>PROCUREMENT AND COMMISSIONING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROCUREMENT_AND_COMMISSIONING_VALUE
	 * @generated
	 * @ordered
	 */
	PROCUREMENT_AND_COMMISSIONING(7, "PROCUREMENT_AND_COMMISSIONING", "PROCUREMENT_AND_COMMISSIONING"),

	/**
	 * The '<em><b>INFRASTRUCTURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INFRASTRUCTURE_VALUE
	 * @generated
	 * @ordered
	 */
	INFRASTRUCTURE(8, "INFRASTRUCTURE", "INFRASTRUCTURE");

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 0;

	/**
	 * The '<em><b>FUNDING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FUNDING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FUNDING_VALUE = 1;

	/**
	 * The '<em><b>TRAINING AND SKILLS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAINING_AND_SKILLS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TRAINING_AND_SKILLS_VALUE = 2;

	/**
	 * The '<em><b>NETWORKING AND BROKERAGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NETWORKING_AND_BROKERAGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NETWORKING_AND_BROKERAGE_VALUE = 3;

	/**
	 * The '<em><b>EVALUATION AND EVIDENCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EVALUATION_AND_EVIDENCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EVALUATION_AND_EVIDENCE_VALUE = 4;

	/**
	 * The '<em><b>REGULATORY ADVICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGULATORY_ADVICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REGULATORY_ADVICE_VALUE = 5;

	/**
	 * The '<em><b>INFORMATION AND SIGNPOSTING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INFORMATION_AND_SIGNPOSTING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INFORMATION_AND_SIGNPOSTING_VALUE = 6;

	/**
	 * The '<em><b>PROCUREMENT AND COMMISSIONING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROCUREMENT_AND_COMMISSIONING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROCUREMENT_AND_COMMISSIONING_VALUE = 7;

	/**
	 * The '<em><b>INFRASTRUCTURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INFRASTRUCTURE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INFRASTRUCTURE_VALUE = 8;

	/**
	 * An array of all the '<em><b>Activity Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ActivityType[] VALUES_ARRAY =
		new ActivityType[] {
			OTHER,
			FUNDING,
			TRAINING_AND_SKILLS,
			NETWORKING_AND_BROKERAGE,
			EVALUATION_AND_EVIDENCE,
			REGULATORY_ADVICE,
			INFORMATION_AND_SIGNPOSTING,
			PROCUREMENT_AND_COMMISSIONING,
			INFRASTRUCTURE,
		};

	/**
	 * A public read-only list of all the '<em><b>Activity Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ActivityType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Activity Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ActivityType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ActivityType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Activity Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ActivityType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ActivityType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Activity Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ActivityType get(int value) {
		switch (value) {
			case OTHER_VALUE: return OTHER;
			case FUNDING_VALUE: return FUNDING;
			case TRAINING_AND_SKILLS_VALUE: return TRAINING_AND_SKILLS;
			case NETWORKING_AND_BROKERAGE_VALUE: return NETWORKING_AND_BROKERAGE;
			case EVALUATION_AND_EVIDENCE_VALUE: return EVALUATION_AND_EVIDENCE;
			case REGULATORY_ADVICE_VALUE: return REGULATORY_ADVICE;
			case INFORMATION_AND_SIGNPOSTING_VALUE: return INFORMATION_AND_SIGNPOSTING;
			case PROCUREMENT_AND_COMMISSIONING_VALUE: return PROCUREMENT_AND_COMMISSIONING;
			case INFRASTRUCTURE_VALUE: return INFRASTRUCTURE;
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
	private ActivityType(int value, String name, String literal) {
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
	
} //ActivityType
