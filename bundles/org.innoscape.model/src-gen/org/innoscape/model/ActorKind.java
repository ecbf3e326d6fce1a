/**
 */
package org.innoscape.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Actor Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.innoscape.model.InnoscapePackage#getActorKind()
 * @model
 * @generated
 */
public enum ActorKind implements Enumerator {
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
	 * The '<em><b>GOVERNMENT DEPARTMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GOVERNMENT_DEPARTMENT_VALUE
	 * @generated
	 * @ordered
	 */
	GOVERNMENT_DEPARTMENT(1, "GOVERNMENT_DEPARTMENT", "GOVERNMENT_DEPARTMENT"),

	/**
	 * The '<em><b>ARMS LENGTH BODY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARMS_LENGTH_BODY_VALUE
	 * @generated
	 * @ordered
	 */
	ARMS_LENGTH_BODY(2, "ARMS_LENGTH_BODY", "ARMS_LENGTH_BODY"),

	/**
	 * The '<em><b>REGULATOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGULATOR_VALUE
	 * @generated
	 * @ordered
	 */
	REGULATOR(3, "REGULATOR", "REGULATOR"),

	/**
	 * The '<em><b>RESEARCH FUNDER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESEARCH_FUNDER_VALUE
	 * @generated
	 * @ordered
	 */
	RESEARCH_FUNDER(4, "RESEARCH_FUNDER", "RESEARCH_FUNDER"),

	/**
	 * The '<em><b>NETWORK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NETWORK_VALUE
	 * @generated
	 * @ordered
	 */
	NETWORK(5, "NETWORK", "NETWORK"),

	/**
	 * The '<em><b>HEALTHCARE PROVIDER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEALTHCARE_PROVIDER_VALUE
	 * @generated
	 * @ordered
	 */
	HEALTHCARE_PROVIDER(6, "HEALTHCARE_PROVIDER", "HEALTHCARE_PROVIDER"),

	/**
	 * The '<em><b>COMMISSIONER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMISSIONER_VALUE
	 * @generated
	 * @ordered
	 */
	COMMISSIONER(7, "COMMISSIONER", "COMMISSIONER"),

	/**
	 * The '<em><b>INDUSTRY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDUSTRY_VALUE
	 * @generated
	 * @ordered
	 */
	INDUSTRY(8, "INDUSTRY", "INDUSTRY"),

	/**
	 * The '<em><b>ACADEMIA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACADEMIA_VALUE
	 * @generated
	 * @ordered
	 */
	ACADEMIA(9, "ACADEMIA", "ACADEMIA"),

	/**
	 * The '<em><b>CHARITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHARITY_VALUE
	 * @generated
	 * @ordered
	 */
	CHARITY(10, "CHARITY", "CHARITY"),

	/**
	 * The '<em><b>PATIENT PUBLIC GROUP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PATIENT_PUBLIC_GROUP_VALUE
	 * @generated
	 * @ordered
	 */
	PATIENT_PUBLIC_GROUP(11, "PATIENT_PUBLIC_GROUP", "PATIENT_PUBLIC_GROUP"),

	/**
	 * The '<em><b>PROFESSIONAL BODY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROFESSIONAL_BODY_VALUE
	 * @generated
	 * @ordered
	 */
	PROFESSIONAL_BODY(12, "PROFESSIONAL_BODY", "PROFESSIONAL_BODY");

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
	 * The '<em><b>GOVERNMENT DEPARTMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GOVERNMENT_DEPARTMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GOVERNMENT_DEPARTMENT_VALUE = 1;

	/**
	 * The '<em><b>ARMS LENGTH BODY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARMS_LENGTH_BODY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ARMS_LENGTH_BODY_VALUE = 2;

	/**
	 * The '<em><b>REGULATOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGULATOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REGULATOR_VALUE = 3;

	/**
	 * The '<em><b>RESEARCH FUNDER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESEARCH_FUNDER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RESEARCH_FUNDER_VALUE = 4;

	/**
	 * The '<em><b>NETWORK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NETWORK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NETWORK_VALUE = 5;

	/**
	 * The '<em><b>HEALTHCARE PROVIDER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEALTHCARE_PROVIDER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HEALTHCARE_PROVIDER_VALUE = 6;

	/**
	 * The '<em><b>COMMISSIONER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMISSIONER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMMISSIONER_VALUE = 7;

	/**
	 * The '<em><b>INDUSTRY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDUSTRY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INDUSTRY_VALUE = 8;

	/**
	 * The '<em><b>ACADEMIA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACADEMIA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ACADEMIA_VALUE = 9;

	/**
	 * The '<em><b>CHARITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHARITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CHARITY_VALUE = 10;

	/**
	 * The '<em><b>PATIENT PUBLIC GROUP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PATIENT_PUBLIC_GROUP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PATIENT_PUBLIC_GROUP_VALUE = 11;

	/**
	 * The '<em><b>PROFESSIONAL BODY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROFESSIONAL_BODY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROFESSIONAL_BODY_VALUE = 12;

	/**
	 * An array of all the '<em><b>Actor Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ActorKind[] VALUES_ARRAY =
		new ActorKind[] {
			OTHER,
			GOVERNMENT_DEPARTMENT,
			ARMS_LENGTH_BODY,
			REGULATOR,
			RESEARCH_FUNDER,
			NETWORK,
			HEALTHCARE_PROVIDER,
			COMMISSIONER,
			INDUSTRY,
			ACADEMIA,
			CHARITY,
			PATIENT_PUBLIC_GROUP,
			PROFESSIONAL_BODY,
		};

	/**
	 * A public read-only list of all the '<em><b>Actor Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ActorKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Actor Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ActorKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ActorKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Actor Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ActorKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ActorKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Actor Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ActorKind get(int value) {
		switch (value) {
			case OTHER_VALUE: return OTHER;
			case GOVERNMENT_DEPARTMENT_VALUE: return GOVERNMENT_DEPARTMENT;
			case ARMS_LENGTH_BODY_VALUE: return ARMS_LENGTH_BODY;
			case REGULATOR_VALUE: return REGULATOR;
			case RESEARCH_FUNDER_VALUE: return RESEARCH_FUNDER;
			case NETWORK_VALUE: return NETWORK;
			case HEALTHCARE_PROVIDER_VALUE: return HEALTHCARE_PROVIDER;
			case COMMISSIONER_VALUE: return COMMISSIONER;
			case INDUSTRY_VALUE: return INDUSTRY;
			case ACADEMIA_VALUE: return ACADEMIA;
			case CHARITY_VALUE: return CHARITY;
			case PATIENT_PUBLIC_GROUP_VALUE: return PATIENT_PUBLIC_GROUP;
			case PROFESSIONAL_BODY_VALUE: return PROFESSIONAL_BODY;
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
	private ActorKind(int value, String name, String literal) {
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
	
} //ActorKind
