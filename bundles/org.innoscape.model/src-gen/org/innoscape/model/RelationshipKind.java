/**
 */
package org.innoscape.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Relationship Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.innoscape.model.InnoscapePackage#getRelationshipKind()
 * @model
 * @generated
 */
public enum RelationshipKind implements Enumerator {
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
	 * The '<em><b>FUNDS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FUNDS_VALUE
	 * @generated
	 * @ordered
	 */
	FUNDS(1, "FUNDS", "FUNDS"),

	/**
	 * The '<em><b>COMMISSIONS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMISSIONS_VALUE
	 * @generated
	 * @ordered
	 */
	COMMISSIONS(2, "COMMISSIONS", "COMMISSIONS"),

	/**
	 * The '<em><b>REGULATES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGULATES_VALUE
	 * @generated
	 * @ordered
	 */
	REGULATES(3, "REGULATES", "REGULATES"),

	/**
	 * The '<em><b>EVALUATES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EVALUATES_VALUE
	 * @generated
	 * @ordered
	 */
	EVALUATES(4, "EVALUATES", "EVALUATES"),

	/**
	 * The '<em><b>BROKERS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BROKERS_VALUE
	 * @generated
	 * @ordered
	 */
	BROKERS(5, "BROKERS", "BROKERS"),

	/**
	 * The '<em><b>PARTNERS WITH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTNERS_WITH_VALUE
	 * @generated
	 * @ordered
	 */
	PARTNERS_WITH(6, "PARTNERS_WITH", "PARTNERS_WITH"),

	/**
	 * The '<em><b>SUPPLIES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPPLIES_VALUE
	 * @generated
	 * @ordered
	 */
	SUPPLIES(7, "SUPPLIES", "SUPPLIES"),

	/**
	 * The '<em><b>ADOPTS FROM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADOPTS_FROM_VALUE
	 * @generated
	 * @ordered
	 */
	ADOPTS_FROM(8, "ADOPTS_FROM", "ADOPTS_FROM"),

	/**
	 * The '<em><b>ACCOUNTABLE TO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCOUNTABLE_TO_VALUE
	 * @generated
	 * @ordered
	 */
	ACCOUNTABLE_TO(9, "ACCOUNTABLE_TO", "ACCOUNTABLE_TO"),

	/**
	 * The '<em><b>ADVISES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVISES_VALUE
	 * @generated
	 * @ordered
	 */
	ADVISES(10, "ADVISES", "ADVISES"),

	/**
	 * The '<em><b>REPRESENTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPRESENTS_VALUE
	 * @generated
	 * @ordered
	 */
	REPRESENTS(11, "REPRESENTS", "REPRESENTS"),

	/**
	 * The '<em><b>HOSTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOSTS_VALUE
	 * @generated
	 * @ordered
	 */
	HOSTS(12, "HOSTS", "HOSTS");

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
	 * The '<em><b>FUNDS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FUNDS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FUNDS_VALUE = 1;

	/**
	 * The '<em><b>COMMISSIONS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMISSIONS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMMISSIONS_VALUE = 2;

	/**
	 * The '<em><b>REGULATES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGULATES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REGULATES_VALUE = 3;

	/**
	 * The '<em><b>EVALUATES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EVALUATES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EVALUATES_VALUE = 4;

	/**
	 * The '<em><b>BROKERS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BROKERS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BROKERS_VALUE = 5;

	/**
	 * The '<em><b>PARTNERS WITH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTNERS_WITH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PARTNERS_WITH_VALUE = 6;

	/**
	 * The '<em><b>SUPPLIES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPPLIES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUPPLIES_VALUE = 7;

	/**
	 * The '<em><b>ADOPTS FROM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADOPTS_FROM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADOPTS_FROM_VALUE = 8;

	/**
	 * The '<em><b>ACCOUNTABLE TO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCOUNTABLE_TO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ACCOUNTABLE_TO_VALUE = 9;

	/**
	 * The '<em><b>ADVISES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVISES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADVISES_VALUE = 10;

	/**
	 * The '<em><b>REPRESENTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPRESENTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REPRESENTS_VALUE = 11;

	/**
	 * The '<em><b>HOSTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOSTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HOSTS_VALUE = 12;

	/**
	 * An array of all the '<em><b>Relationship Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RelationshipKind[] VALUES_ARRAY =
		new RelationshipKind[] {
			OTHER,
			FUNDS,
			COMMISSIONS,
			REGULATES,
			EVALUATES,
			BROKERS,
			PARTNERS_WITH,
			SUPPLIES,
			ADOPTS_FROM,
			ACCOUNTABLE_TO,
			ADVISES,
			REPRESENTS,
			HOSTS,
		};

	/**
	 * A public read-only list of all the '<em><b>Relationship Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RelationshipKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Relationship Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RelationshipKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RelationshipKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Relationship Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RelationshipKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RelationshipKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Relationship Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RelationshipKind get(int value) {
		switch (value) {
			case OTHER_VALUE: return OTHER;
			case FUNDS_VALUE: return FUNDS;
			case COMMISSIONS_VALUE: return COMMISSIONS;
			case REGULATES_VALUE: return REGULATES;
			case EVALUATES_VALUE: return EVALUATES;
			case BROKERS_VALUE: return BROKERS;
			case PARTNERS_WITH_VALUE: return PARTNERS_WITH;
			case SUPPLIES_VALUE: return SUPPLIES;
			case ADOPTS_FROM_VALUE: return ADOPTS_FROM;
			case ACCOUNTABLE_TO_VALUE: return ACCOUNTABLE_TO;
			case ADVISES_VALUE: return ADVISES;
			case REPRESENTS_VALUE: return REPRESENTS;
			case HOSTS_VALUE: return HOSTS;
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
	private RelationshipKind(int value, String name, String literal) {
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
	
} //RelationshipKind
