/**
 */
package org.innoscape.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Pathway Side</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.innoscape.model.InnoscapePackage#getPathwaySide()
 * @model
 * @generated
 */
public enum PathwaySide implements Enumerator {
	/**
	 * The '<em><b>INNOVATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INNOVATION_VALUE
	 * @generated
	 * @ordered
	 */
	INNOVATION(0, "INNOVATION", "INNOVATION"),

	/**
	 * The '<em><b>ADOPTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADOPTION_VALUE
	 * @generated
	 * @ordered
	 */
	ADOPTION(1, "ADOPTION", "ADOPTION"),

	/**
	 * The '<em><b>CROSS CUTTING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CROSS_CUTTING_VALUE
	 * @generated
	 * @ordered
	 */
	CROSS_CUTTING(2, "CROSS_CUTTING", "CROSS_CUTTING");

	/**
	 * The '<em><b>INNOVATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INNOVATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INNOVATION_VALUE = 0;

	/**
	 * The '<em><b>ADOPTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADOPTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADOPTION_VALUE = 1;

	/**
	 * The '<em><b>CROSS CUTTING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CROSS_CUTTING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CROSS_CUTTING_VALUE = 2;

	/**
	 * An array of all the '<em><b>Pathway Side</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PathwaySide[] VALUES_ARRAY =
		new PathwaySide[] {
			INNOVATION,
			ADOPTION,
			CROSS_CUTTING,
		};

	/**
	 * A public read-only list of all the '<em><b>Pathway Side</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PathwaySide> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Pathway Side</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PathwaySide get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PathwaySide result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Pathway Side</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PathwaySide getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PathwaySide result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Pathway Side</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PathwaySide get(int value) {
		switch (value) {
			case INNOVATION_VALUE: return INNOVATION;
			case ADOPTION_VALUE: return ADOPTION;
			case CROSS_CUTTING_VALUE: return CROSS_CUTTING;
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
	private PathwaySide(int value, String name, String literal) {
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
	
} //PathwaySide
