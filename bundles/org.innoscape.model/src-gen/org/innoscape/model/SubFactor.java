/**
 */
package org.innoscape.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sub Factor</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One aspect of a driver.
 * <!-- end-model-doc -->
 *
 *
 * @see org.innoscape.model.InnoscapePackage#getSubFactor()
 * @model
 * @generated
 */
public interface SubFactor extends ModelElement {
} // SubFactor
