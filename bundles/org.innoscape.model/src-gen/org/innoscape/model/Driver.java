/**
 */
package org.innoscape.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Driver</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A driver of innovation, or a cross-cutting theme, with its sub-factors.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.innoscape.model.Driver#getKind <em>Kind</em>}</li>
 *   <li>{@link org.innoscape.model.Driver#getSubFactors <em>Sub Factors</em>}</li>
 * </ul>
 *
 * @see org.innoscape.model.InnoscapePackage#getDriver()
 * @model
 * @generated
 */
public interface Driver extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.innoscape.model.DriverKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.innoscape.model.DriverKind
	 * @see #setKind(DriverKind)
	 * @see org.innoscape.model.InnoscapePackage#getDriver_Kind()
	 * @model
	 * @generated
	 */
	DriverKind getKind();

	/**
	 * Sets the value of the '{@link org.innoscape.model.Driver#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.innoscape.model.DriverKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(DriverKind value);

	/**
	 * Returns the value of the '<em><b>Sub Factors</b></em>' containment reference list.
	 * The list contents are of type {@link org.innoscape.model.SubFactor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sub Factors</em>' containment reference list.
	 * @see org.innoscape.model.InnoscapePackage#getDriver_SubFactors()
	 * @model containment="true"
	 * @generated
	 */
	EList<SubFactor> getSubFactors();

} // Driver
