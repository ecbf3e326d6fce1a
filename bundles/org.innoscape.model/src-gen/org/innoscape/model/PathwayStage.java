/**
 */
package org.innoscape.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pathway Stage</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A stage of the innovation pathway; the list order is the pathway order.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.innoscape.model.PathwayStage#getSide <em>Side</em>}</li>
 * </ul>
 *
 * @see org.innoscape.model.InnoscapePackage#getPathwayStage()
 * @model
 * @generated
 */
public interface PathwayStage extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Side</b></em>' attribute.
	 * The literals are from the enumeration {@link org.innoscape.model.PathwaySide}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Side</em>' attribute.
	 * @see org.innoscape.model.PathwaySide
	 * @see #setSide(PathwaySide)
	 * @see org.innoscape.model.InnoscapePackage#getPathwayStage_Side()
	 * @model
	 * @generated
	 */
	PathwaySide getSide();

	/**
	 * Sets the value of the '{@link org.innoscape.model.PathwayStage#getSide <em>Side</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Side</em>' attribute.
	 * @see org.innoscape.model.PathwaySide
	 * @see #getSide()
	 * @generated
	 */
	void setSide(PathwaySide value);

} // PathwayStage
