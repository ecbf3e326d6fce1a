/**
 */
package org.innoscape.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stakeholder Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A group that initiatives target, such as innovators, adopters or patients.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.innoscape.model.StakeholderGroup#getSide <em>Side</em>}</li>
 *   <li>{@link org.innoscape.model.StakeholderGroup#getMembers <em>Members</em>}</li>
 * </ul>
 *
 * @see org.innoscape.model.InnoscapePackage#getStakeholderGroup()
 * @model
 * @generated
 */
public interface StakeholderGroup extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Side</b></em>' attribute.
	 * The literals are from the enumeration {@link org.innoscape.model.PathwaySide}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Side</em>' attribute.
	 * @see org.innoscape.model.PathwaySide
	 * @see #setSide(PathwaySide)
	 * @see org.innoscape.model.InnoscapePackage#getStakeholderGroup_Side()
	 * @model
	 * @generated
	 */
	PathwaySide getSide();

	/**
	 * Sets the value of the '{@link org.innoscape.model.StakeholderGroup#getSide <em>Side</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Side</em>' attribute.
	 * @see org.innoscape.model.PathwaySide
	 * @see #getSide()
	 * @generated
	 */
	void setSide(PathwaySide value);

	/**
	 * Returns the value of the '<em><b>Members</b></em>' reference list.
	 * The list contents are of type {@link org.innoscape.model.Actor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Members</em>' reference list.
	 * @see org.innoscape.model.InnoscapePackage#getStakeholderGroup_Members()
	 * @model
	 * @generated
	 */
	EList<Actor> getMembers();

} // StakeholderGroup
